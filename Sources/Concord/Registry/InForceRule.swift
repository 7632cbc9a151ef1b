/// When an amending act's changes entered into force, as an official footnote states it.
///
/// Written in the article tables as `pub+10`, `pub`, `2023-01-01` or `?`, with a trailing `*` when the
/// footnote adds exceptions or refers elsewhere.
public struct InForceRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of rule the footnotes use.
    public enum Kind: Sendable, Hashable, Codable {
        /// «по истечении N календарных дней после дня его первого официального опубликования».
        case afterPublication(days: Int)
        /// «по истечении N месяцев после дня его первого официального опубликования».
        case afterPublicationMonths(Int)
        /// «со дня его первого официального опубликования».
        case onPublication
        /// «вводится в действие с DD.MM.YYYY».
        case on(Day)
        /// The footnote says nothing.
        case unstated
    }

    public var kind: Kind
    /// True when the footnote adds exceptions or points elsewhere for the order of entry into force.
    public var hasExceptions: Bool

    /// Creates a rule.
    public init(_ kind: Kind, hasExceptions: Bool = false) {
        self.kind = kind
        self.hasExceptions = hasExceptions
    }

    /// Days allowed between an act's signing and its first official publication, which the footnotes do
    /// not give. An assumption, printed wherever it shapes an answer.
    public static let publicationWindow = 30
    /// Days allowed for an act whose footnote states no rule.
    public static let unstatedWindow = 90

    /// Parses `pub+N`, `pub`, `YYYY-MM-DD` or `?`, each optionally followed by `*`; nil otherwise.
    public init?(_ text: String) {
        var body = Substring(text)
        let exceptions = body.hasSuffix("*")
        if exceptions { body = body.dropLast() }
        switch body {
        case "?": kind = .unstated
        case "pub": kind = .onPublication
        default:
            if body.hasPrefix("pub+"), body.hasSuffix("m"), let months = Int(body.dropFirst(4).dropLast()), (1...120).contains(months),
               body.dropFirst(4).allSatisfy(\.isASCII) {
                kind = .afterPublicationMonths(months)
            } else if body.hasPrefix("pub+"), let days = Int(body.dropFirst(4)), (1...3650).contains(days), body.dropFirst(4).allSatisfy(\.isASCII) {
                kind = .afterPublication(days: days)
            } else if let date = LegalDate(String(body)), date.precision == .day {
                kind = .on(date.first)
            } else {
                return nil
            }
        }
        hasExceptions = exceptions
    }

    /// The days on which changes made by an act signed on `signed` can have entered into force.
    public func effective(signed: LegalDate) -> DayRange { effective(signed: DayRange(signed)) }

    /// The same, for an act whose signing is known only to fall within some days.
    public func effective(signed act: DayRange) -> DayRange {
        switch kind {
        case .afterPublication(let days):
            return DayRange(earliest: Day(ordinal: act.earliest.ordinal + days + 1),
                            latest: Day(ordinal: act.latest.ordinal + days + 1 + Self.publicationWindow))
        case .afterPublicationMonths(let months):
            return DayRange(earliest: act.earliest.adding(months: months).next,
                            latest: Day(ordinal: act.latest.ordinal + Self.publicationWindow).adding(months: months).next)
        case .onPublication:
            return DayRange(earliest: act.earliest, latest: Day(ordinal: act.latest.ordinal + Self.publicationWindow))
        case .on(let day):
            return DayRange(day)
        case .unstated:
            return DayRange(earliest: act.earliest, latest: Day(ordinal: act.latest.ordinal + Self.unstatedWindow))
        }
    }

    /// The rule as the tables write it.
    public var description: String {
        let body: String
        switch kind {
        case .afterPublication(let days): body = "pub+\(days)"
        case .afterPublicationMonths(let months): body = "pub+\(months)m"
        case .onPublication: body = "pub"
        case .on(let day): body = day.description
        case .unstated: body = "?"
        }
        return body + (hasExceptions ? "*" : "")
    }

    /// The rule in words, for a reader.
    public var explanation: String {
        let words: String
        switch kind {
        case .afterPublication(let days): words = "in force \(days) days after first official publication"
        case .afterPublicationMonths(let months): words = "in force \(months) month\(months == 1 ? "" : "s") after first official publication"
        case .onPublication: words = "in force on first official publication"
        case .on(let day): words = "in force from \(day)"
        case .unstated: words = "entry into force not stated"
        }
        return words + (hasExceptions ? " (the act sets other dates for some provisions, or refers to another article for them)" : "")
    }
}
