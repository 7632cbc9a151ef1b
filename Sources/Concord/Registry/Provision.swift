/// An article of a work, with its life in time, the names people use for it, and its successors.
public struct Provision: Sendable, Hashable, Codable, Identifiable {
    /// A provision's title, with its own provenance.
    public struct Title: Sendable, Hashable, Codable {
        public var text: LocalizedText
        public var provenance: Provenance
    }

    /// `<work>:<article>`.
    public var id: ProvisionID
    public var title: Title?
    public var chapter: String?
    /// One sentence describing the provision, in Concord's own words.
    public var summary: String?
    /// Words whose presence near a citation shows the sentence is about this provision.
    public var topics: [String]
    /// Charge-name patterns by language.
    public var charges: [String: [String]]
    /// Dated changes: added, amended, repealed.
    public var events: [ProvisionEvent]
    /// Links to the provisions that took over from this one.
    public var successors: [Succession]
    /// Where the existence and subject of the provision come from.
    public var provenance: Provenance
    /// Where the provision was defined.
    public var location: FileLocation

    /// The date the provision was added after its work came into force, if it was.
    public var addedOn: LegalDate? { events.first { $0.type == .added }?.date }
    /// The date the provision stopped applying by repeal, if it was.
    public var repealedOn: LegalDate? { events.first { $0.type == .repealed }?.date }
}

/// A dated change to a provision.
public struct ProvisionEvent: Sendable, Hashable, Codable {
    /// The kind of change.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added, amended, repealed
    }

    public var type: Kind
    /// The date the change took effect.
    public var date: LegalDate
    /// The amending act, as cited.
    public var act: String?
    public var note: String?
    public var provenance: Provenance
    public var location: FileLocation
}

/// A typed link from a provision to the one that took over from it.
public struct Succession: Sendable, Hashable, Codable {
    /// How the later provision relates to the earlier one.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case renumbered, replaced, draftToEnacted = "draft-to-enacted", moved, split, merged, repealed
    }

    public var from: ProvisionID
    /// The successor; nil when repealed without successor.
    public var to: ProvisionID?
    public var type: Kind
    /// The first day the successor applies.
    public var effective: LegalDate
    public var note: String?
    public var provenance: Provenance
    public var location: FileLocation
}
