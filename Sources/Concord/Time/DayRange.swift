/// A day known exactly, or only to lie somewhere in an interval: the day a change took effect when
/// the publication date it hangs on is not known, or a date given to the year or the month.
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day it can be.
    public var earliest: Day
    /// The last day it can be (equal to `earliest` when the day is known).
    public var latest: Day

    /// A range; `latest` before `earliest` is read as the single day `earliest`.
    public init(earliest: Day, latest: Day) {
        self.earliest = earliest
        self.latest = max(earliest, latest)
    }

    /// Exactly one day.
    public init(_ day: Day) { self.init(earliest: day, latest: day) }

    /// The interval a legal date names (`2010` is 2010-01-01 to 2010-12-31).
    public init(_ date: LegalDate) { self.init(earliest: date.first, latest: date.last) }

    /// True when the day is known exactly.
    public var isExact: Bool { earliest == latest }

    /// True when the day certainly falls on or before `day`.
    public func isCertainlyOnOrBefore(_ day: Day) -> Bool { latest <= day }

    /// True when the day certainly falls after `day`.
    public func isCertainlyAfter(_ day: Day) -> Bool { earliest > day }

    /// The range moved by a number of days.
    public func shifted(by days: Int) -> DayRange {
        DayRange(earliest: Day(ordinal: earliest.ordinal + days), latest: Day(ordinal: latest.ordinal + days))
    }

    /// `2015-01-01`, or `between 2023-07-23 and 2023-08-22`.
    public var description: String {
        isExact ? earliest.description : "between \(earliest) and \(latest)"
    }
}
