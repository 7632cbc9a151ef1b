import Testing
@testable import Concord

/// A charge named by its heading in quotes is the version of the code whose heading it is.
@Suite("Quoted headings name their version of the code")
struct QuotedHeadingVersionTests {
    @Test("in a text of 2015, the 1997 Code's headings in quotes are the 1997 articles, which the 2014 Code replaced")
    func earlierVersionsHeading() {
        let text = "Суд признал их виновными по статьям «Возбуждение социальной, национальной, родовой, расовой или религиозной вражды» и «Пропаганда терроризма либо экстремизма или публичные призывы к совершению акта терроризма»."
        let citations = Fixtures.cite(text, date: "2015-06", language: "ru")
        #expect(citations.compactMap(\.resolved?.cited) == ["kz.cc.1997:164", "kz.cc.1997:233-1"].map(Fixtures.id))
        // Two names inside one quoted heading («Пропаганда терроризма … или публичные призывы …») are one reference.
        #expect(citations.count == 2)
        // What applies on the document's date is said too.
        #expect(citations.first { $0.resolved?.cited == Fixtures.id("kz.cc.1997:164") }?.resolved?.inForce == [Fixtures.id("kz.cc.2014:174")])
    }

    @Test("the heading of the version in force, or words no heading has, keep the version in force")
    func currentHeadingOrOwnWords() {
        let current = Fixtures.cite("Его осудили по статье «Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни».", date: "2015-06", language: "ru")
        #expect(current.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174")])
        let ownWords = Fixtures.cite("Его обвинили в «возбуждении социальной вражды» в своих постах.", date: "2015-06", language: "ru")
        #expect(ownWords.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174")])
    }
}
