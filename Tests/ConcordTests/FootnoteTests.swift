import Testing
@testable import Concord

/// Footnote numbers a copied document glued onto the numbers of articles.
@Suite("Footnote numbers glued to article numbers")
struct FootnoteTests {
    /// A passage whose footnotes 1 and 4 are glued to its words, and 2 and 3 to article numbers.
    static let glued = "Freedom of expression is protected by the ICCPR.1 The Constitution guarantees these rights in article 202 and article 14,3 though in other words than the Covenant.4 Practice differs."

    @Test("\"article 202\" of a Constitution without one, in a text whose footnotes run 1 … 4, is article 20 and footnote 2")
    func footnoteDigitOnTheNumber() {
        let citations = Fixtures.cite(Self.glued, date: "2011")
        #expect(citations.map(\.text) == ["article 202", "article 14"])
        #expect(citations.compactMap(\.resolved?.cited) == ["kz.constitution.1995:20", "kz.constitution.1995:14"].map(Fixtures.id))
        #expect(citations.first?.flags.contains(.unknownProvision) == false)
        #expect(citations.first?.resolved?.note?.contains("footnote 2") == true)
    }

    @Test("a number glued to the comma after an article's number is the footnote, not a second article")
    func footnoteAfterAComma() {
        #expect(!Fixtures.cite(Self.glued, date: "2011").contains { $0.kind == .listMember })
        // With a space, "14, 3" is a list of two articles.
        let list = Fixtures.cite("The Constitution guarantees these rights in articles 14, 3 and 20.", date: "2011")
        #expect(list.compactMap(\.resolved?.cited?.article) == ["14", "3", "20"])
    }

    @Test("with no footnotes in order around it, an article the code lacks stays unknown")
    func noFootnoteRun() {
        let alone = Fixtures.cite("The Constitution guarantees these rights in article 202.", date: "2011")
        #expect(alone.first?.resolved?.cited == Fixtures.id("kz.constitution.1995:202"))
        #expect(alone.first?.flags.contains(.unknownProvision) == true)
        // Footnotes that have already passed 2 do not make "202" article 20.
        let late = Fixtures.cite("As the ICCPR.7 says, the Constitution protects it in article 202 as well.8 No more.", date: "2011")
        #expect(late.first?.flags.contains(.unknownProvision) == true)
    }

    @Test("footnotes the cleaner removes after a full stop (\"the Covenant.1 The\") count in the run too")
    func footnotesTheCleanerRemoved() {
        let text = "Expression is protected by the Covenant.1 The Constitution guarantees it in article 202 in other words.3 Practice differs."
        let citations = Fixtures.cite(text, date: "2011")
        #expect(citations.map(\.text) == ["article 202"])
        #expect(citations.first?.resolved?.cited == Fixtures.id("kz.constitution.1995:20"))
        #expect(citations.first?.resolved?.note?.contains("footnote 2") == true)
        // Removed markers that have already passed 2 do not make "202" article 20.
        let late = Fixtures.cite("Expression is protected by the Covenant.5 The Constitution guarantees it in article 202 in other words.6 Practice differs.", date: "2011")
        #expect(late.first?.flags.contains(.unknownProvision) == true)
    }
}
