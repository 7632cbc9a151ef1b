import Testing
@testable import Concord

@Suite("Parts of one article named before it, in a list or between the article word and its number")
struct PartsBeforeArticleTests {
    @Test("a list of parts before the article gives each part of that one article")
    func partsBeforeTheArticle() {
        let russian = Fixtures.cite("Он осужден по части 1, 2 и 3 статьи 174 УК РК.", date: "2022", language: "ru")
        #expect(russian.map(\.text) == ["части 1, 2 и 3 статьи 174", "2", "3"])
        #expect(russian.map { $0.resolved?.cited } == ["1", "2", "3"].map { Fixtures.id("kz.cc.2014:174(\($0))") })
        #expect(russian.map(\.kind) == [.explicit, .listMember, .listMember])
        let english = Fixtures.cite("The amendments concern paragraphs 3 and 3-1 of article 2 of the Constitution.", date: "2022")
        #expect(english.map { $0.resolved?.cited?.part } == ["3", "3-1"])
        #expect(english.allSatisfy { $0.instrument == "kz.constitution.1995" && $0.article == "2" })
        // One part stays one citation.
        #expect(Fixtures.cite("Часть 2 статьи 400 УК применяется редко.", date: "2022", language: "ru").count == 1)
    }

    @Test("«по статье ч 4 274»: a part between the article word and the number, and the quoted heading after it its title")
    func partBetweenWordAndNumber() {
        let citations = Fixtures.cite("Начато досудебное расследование по статье ч 4 274 УК РК «Заведомо ложное распространение информации».", date: "2020", language: "ru")
        #expect(citations.map(\.text) == ["статье ч 4 274"])
        #expect(citations.first?.resolved?.cited == Fixtures.id("kz.cc.2014:274(4)"))
        // An hour is no part: «в 10 ч 30 мин» names no article.
        #expect(Fixtures.cite("Митинг начался в 10 ч 30 мин.", date: "2020", language: "ru").isEmpty)
    }

    @Test("complicity in an offence, after a cue or in its list, names the offence; signs of an offence are a cue")
    func complicityAndSigns() {
        let citations = Fixtures.cite("He was arrested in July 2006 and charged with organising mass disorder, complicity in hostage-taking, and complicity in the murder of a police officer.", date: "2016")
        #expect(citations.map(\.text) == ["organising mass disorder", "hostage-taking", "murder"])
        #expect(citations.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:241"), Fixtures.id("kz.cc.1997:234"), Fixtures.id("kz.cc.1997:96")])
        #expect(Fixtures.cite("В его действиях прокуроры установили признаки сепаратизма.", date: "2023", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:180")])
    }
}
