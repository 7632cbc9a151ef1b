/// The parsed article table of one work (`Statutes/articles/<work>/*.txt`): every article in order,
/// with its headings, chapter and footnote history, before it becomes `Provision` records.
public struct ArticleTable: Sendable, Hashable {
    /// A `source` line: a file of a repository at a commit, a public page, or a bundled report.
    public struct SourceLine: Sendable, Hashable {
        public var key: String
        public var source: Source
        public var location: FileLocation
    }

    /// A `section` or `chapter` line.
    public struct DivisionLine: Sendable, Hashable {
        public var division: Division
        public var sources: [String]
        public var location: FileLocation
    }

    /// An `added`, `amended`, `restated` or `repealed` line, or a `title` line.
    public struct EventLine: Sendable, Hashable {
        public var kind: ProvisionEvent.Kind
        /// The act's date, or the interval between two compared versions.
        public var date: DateSpec
        /// The act's number (`180-VI`, `CL:12-VIII`), nil when not known.
        public var act: String?
        public var rule: InForceRule
        /// For a heading change: how it is known, and the new heading (nil when not known).
        public var titleEvidence: Provision.TitleEvidence?
        public var newTitle: String?
        public var english: EnglishLine?
        public var sources: [String]
        public var location: FileLocation
    }

    /// An `en` line: an English heading and where it comes from (`concord` or a source key).
    public struct EnglishLine: Sendable, Hashable {
        public var text: String
        /// nil for Concord's own translation, else the key of the source that gives the wording.
        public var sourceKey: String?
        public var location: FileLocation
    }

    /// An `article` line and the lines that belong to it.
    public struct ArticleLine: Sendable, Hashable {
        public var number: String
        /// The heading as first enacted; nil for an article without a heading (`-`) or not known (`?`).
        public var title: String?
        /// True for `-`: the article has no heading at all.
        public var untitled: Bool
        public var english: EnglishLine?
        public var subject: String?
        public var section: Division?
        public var chapter: Division?
        public var events: [EventLine]
        public var notes: [String]
        public var sources: [String]
        public var location: FileLocation
    }

    /// A `gap` line: numbers the work never had or the source does not show, and why.
    public struct GapLine: Sendable, Hashable {
        public var first: Int
        public var last: Int
        public var reason: String
        public var location: FileLocation
    }

    /// The work the folder is named after.
    public var work: String
    public var sources: [String: SourceLine] = [:]
    public var divisions: [DivisionLine] = []
    public var articles: [ArticleLine] = []
    public var gaps: [GapLine] = []
    /// Notes at the top level (before any article), in our words.
    public var notes: [String] = []
}

/// A date as the tables and successions give it: a legal date, or an interval `FIRST..LAST`.
public struct DateSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The days it may denote.
    public var range: DayRange
    /// The text as written.
    public var text: String

    /// Parses `YYYY[-MM[-DD]]` or `A..B` (each end a legal date); nil otherwise.
    public init?(_ text: String) {
        if let date = LegalDate(text) {
            range = DayRange(date)
        } else {
            guard let dots = text.range(of: ".."), let a = LegalDate(String(text[..<dots.lowerBound])),
                  let b = LegalDate(String(text[dots.upperBound...])), a.first <= b.last else { return nil }
            range = DayRange(earliest: a.first, latest: b.last)
        }
        self.text = text
    }

    /// A date known to the day.
    public init(_ day: Day) {
        range = DayRange(day)
        text = day.description
    }

    /// A legal date (a year or a month stays the interval it names).
    public init(_ date: LegalDate) {
        range = DayRange(date)
        text = date.description
    }

    /// A range of days: the day itself when exact, else `FIRST..LAST`.
    public init(_ range: DayRange) {
        self.range = range
        text = range.isExact ? range.earliest.description : "\(range.earliest)..\(range.latest)"
    }

    /// For a reader: `2015-01-01`, `2014`, or `between 2023-07-23 and 2023-08-22`.
    public var readable: String {
        text.contains("..") ? "between \(range.earliest) and \(range.latest)" : text
    }

    public var description: String { text }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let spec = DateSpec(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date or interval: \(text)"))
        }
        self = spec
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension DateSpec: Comparable {
    /// The first day it may denote.
    public var first: Day { range.earliest }
    /// The last day it may denote.
    public var last: Day { range.latest }

    /// Orders by first day, then by last day.
    public static func < (lhs: DateSpec, rhs: DateSpec) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }
}
