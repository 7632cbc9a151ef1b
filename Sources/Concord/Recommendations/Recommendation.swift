/// One recommendation found in a report: who made it, when, where, what it asks, and which
/// provisions it targets (as cited and through renumbering).
public struct Recommendation: Sendable, Hashable, Identifiable {
    /// How the recommendation was written.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// An item of a recommendations section or list.
        case list
        /// A sentence of the running text that recommends ("The State should ...").
        case sentence
        /// A recommendation of another body quoted or reported in the running text
        /// ("Kazakhstan accepted recommendations to ...").
        case reported
    }

    /// `<report>#<n>`, stable for the same report text.
    public var id: String
    public var report: String
    /// Who made it: the report's publisher, or the recommending states of a UPR recommendation.
    public var issuer: String?
    public var date: LegalDate?
    /// "UPR", "NGO submission", "treaty body", ... as far as the text tells.
    public var forum: String?
    /// The heading the recommendation stands under ("Freedom of expression").
    public var theme: String?
    public var upr: UPRReference?
    /// The state's response, where the text gives it: "accepted" or "noted".
    public var response: String?
    /// The actions asked for, in the order they appear: "repeal", "amend", ...
    public var actions: [String]
    /// The provisions cited in it, as cited.
    public var targets: [ProvisionID]
    /// What those provisions correspond to on the report's date.
    public var currentTargets: [ProvisionID]
    /// Flags of the citations in it (a stale number, a draft number, ...).
    public var citationFlags: [Citation.Flag]
    public var text: String
    public var passage: Passage
    public var origin: Origin
    /// Notes for a reader (for example a UPR document symbol that does not match the review the text names).
    public var notes: [String]
    /// For a reported UPR recommendation: the year of the review as the relaying text names it, which
    /// may differ from the year of its document symbol (`upr.sessionYear`).
    public var statedReviewYear: Int? = nil
}

/// A UPR reference: the document symbol and the numbered recommendations with their states.
public struct UPRReference: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var number: String
        public var state: String?
    }

    /// "A/HRC/14/10".
    public var document: String
    public var items: [Item]
    /// The year of the Human Rights Council session the document symbol belongs to.
    public var sessionYear: Int?

    /// "A/HRC/14/10, recommendations 124.4 (Brazil), 124.5 (Chile)".
    public var description: String {
        guard !items.isEmpty else { return document }
        let list = items.map { item in item.state.map { "\(item.number) (\($0))" } ?? item.number }.joined(separator: ", ")
        return "\(document), recommendation\(items.count > 1 ? "s" : "") \(list)"
    }
}

/// A later report's word on whether recommendations about some provisions were implemented.
public struct ImplementationAssessment: Sendable, Hashable {
    /// "not implemented", "implemented", "partly implemented".
    public var status: String
    public var report: String
    public var date: LegalDate?
    /// The provisions the assessed recommendations concern (as cited in the passage).
    public var targets: [ProvisionID]
    public var passage: Passage
}
