import Testing
@testable import Concord

/// Lists of offences named by their short names with no charge cue before them, and which articles
/// give derived charge names at all.
@Suite("Lists of offences, and the articles that name an offence")
struct OffenceListTests {
    @Test("near words of crime, a list of three or more offences, two of them named, is a list of charges")
    func listOfOffencesNearCrime() {
        let english = Fixtures.cite("Most of the 5,300 criminal cases were investigated by the police, including murders, thefts, robberies, hooliganism, and weapons stealing.", date: "2023")
        #expect(english.compactMap(\.resolved?.cited) == ["kz.cc.2014:99", "kz.cc.2014:188", "kz.cc.2014:191", "kz.cc.2014:293"].map(Fixtures.id))
        #expect(english.map(\.text) == ["murders", "thefts", "robberies", "hooliganism"])
        // An item no name covers ("хищения оружия") does not end the list.
        let russian = Fixtures.cite("Помимо этих дел, расследуются факты грабежей, краж, хищения оружия и поджогов.", date: "2022", language: "ru")
        #expect(russian.compactMap(\.resolved?.cited) == ["kz.cc.2014:191", "kz.cc.2014:188"].map(Fixtures.id))
    }

    @Test("the words of crime may stand in the sentence before the list")
    func contextInThePreviousSentence() {
        let citations = Fixtures.cite("The Prosecutor General reported 3,070 criminal cases. Basically, these are thefts, robberies, disorderly conduct and seizure of firearms.", date: "2022")
        #expect(citations.map(\.text) == ["thefts", "robberies"])
    }

    @Test("two names alone, or a list far from any word of crime, are not charges")
    func notAList() {
        // The subject of a sentence on free speech, next to "criminal": two names are not enough.
        #expect(Fixtures.cite("Any harm caused by defamation and insult can be addressed through civil law rather than criminal law.", date: "2016").isEmpty)
        #expect(Fixtures.cite("The museum's exhibition tells of murders, thefts and robberies in the old city, and of the people who lived there.", date: "2023").isEmpty)
    }

    @Test("quoted names in a list: the closing quote of one and the opening quote of the next do not end it")
    func quotedNamesInAList() {
        let citations = Fixtures.cite("Им вменили две статьи УК РК: \"Массовые беспорядки\" и \"Нападение на здания, сооружения, средства сообщения и связи или их захват\".", date: "2023", language: "ru")
        #expect(citations.compactMap(\.resolved?.cited) == ["kz.cc.2014:272", "kz.cc.2014:269"].map(Fixtures.id))
    }

    @Test("only articles of chapters of offences name an offence: procedural articles (\"Witness\", \"Court\") give no charge name")
    func proceduralArticlesNameNoOffence() throws {
        let registry = Fixtures.registry
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        for article in ["kz.coao.2014:754", "kz.coao.2014:684", "kz.coao.2001:594", "kz.coao.2014:10"] {
            let provision = try #require(registry.provisions.first { $0.id == Fixtures.id(article) })
            #expect(HeadingCharges.derive(provision, rules: rules).isEmpty, "\(article) is not an offence")
        }
        // An offence of the special part keeps its names in both languages.
        let theft = try #require(registry.provisions.first { $0.id == Fixtures.id("kz.cc.2014:188") })
        #expect(HeadingCharges.derive(theft, rules: rules).sorted() == ["?theft*", "?краж*"])
        // A list of procedural roles near words of crime is no list of charges.
        #expect(Fixtures.cite("In criminal cases, victims, witnesses, experts and interpreters may be questioned.", date: "2020").isEmpty)
    }
}
