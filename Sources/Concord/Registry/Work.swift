/// One enacted instrument (or a draft): a code, a law, a constitution or a treaty.
public struct Work: Sendable, Hashable, Codable, Identifiable {
    /// The kind of instrument.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case code, law, decreeLaw = "decree-law", constitution, treaty
    }

    /// Whether the work was enacted or is a draft that was never in force.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case enacted, draft
    }

    /// The stable identifier, e.g. `kz.cc.2014`.
    public var id: String
    /// The lineage the work belongs to, e.g. `kz.cc`.
    public var lineage: String
    public var kind: Kind
    public var status: Status
    /// The official title in English and Russian.
    public var title: LocalizedText
    /// The official number, e.g. `226-V`.
    public var number: String?
    /// The date of adoption (for a draft, the reading it is known from).
    public var adopted: LegalDate?
    /// The first day in force; nil for a draft.
    public var inForceFrom: LegalDate?
    /// The last day in force; nil while in force.
    public var inForceUntil: LegalDate?
    /// False when the days in force are not confirmed by a source (`"inForce": {"verified": false}`),
    /// though the rest of the work's record is.
    public var inForceVerified: Bool = true
    /// Names people use for this particular work, by language.
    public var names: [String: [String]]
    /// Where the facts about the work come from.
    public var provenance: Provenance
    /// Where the work was defined.
    public var location: FileLocation

    /// True when the work was in force on the day.
    public func isInForce(on day: Day) -> Bool {
        guard status == .enacted, let from = inForceRange else { return false }
        return from.earliest <= day && (inForceUntil.map { day <= $0.last } ?? true)
    }

    /// The days on which the work came into force: the interval its date names, never before adoption.
    public var inForceRange: DayRange? {
        guard status == .enacted, let from = inForceFrom else { return nil }
        let earliest = adopted.map { max($0.first, from.first) } ?? from.first
        return DayRange(earliest: earliest, latest: from.last)
    }

    /// The first day the work existed as a text (adoption, or entry into force if adoption is unknown).
    public var firstKnownDay: Day? { (adopted ?? inForceFrom)?.first }

    /// The last day of the work's life: end of force for an enacted work; none for a draft or a work in force.
    public var lastDay: Day? { inForceUntil?.last }
}

/// A lineage: an instrument as people speak of it across its versions ("the Criminal Code").
public struct Lineage: Sendable, Hashable, Codable, Identifiable {
    /// The stable identifier, e.g. `kz.cc`.
    public var id: String
    /// A descriptive title.
    public var title: LocalizedText
    /// Name patterns by language ("criminal code", "уголовн* кодекс*", "УК").
    public var names: [String: [String]]
    /// True for the lineage a bare article number means when a query names no instrument.
    public var isDefault: Bool = false
    /// The branch of law: "criminal" or "administrative" for the codes, nil for the rest.
    public var branch: String? = nil
    /// Publishers whose documents are the treaty body's own (its concluding observations): in such a
    /// document an article named with no instrument is the treaty's, not the default lineage's.
    public var documentPublishers: [String: [String]] = [:]
    /// Words that open such a document ("Concluding observations of the Committee against Torture",
    /// the symbol "CAT/C/KAZ/CO"), looked for in its title and its first words.
    public var documentOpenings: [String: [String]] = [:]
    /// Where the lineage was defined.
    public var location: FileLocation
}
