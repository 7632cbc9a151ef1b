/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01 so that
/// comparisons and intervals are plain integer arithmetic (no time zones involved).
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int

    /// Creates a day from its ordinal.
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from a valid year, month and day; nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// The day of the year, month and day given, each kept within its range (a month of 13 is
    /// December, day 31 of April is April 30): for values built field by field, which cannot trap.
    public static func clamped(year: Int, month: Int, day: Int) -> Day {
        let y = min(max(year, 1), 9999), m = min(max(month, 1), 12)
        return Day(year: y, month: m, day: min(max(day, 1), daysIn(month: m, year: y))) ?? Day(ordinal: 0)
    }

    /// The year, month and day of this ordinal.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// True for leap years of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same day of the month `months` later (the month's last day when it is shorter).
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + months
        let year = index / 12, month = index % 12 + 1
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year))) ?? self
    }

    /// The day before.
    public var previous: Day { Day(ordinal: ordinal - 1) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LegalDate(text), date.precision == .day else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date.first
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
