/// One provision reference found in a document, resolved in time.
public struct Citation: Sendable, Hashable {
    /// A warning about a citation.
    public enum Flag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// The number was not in force on the document's date and a successor exists.
        case stale
        /// The document's date falls inside the window in which the provision came into force,
        /// ceased or changed, so which version applied cannot be told from the registry.
        case uncertain
        /// The number belongs to a draft whose enacted numbering differs.
        case draftNumber = "draft-number"
        /// The article exists but its subject does not match what the sentence says about it.
        case dubious
        /// The provision is not in the registry (or no instrument could be determined).
        case unknownProvision = "unknown-provision"
        /// The document has no known date, so the version could not be chosen by date.
        case noDate = "no-date"

        public static func < (lhs: Flag, rhs: Flag) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    /// What the citation resolves to.
    public struct Resolution: Sendable, Hashable {
        /// The provision as cited (in the version whose numbering the citation uses); nil when
        /// no provision of the registry could be identified.
        public var cited: ProvisionID?
        /// The provisions in force on the document's date that correspond to it (through renumbering);
        /// empty when nothing applies on that date.
        public var inForce: [ProvisionID]
        /// The date the resolution is as of.
        public var asOf: LegalDate?
        /// For a dubious citation, the provision the author likely meant.
        public var suggestion: ProvisionID?
        /// What a reader should know, in one sentence.
        public var note: String?
        /// False when the resolution rests on a fact of the registry marked unverified (the cited
        /// provision's record, or a renumbering followed to reach `inForce`).
        public var verified: Bool = true
    }

    /// UTF-8 byte offset of the first byte in the file as given (front matter included).
    public var start: Int
    /// UTF-8 byte offset just past the last byte.
    public var end: Int
    /// The text of the citation as it stands in the file.
    public var text: String
    /// The work identifier, or nil when none can be determined.
    public var instrument: String?
    /// The article number, e.g. `317-1`.
    public var article: String?
    /// The part, e.g. `2`.
    public var part: String?
    public var kind: Mention.Kind
    public var resolved: Resolution?
    /// Flags in a fixed order.
    public var flags: [Flag]
    /// How sure the finder is, from 0 to 1.
    public var confidence: Double
    /// The sentence the citation stands in, white space collapsed.
    public var sentence: String
}
