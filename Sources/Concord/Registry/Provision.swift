/// An article of a work, with its headings over time, its life in time, the names people use for
/// it, and its successors.
public struct Provision: Sendable, Hashable, Codable, Identifiable {
    /// A heading of the provision, with its own provenance and the day from which it applies.
    public struct Title: Sendable, Hashable, Codable {
        public var text: LocalizedText
        public var provenance: Provenance
        /// The first day this wording applies; nil for the heading as first enacted.
        public var from: DayRange?
        /// The act that gave this wording, when known.
        public var act: String?
        /// How the change of heading is known; nil for the heading as first enacted.
        public var evidence: TitleEvidence?
        /// Where the English wording comes from.
        public var english: EnglishOrigin

        /// Creates a heading.
        public init(text: LocalizedText, provenance: Provenance, from: DayRange? = nil, act: String? = nil,
                    evidence: TitleEvidence? = nil, english: EnglishOrigin = .concord) {
            self.text = text
            self.provenance = provenance
            self.from = from
            self.act = act
            self.evidence = evidence
            self.english = english
        }

        /// The English heading with its origin said where it is not official ("… (translation by Concord)").
        public var englishLabelled: String? {
            guard let en = text.en else { return nil }
            switch english {
            case .official: return en
            case .concord: return "\(en) (translation by Concord)"
            case .quoted(let source): return "\(en) (translation by \(source.host))"
            }
        }
    }

    /// How a change of heading is known.
    public enum TitleEvidence: String, Sendable, Hashable, Codable, CaseIterable {
        /// A footnote says the heading was changed by the act.
        case footnote
        /// The act restated the article, and the heading differs from the one before.
        case restated
        /// Two versions' headings differ; which act changed it is not known.
        case compared

        /// How the change is known, in words.
        public var explanation: String {
            switch self {
            case .footnote: return "the heading change is stated in an official footnote"
            case .restated: return "the heading changed with the restatement of the article"
            case .compared: return "the heading change is known by comparing the headings of two versions"
            }
        }
    }

    /// Where an English heading comes from.
    public enum EnglishOrigin: Sendable, Hashable, Codable {
        /// The instrument's own English text.
        case official
        /// Concord's own translation.
        case concord
        /// A translation published by the source.
        case quoted(Source)
    }

    /// `<work>:<article>`.
    public var id: ProvisionID
    /// The headings, oldest first; empty when none is known.
    public var titles: [Title]
    /// The section and chapter the article stands in.
    public var section: Division?
    public var chapter: Division?
    /// The subject of an article without a heading, in Concord's words.
    public var subject: String?
    /// One sentence describing the provision, in Concord's own words.
    public var summary: String?
    /// Words whose presence near a citation shows the sentence is about this provision.
    public var topics: [String]
    /// Charge-name patterns by language.
    public var charges: [String: [String]]
    /// Dated changes: added, amended, restated, retitled, repealed.
    public var events: [ProvisionEvent]
    /// Links to the provisions that took over from this one.
    public var successors: [Succession]
    /// Notes for a reader, in Concord's words.
    public var notes: [String]
    /// Where the existence and subject of the provision come from.
    public var provenance: Provenance
    /// Where the provision was defined.
    public var location: FileLocation

    /// Creates a provision record.
    public init(id: ProvisionID, titles: [Title] = [], section: Division? = nil, chapter: Division? = nil, subject: String? = nil,
                summary: String? = nil, topics: [String] = [], charges: [String: [String]] = [:], events: [ProvisionEvent] = [],
                successors: [Succession] = [], notes: [String] = [], provenance: Provenance, location: FileLocation) {
        self.id = id
        self.titles = titles
        self.section = section
        self.chapter = chapter
        self.subject = subject
        self.summary = summary
        self.topics = topics
        self.charges = charges
        self.events = events
        self.successors = successors
        self.notes = notes
        self.provenance = provenance
        self.location = location
    }

    /// The heading as it reads in the newest version known.
    public var title: Title? { titles.last { $0.text.en != nil || $0.text.ru != nil } }

    /// The heading that applied on a day: the last one whose change had certainly taken effect.
    /// `uncertain` is true when the day falls inside the window of a change of heading.
    public func title(on day: Day) -> (title: Title?, uncertain: Bool) {
        var current = titles.first
        var uncertain = false
        for title in titles.dropFirst() {
            guard let from = title.from else { continue }
            if from.latest <= day { current = title; uncertain = false } else if from.earliest <= day { uncertain = true }
        }
        return (current, uncertain)
    }

