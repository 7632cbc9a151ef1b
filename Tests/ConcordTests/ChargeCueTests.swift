import Testing
@testable import Concord

@Suite("Words that make an offence's name a charge: penalties, liability, commission, and lists led by «такие преступления, как»")
struct ChargeCueTests {
    @Test("a penalty, a liability or the commission of an offence names it as a charge, though the word alone is a topic")
    func penaltiesAndCommission() {
        let text = "The penalty for torture has been increased. Persons who have committed torture are not eligible for amnesty. "
            + "Cameras serve as evidence in criminal cases involving torture."
        let citations = Fixtures.cite(text, date: "2025")
        #expect(citations.map(\.text) == ["torture", "torture", "torture"])
        #expect(citations.allSatisfy { $0.resolved?.cited == Fixtures.id("kz.cc.2014:146") })
        // A bare "for" still licenses no name derived from a heading: "impunity for torture" is a topic.
        #expect(Fixtures.cite("Zero tolerance for torture was announced.", date: "2025").isEmpty)
        let russian = Fixtures.cite("Предусмотрена уголовная ответственность за клевету.", date: "2016", language: "ru")
        #expect(russian.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:130")])
    }

    @Test("«такие преступления, как …» opens a list of offences; «такие преступления» alone points back")
    func suchCrimesAs() {
        let list = Fixtures.cite("Такие преступления, как кража и грабеж, наказуемы.", date: "2020", language: "ru")
        #expect(list.map(\.text) == ["кража", "грабеж"])
        #expect(list.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:188"), Fixtures.id("kz.cc.2014:191")])
        let back = Fixtures.cite("Согласно статье 256 Уголовного кодекса, за такие преступления предусмотрено лишение свободы.", date: "2026", language: "ru")
        #expect(back.map(\.text) == ["статье 256", "такие преступления"])
        #expect(back.last?.resolved?.cited == Fixtures.id("kz.cc.2014:256"))
    }

    @Test("a plural pointer back to an offence named in words and by its article gives that article once")
    func pluralPointerCountsAnArticleOnce() {
        let text = "Уголовная ответственность установлена за пропаганду терроризма. Согласно статье 256 Уголовного кодекса, за такие преступления предусмотрено лишение свободы."
        let pointers = Fixtures.cite(text, date: "2026", language: "ru").filter { $0.kind == .anaphora }
        #expect(pointers.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:256")])
    }

    @Test("a cue broken by a dash, a cue of involvement, and a size between the cue and the offence")
    func russianCueShapes() {
        #expect(Fixtures.cite("Ему предъявлены новые обвинения - в убийстве двух менеджеров.", date: "2011", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:96")])
        #expect(Fixtures.cite("Их обвиняют в причастности к убийству.", date: "2011", language: "ru").map(\.text) == ["убийству"])
        #expect(Fixtures.cite("Начался процесс по делу о масштабном хищении бюджетных средств.", date: "2025", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:189")])
        #expect(Fixtures.cite("He was jailed for large-scale bribery.", date: "2019").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:366")])
    }

    @Test("a coup plotted before 2015 is the 1997 Code's violent seizure of power, not the merged article that replaced it")
    func coupBefore2015() {
        let citations = Fixtures.cite("He has been convicted in absentia on charges of plotting a coup and racketeering.", date: "2009-02-06")
        #expect(citations.map(\.text) == ["plotting a coup", "racketeering"])
        #expect(citations.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:168"), Fixtures.id("kz.cc.1997:181")])
        #expect(Fixtures.cite("He was found guilty of planning a coup.", date: "2023").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:179")])
    }

    @Test("a quoted list of offences goes on through an offence in the author's words, read by its heading's words")
    func quotedListInTheAuthorsWords() {
        let citations = Fixtures.cite("He was found guilty of “participation in mass riots,” “invasion of a building,” and “taking a hostage.”", date: "2023")
        #expect(citations.map(\.text) == ["participation in mass riots", "invasion of a building", "taking a hostage"])
        #expect(citations[1].resolved?.cited == Fixtures.id("kz.cc.2014:269"))
        // Two words of a heading with no charge just before them are no offence: the list's own cue is far.
        #expect(Fixtures.cite("The building was attacked.", date: "2023").isEmpty)
    }

    @Test("taking part in riots and inciting them are the mass-riots article of the day")
    func riots() {
        #expect(Fixtures.cite("Almost 1,400 people have been convicted of \"taking part in the riots\".", date: "2024").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:272")])
        #expect(Fixtures.cite("The opposition leaders were charged with inciting rioting.", date: "2012").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:241")])
        // A trial of the participants («суд над участниками беспорядков») names the offence they are tried for.
        #expect(Fixtures.cite("В Актау начался суд над участниками беспорядков в Жанаозене.", date: "2012", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:241")])
        #expect(Fixtures.cite("Участники беспорядков разошлись.", date: "2012", language: "ru").isEmpty)
    }

    @Test("unsanctioned rallies that took place are an event, not a charge; taking part in one is")
    func ralliesThatTookPlace() {
        #expect(Fixtures.cite("В начале сентября в стране прошли несанкционированные митинги.", date: "2019", language: "ru").isEmpty)
        #expect(Fixtures.cite("Полиция задержала 50 человек во время незаконных митингов.", date: "2020", language: "ru").isEmpty)
        #expect(Fixtures.cite("Его оштрафовали за участие в несанкционированном митинге.", date: "2020", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.coao.2014:488")])
    }

    @Test("inciting social unrest or tensions is the incitement of discord; the rules of organising rallies are art. 400's")
    func otherWordsForDiscordAndRallies() {
        let citations = Fixtures.cite("The two men were convicted of inciting social unrest, spreading false information and violating the order of organising rallies.", date: "2016-11-28")
        #expect(citations.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:174"), Fixtures.id("kz.cc.2014:274"), Fixtures.id("kz.cc.2014:400")])
        // Social unrest as an event is no charge.
        #expect(Fixtures.cite("Social unrest spread across the region.", date: "2016").isEmpty)
    }

    @Test("harming someone's health, charged or alleged, is the intentional infliction of serious harm of the day")
    func harmingTheHealth() {
        let citations = Fixtures.cite("Four months after his arrest for allegedly “harming the health” of a member of his congregation, he was freed. He was convicted of harming the health of a church member.", date: "2013-10-01")
        #expect(citations.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:103"), Fixtures.id("kz.cc.1997:103")])
        // Without a cue it is a description: "smoking is harming the health of millions".
        #expect(Fixtures.cite("Smoking is harming the health of millions.", date: "2013").isEmpty)
    }
}
