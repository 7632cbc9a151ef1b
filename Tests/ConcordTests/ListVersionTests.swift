import Testing
@testable import Concord

/// A list of one code's articles read as one version, and the points of a part inside a list.
@Suite("Lists of one code's articles")
struct ListVersionTests {
    static let charges = "С.Ахметов подозревается в получении взятки. Ему также предъявлены обвинения в соответствии со статьями 311 ч.5, 176 ч.4 п. «б», 307 ч.4, 310 ч.3 УК РК."

    @Test("a point after a part («п. «б»», «п. 2») belongs to that part and does not end the list")
    func pointAfterPart() {
        let citations = Fixtures.cite(Self.charges, date: "2015-07", language: "ru").filter { $0.kind != .chargeName }
        #expect(citations.map(\.article) == ["311", "176", "307", "310"])
        #expect(citations.map(\.part) == ["5", "4", "4", "3"])
        #expect(citations.map(\.text).contains("176 ч.4"))
        let numbered = Fixtures.cite("По статьям 311 ч.5, 176 ч.4 п. 2, 307 ч.4 УК РК.", date: "2015-07", language: "ru")
        #expect(numbered.map(\.article) == ["311", "176", "307"])
    }

    @Test("a sentence of numbers takes its subject from the sentence before, and the list follows its first member")
    func listFollowsItsHead() {
        // In July 2015 the 2014 Code is in force, but its 311 is on pornography: the bribe named in
        // the sentence before is the 1997 Code's 311, and the other members are of the same Code.
        let citations = Fixtures.cite(Self.charges, date: "2015-07", language: "ru").filter { $0.kind != .chargeName }
        #expect(citations.compactMap(\.instrument) == Array(repeating: "kz.cc.1997", count: 4))
        // With nothing said of the acts, the day's version stands, for every member.
        let bare = Fixtures.cite("Суд начался. Ему предъявлены обвинения по статьям 311 ч.5, 176 ч.4, 307 ч.4 УК РК.", date: "2015-07", language: "ru")
        #expect(bare.compactMap(\.instrument) == Array(repeating: "kz.cc.2014", count: 3))
    }

    @Test("the items of a cue's list are offences though the first names none, in the version the document cites by number")
    func chargesOfACueListInTheCitedVersion() {
        let list = "Им вменяются хищение бюджетных денег в крупном размере, злоупотребления должностными полномочиями, незаконное участие в предпринимательской деятельности."
        // Alone in a 2015 text, the offences are the 2014 Code's.
        let alone = Fixtures.cite(list, date: "2015-07", language: "ru").filter { $0.kind == .chargeName }
        #expect(alone.map(\.text).contains("злоупотребления должностными полномочиями"))
        #expect(alone.first { $0.text == "злоупотребления должностными полномочиями" }?.instrument == "kz.cc.2014")
        // After the case's articles cited by number in the 1997 Code, they are that Code's articles.
        let inCase = Fixtures.cite(Self.charges + " " + list, date: "2015-07", language: "ru").filter { $0.kind == .chargeName }
        let abuse = inCase.first { $0.text == "злоупотребления должностными полномочиями" }
        #expect(abuse?.instrument == "kz.cc.1997")
        #expect(abuse?.article == "307")
        #expect(inCase.first { $0.text == "получении взятки" }?.article == "311")
        // A bare word after a comma in a cue's list is not read as an offence.
        let topics = Fixtures.cite("He was charged with crossing the street, and terrorism.", date: "2015-07", language: "en").filter { $0.kind == .chargeName }
        #expect(!topics.map(\.text).contains("terrorism"))
    }
}

