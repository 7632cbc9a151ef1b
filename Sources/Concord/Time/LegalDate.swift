/// A date as legal data and reports give it: a year (`2014`), a month (`2014-03`) or a day
/// (`2014-03-12`). A partial date stands for the interval it names.
public struct LegalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Codable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else, including dates that do
    /// not exist such as `2019-02-30`.
    public init?(_ text: String) {
        // Read from the bytes: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, ASCII digits only.
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var dashes: [Int] = []
        for (i, byte) in text.utf8.enumerated() {
            if byte >= 0x30 && byte <= 0x39 { digits.append(Int(byte - 0x30)) } else if byte == 0x2D { dashes.append(i) } else { return nil }
            if i > 10 { return nil }
        }
        let length = text.utf8.count
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        switch (length, dashes) {
        case (4, []): year = number(0..<4)
        case (7, [4]): year = number(0..<4); month = number(4..<6)
        case (10, [4, 7]): year = number(0..<4); month = number(4..<6); day = number(6..<8)
        default: return nil
        }
        guard (1000...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, Day(year: year, month: month, day: day) == nil { return nil }
    }

    /// A whole-day date.
    public init(_ day: Day) {
        let c = day.components
        year = c.year; month = c.month; self.day = c.day
    }

    /// How precise the date is.
    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// The first day of the interval the date names.
    public var first: Day { Day.clamped(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day of the interval the date names.
    public var last: Day {
        let m = month ?? 12
        return Day.clamped(year: year, month: m, day: day ?? 31)
    }

    /// The date as written: `2014`, `2014-03` or `2014-03-12`.
    public var description: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    /// Orders by first day, then by precision (a year sorts before its first month).
    public static func < (lhs: LegalDate, rhs: LegalDate) -> Bool {
        (lhs.first, lhs.precision) < (rhs.first, rhs.precision)
    }

    /// True when the day falls inside the interval the date names.
    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LegalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
