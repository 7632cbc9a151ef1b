/// A person or organisation subjected to proceedings, with the provisions involved and a dated
/// list of events, each backed by the report passage it comes from.
public struct Case: Sendable, Hashable, Identifiable {
    /// Whether the case concerns a person or an organisation.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person, organisation
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// Other spellings and transliterations of the name.
    public var variants: [String]
    public var description: String?
    /// Events in date order.
    public var events: [CaseEvent]
    public var location: FileLocation

    /// Every provision any event involves.
    public var provisions: [ProvisionID] {
        var seen: [ProvisionID] = []
        for event in events { for p in event.provisions where !seen.contains(p) { seen.append(p) } }
        return seen
    }
}

/// One dated step of a case.
public struct CaseEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case arrested, detained, charged, investigated, tried, convicted, sentenced, fined
        case appealRejected = "appeal-rejected", sentenceReduced = "sentence-reduced"
        case released, amnestied, pardoned, paroled
        case chargesDropped = "charges-dropped", caseClosed = "case-closed"
        /// A court banned an outlet or an organisation (publishing, broadcasting, activity).
        case banned
        /// A court ordered an organisation dissolved (liquidated).
        case dissolved
        /// A court declared an organisation or its materials extremist.
        case declaredExtremist = "declared-extremist"
        /// Someone filed a complaint (a private or criminal complaint), which is not yet a charge.
        case complaintFiled = "complaint-filed"
        /// Early release, parole or a transfer to a lighter regime was refused (not an appeal).
        case releaseDenied = "release-denied"
    }

    public var type: Kind
    public var date: LegalDate
    public var provisions: [ProvisionID]
    /// The charge as the source names it.
    public var charge: String?
    public var outcome: String?
    public var source: Passage
    public var location: FileLocation
}

/// A passage of a report: the file, the UTF-8 byte range, and the exact text there.
public struct Passage: Sendable, Hashable, Codable {
    public var report: String
    public var start: Int
    public var end: Int
    public var quote: String

    /// Creates a passage.
    public init(report: String, start: Int, end: Int, quote: String) {
        self.report = report
        self.start = start
        self.end = end
        self.quote = quote
    }
}