    /// The days from which the provision applied, when it was added after its work came into force.
    public var addedEffective: DayRange? { events.first { $0.type == .added }?.effective }
    /// The days from which the provision stopped applying by repeal, if it was repealed.
    public var repealedEffective: DayRange? { events.first { $0.type == .repealed }?.effective }
}

/// A section or chapter of a work.
public struct Division: Sendable, Hashable, Codable {
    /// The level of the division.
    public enum Kind: String, Sendable, Hashable, Codable { case section, chapter }

    public var kind: Kind
    /// The number as written (`16`, `7-1`); nil when the source numbers none.
    public var number: String?
    /// The heading, with an English translation (Concord's unless `englishIsOfficial`).
    public var title: LocalizedText
    public var englishIsOfficial: Bool
    /// What a reader should know about the heading (a change of wording), in Concord's words.
    public var note: String?

    /// Creates a division.
    public init(kind: Kind, number: String?, title: LocalizedText, englishIsOfficial: Bool = false) {
        self.kind = kind
        self.number = number
        self.title = title
        self.englishIsOfficial = englishIsOfficial
    }

    /// `Chapter 16. Criminal offences against the order of governance (translation by Concord)`.
    public var label: String {
        let name = kind == .chapter ? "Chapter" : "Section"
        let heading = title.en.map { $0 + (englishIsOfficial ? "" : " (translation by Concord)") } ?? title.ru ?? ""
        return [number.map { "\(name) \($0)." } ?? "\(name):", heading].joined(separator: " ")
    }
}

/// A dated change to a provision.
public struct ProvisionEvent: Sendable, Hashable, Codable {
    /// The kind of change.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added, amended, restated, retitled, repealed
    }

    public var type: Kind
    /// The date of the amending act (or, for an event known only from reports, of the event).
    public var date: DateSpec
    /// The amending act's number, as the tables write it (`180-VI`), or as cited.
    public var act: String?
    /// When the act's changes entered into force, as the footnote states it.
    public var rule: InForceRule?
    public var note: String?
    public var provenance: Provenance
    public var location: FileLocation

    /// Creates an event.
    public init(type: Kind, date: DateSpec, act: String? = nil, rule: InForceRule? = nil, note: String? = nil,
                provenance: Provenance, location: FileLocation) {
        self.type = type
        self.date = date
        self.act = act
        self.rule = rule
        self.note = note
        self.provenance = provenance
        self.location = location
    }

    /// The days on which the change can have taken effect.
    public var effective: DayRange {
        guard let rule else { return date.range }
        return rule.effective(signed: date.range)
    }

    /// "Law No. 180-VI of 2018-07-12", or the date alone when no act is known.
    public var actDescription: String {
        guard let act else { return "of \(date)" }
        let name: String
        if act.hasPrefix("CL:") { name = "Constitutional Law No. \(act.dropFirst(3))" }
        else if act.hasPrefix("D:") { name = "Decree No. \(act.dropFirst(2))" }
        else { name = "Law No. \(act)" }
        return "\(name) of \(date)"
    }
}

/// A typed link from a provision to the one that took over from it.
public struct Succession: Sendable, Hashable, Codable {
    /// How the later provision relates to the earlier one.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case renumbered, replaced, draftToEnacted = "draft-to-enacted", moved, split, merged, decriminalised, repealed
    }

    /// What the link rests on.
    public enum Evidence: String, Sendable, Hashable, Codable, CaseIterable {
        /// An act or a Supreme Court normative resolution replaced the numbers.
        case official
        /// A report or a commentary states the correspondence.
        case secondary
        /// The headings or subjects match; always unverified.
        case inferred
    }

    public var from: ProvisionID
    /// The successor; nil when repealed without successor.
    public var to: ProvisionID?
    public var type: Kind
    /// The first day the successor applies.
    public var effective: DateSpec
    public var evidence: Evidence
    public var note: String?
    public var provenance: Provenance
    public var location: FileLocation

    /// Creates a succession.
    public init(from: ProvisionID, to: ProvisionID?, type: Kind, effective: DateSpec, evidence: Evidence, note: String? = nil,
                provenance: Provenance, location: FileLocation) {
        self.from = from
        self.to = to
        self.type = type
        self.effective = effective
        self.evidence = evidence
        self.note = note
        self.provenance = provenance
        self.location = location
    }
}
