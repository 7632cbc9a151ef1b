import Testing
@testable import Concord

/// Codes of other states, named like Kazakhstan's.
@Suite("Another state's code")
struct ForeignCodeTests {
    @Test("a code's name followed by another state's is that state's act, outside the registry")
    func foreignCode() {
        let cases: [(text: String, language: String, act: String)] = [
            ("Ранее такие деяния квалифицировались по ст. 110 УК Казахской ССР 1959 г.", "ru", "ук казахской сср"),
            ("Его судили по статье 110 Уголовного кодекса Российской Федерации.", "ru", "уголовного кодекса российской федерации"),
            ("He was tried under article 110 of the Criminal Code of the Russian Federation.", "en", "criminal code of the russian federation"),
        ]
        for (text, language, act) in cases {
            let citations = Fixtures.cite(text, date: "2010", language: language)
            #expect(citations.count == 1, "\(text)")
            #expect(citations.first?.instrument == nil, "\(text)")
            #expect(citations.first?.flags.contains(.unknownProvision) == true, "\(text)")
            #expect(citations.first?.resolved?.note?.hasSuffix(act) == true, "\(text)")
        }
        // Kazakhstan's own code, named with the country, stays in the registry.
        #expect(Fixtures.cite("He was tried under article 110 of the Criminal Code of the Republic of Kazakhstan.", date: "2010").first?.instrument == "kz.cc.1997")
        #expect(Fixtures.cite("Его судили по ст. 110 УК РК.", date: "2010", language: "ru").first?.instrument == "kz.cc.1997")
    }

    @Test("«по упомянутой статье» points back to the article just cited")
    func mentionedArticle() {
        let citations = Fixtures.cite("Его обвинили по статье 274 УК РК. По упомянутой статье грозит штраф.", date: "2021", language: "ru")
        #expect(citations.map(\.kind) == [.explicit, .anaphora])
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:274"), Fixtures.id("kz.cc.2014:274")])
    }
}
