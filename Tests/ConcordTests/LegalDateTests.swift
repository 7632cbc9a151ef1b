import Testing
@testable import Concord

@Suite("Dates as legal data gives them")
struct LegalDateTests {
    @Test("a year, a month and a day parse, and name the interval they cover")
    func partialDatesAreIntervals() {
        let year = LegalDate("2014")!
        #expect(year.first.description == "2014-01-01")
        #expect(year.last.description == "2014-12-31")
        let month = LegalDate("2016-02")!
        #expect(month.last.description == "2016-02-29")
        let day = LegalDate("2015-01-01")!
        #expect(day.first == day.last)
        #expect(day.precision == .day)
    }

    @Test("dates that do not exist are rejected", arguments: ["2019-02-30", "2014-13", "2014-00-10", "14-03", "2014-3-1", "", "2014-02-29", "abcd", "2014-03-12T00:00"])
    func impossibleDates(_ text: String) {
        #expect(LegalDate(text) == nil)
    }

    @Test("leap days exist in leap years only")
    func leapDays() {
        #expect(LegalDate("2016-02-29") != nil)
        #expect(LegalDate("2000-02-29") != nil)
        #expect(LegalDate("1900-02-29") == nil)
    }

    @Test("day arithmetic round-trips across centuries")
    func dayRoundTrip() {
        for text in ["1970-01-01", "1995-08-30", "2014-12-31", "2015-01-01", "2000-02-29", "2099-12-31"] {
            let day = LegalDate(text)!.first
            #expect(day.description == text)
            #expect(day.next.previous == day)
        }
        #expect(LegalDate("2015-01-01")!.first.ordinal - LegalDate("2014-12-31")!.first.ordinal == 1)
    }
}
