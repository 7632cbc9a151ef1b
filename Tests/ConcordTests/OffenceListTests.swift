import Testing
@testable import Concord

/// Lists of offences named by their short names with no charge cue before them, and lists of
/// quoted names and titles.
@Suite("Lists of offences and of quoted titles")
struct OffenceListTests {
    @Test("near words of crime, a list of three or more offences, two of them named, is a list of charges")
    func listOfOffencesNearCrime() {
        let english = Fixtures.cite("Most of the 5,300 criminal cases were investigated by the police, including murders, thefts, robberies, hooliganism, and weapons stealing.", date: "2023")
        // "weapons stealing" is the heading's "theft of weapons" in other words (a synonym of the rules).
        #expect(english.compactMap(\.resolved?.cited) == ["kz.cc.2014:99", "kz.cc.2014:188", "kz.cc.2014:191", "kz.cc.2014:293", "kz.cc.2014:291"].map(Fixtures.id))
        #expect(english.map(\.text) == ["murders", "thefts", "robberies", "hooliganism", "weapons stealing"])
        // An item no name covers («погромов») does not end the list; «хищения оружия» is one act of
        // the heading «Хищение либо вымогательство оружия, ...».
        let russian = Fixtures.cite("Помимо этих дел, расследуются факты грабежей, краж, погромов, хищения оружия и поджогов.", date: "2022", language: "ru")
        #expect(russian.compactMap(\.resolved?.cited) == ["kz.cc.2014:191", "kz.cc.2014:188", "kz.cc.2014:291"].map(Fixtures.id))
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

    @Test("a list of articles goes on after a member's quoted title: «статья 174 — «…» и 274 — «…»»")
    func listAfterAQuotedTitle() {
        let text = "Казахстан должен доработать две статьи Уголовного кодекса. Это статья 174 — «Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни» и 274 — «Распространение заведомо ложной информации»."
        let citations = Fixtures.cite(text, date: "2018", language: "ru")
        #expect(citations.compactMap(\.resolved?.cited) == ["kz.cc.2014:174", "kz.cc.2014:274"].map(Fixtures.id))
        #expect(citations.map(\.kind) == [.explicit, .listMember])
        // A count after the title is no article.
        let count = Fixtures.cite("Это статья 174 Уголовного кодекса — «Возбуждение розни» и 12 человек, осуждённых по ней.", date: "2018", language: "ru")
        #expect(count.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174")])
    }

    @Test("each of two alternative acts at a heading's start names the offence with the rest of the heading")
    func alternativeActs() {
        let rules = Fixtures.registry.languages.values.sorted { $0.language < $1.language }
        let weapons = Fixtures.registry.provision(Fixtures.id("kz.cc.2014:291")).map { HeadingCharges.derive($0, rules: rules) } ?? []
        #expect(Set(["?хищен* оруж*", "?вымогательств* оруж*", "?theft* of weapon*", "?extortion* of weapon*"]).isSubset(of: Set(weapons)))
        // A second act that opens with an adjective («публичные призывы ...») or a longer rest
        // would pair the wrong words: no split.
        let power = Fixtures.registry.provision(Fixtures.id("kz.cc.2014:179")).map { HeadingCharges.derive($0, rules: rules) } ?? []
        #expect(!power.contains { $0.hasPrefix("пропаганд* призыв*") || $0.hasPrefix("?пропаганд* призыв*") })
        #expect(Fixtures.cite("Его обвинили в хищении оружия.", date: "2022", language: "ru").map(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:291")])
    }

    @Test("a colon after words of crime opens a tally of charges, its items parted by semicolons")
    func tallyAfterAColon() {
        let english = Fixtures.cite("Charges brought against bloggers in 2019: slander - 4; insult - 3; hooliganism - 2.", date: "2020")
        #expect(english.map(\.text) == ["slander", "insult", "hooliganism"])
        #expect(english.compactMap(\.resolved?.cited) == ["kz.cc.2014:130", "kz.cc.2014:131", "kz.cc.2014:293"].map(Fixtures.id))
        // The tally goes on past the reach of a cue's list while each item names an offence.
        let long = Fixtures.cite("The fund counted the criminal cases against journalists in 2019: slander and insult - 26; dissemination of knowingly false information - seven; incitement to hatred - five; fraud - four (two of them in Almaty, one in Shymkent and one in Aktobe); extortion - two; libel - two.", date: "2020")
        #expect(long.compactMap(\.resolved?.cited) == ["kz.cc.2014:130", "kz.cc.2014:131", "kz.cc.2014:274", "kz.cc.2014:174", "kz.cc.2014:190", "kz.cc.2014:194", "kz.cc.2014:130"].map(Fixtures.id))
        let russian = Fixtures.cite("В 2021 году против журналистов возбуждались уголовные дела: оскорбление – 3; распространение заведомо ложной информации – 2.", date: "2022", language: "ru")
        #expect(russian.compactMap(\.resolved?.cited) == ["kz.cc.2014:131", "kz.cc.2014:274"].map(Fixtures.id))
        // With no word of crime before the colon, a one-word name still needs its cue.
        #expect(Fixtures.cite("Topics of the seminar: slander; insult; the freedom of speech.", date: "2021").isEmpty)
    }

    @Test("a heading cut at a comma after a preposition names no offence: \"Participation in, involvement in or admission to gambling\"")
    func cutHeadingEndingInAPreposition() {
        let rules = Fixtures.registry.languages.values.sorted { $0.language < $1.language }
        let gambling = Fixtures.registry.provision(Fixtures.id("kz.coao.2014:444")).map { HeadingCharges.derive($0, rules: rules) } ?? []
        #expect(!gambling.contains { $0.hasSuffix(" in") })
        #expect(Fixtures.cite("He was charged with participation in an unsanctioned rally.", date: "2021").allSatisfy { $0.resolved?.cited != Fixtures.id("kz.coao.2014:444") })
    }
}
