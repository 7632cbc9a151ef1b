import Testing
@testable import Concord

@Suite("Offences with their qualifiers, stages and objects, and one offence named in two pieces")
struct ChargeQualifierTests {
    @Test("a qualifier after an offence belongs to its name, and a list of offences goes on after it")
    func qualifierJoinsTheName() {
        let russian = Fixtures.cite("Им инкриминировали кражу в особо крупном размере и легализацию имущества.", date: "2026", language: "ru")
        #expect(russian.map(\.text) == ["кражу в особо крупном размере", "легализацию"])
        #expect(russian.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:188"), Fixtures.id("kz.cc.2014:218")])
        let english = Fixtures.cite("He was convicted of theft on an especially large scale and fraud.", date: "2016")
        #expect(english.map(\.text) == ["theft on an especially large scale", "fraud"])
    }

    @Test("a stage of the offence between the cue and its name (preparation, attempt) leaves the offence named")
    func stageBeforeTheName() {
        #expect(Fixtures.cite("Их обвиняют в подготовке акта терроризма.", date: "2017", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:255")])
        #expect(Fixtures.cite("Их обвиняют в подготовке теракта.", date: "2017", language: "ru").map(\.text) == ["теракта"])
        #expect(Fixtures.cite("He was charged with attempted murder.", date: "2017").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:99")])
    }

    @Test("«об» before a vowel is the cue «о», and «инкриминировать» is a cue")
    func russianCueForms() {
        #expect(Fixtures.cite("Помимо дел об актах терроризма расследуются и другие.", date: "2022", language: "ru").map(\.text) == ["актах терроризма"])
        #expect(Fixtures.cite("Ему инкриминируют кражу.", date: "2022", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:188")])
        // Without a cue the heading's words are a description, not a charge.
        #expect(Fixtures.cite("Акты терроризма осуждаются всеми.", date: "2022", language: "ru").isEmpty)
    }

    @Test("the theft of public money is the misappropriation or embezzlement of entrusted property, in the version of the day")
    func publicMoney() {
        #expect(Fixtures.cite("Их обвиняют в растрате государственных средств.", date: "2019", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:189")])
        #expect(Fixtures.cite("Он был обвинен в хищении бюджетных средств.", date: "2010", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:176")])
        #expect(Fixtures.cite("Супругов обвиняют в присвоении 1,3 млрд тенге.", date: "2025", language: "ru").map(\.text) == ["присвоении 1,3 млрд тенге"])
        #expect(Fixtures.cite("Их обвиняли в хищении почти 3,7 миллиарда тенге бюджетных средств.", date: "2025", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:189")])
        #expect(Fixtures.cite("Менеджеры признаны виновными в хищении денежных средств.", date: "2012", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:176")])
        // Theft with no sum of money named is no one article: the code's general word alone gives none.
        #expect(Fixtures.cite("Их обвиняли в хищении.", date: "2025", language: "ru").isEmpty)
        // Appropriating an office's powers is another offence, and no money is named.
        #expect(!Fixtures.cite("Его обвиняют в присвоении полномочий должностного лица.", date: "2025", language: "ru").contains { $0.resolved?.cited == Fixtures.id("kz.cc.2014:189") })
    }

    @Test("one offence's heading read in two pieces, with only words and commas between, is one name")
    func oneOffenceInTwoPieces() {
        let citations = Fixtures.cite("Ему предъявлено обвинение в легализации имущества, полученного преступным путём.", date: "2019", language: "ru")
        #expect(citations.map(\.text) == ["легализации имущества, полученного преступным путём"])
        // Two offences stay two.
        #expect(Fixtures.cite("Его осудили за кражу и мошенничество.", date: "2019", language: "ru").count == 2)
    }

    @Test("participation in an organised criminal group, in words and by its abbreviation")
    func organisedGroup() {
        #expect(Fixtures.cite("Его осудили за участие в организованной преступной группе.", date: "2020", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:262")])
        #expect(Fixtures.cite("Его обвиняют в участии в ОПГ.", date: "2020", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:262")])
        // Before 2015 the same words name the 1997 Code's article.
        #expect(Fixtures.cite("Его осудили за создание организованной преступной группы.", date: "2010", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.1997:235")])
    }

    @Test("a heading cut before its subject gives no name: generic words alone, or one word before a hanging conjunction")
    func genericHeadingWords() {
        let registry = Fixtures.registry
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        func names(_ id: String) -> [String] { registry.provision(Fixtures.id(id)).map { HeadingCharges.derive($0, rules: rules) } ?? [] }
        // «Нарушение правил, обеспечивающих безопасность движения ...»: "violation of rules" names no offence.
        #expect(!names("kz.coao.2014:559").contains("?нарушен* правил*"))
        #expect(Fixtures.cite("Их обвинили в нарушении правил безопасности на производстве.", date: "2025", language: "ru")
            .allSatisfy { $0.resolved?.cited != Fixtures.id("kz.coao.2014:559") })
        // «Уклонение от уплаты налогов и (или) ...»: the name stops before the hanging «и».
        #expect(names("kz.cc.2014:245").contains("уклонен* от уплат* налог*"))
        #expect(!names("kz.cc.2014:245").contains("уклонен* от уплат* налог* и"))
        // «Невозвращение из-за границы ...»: one word before a hanging preposition is no name.
        #expect(!names("kz.cc.2014:235").contains("?невозвращен*"))
    }

    @Test("an offence word before \"trial\", \"charges\" or \"conviction\" names the offence; \"Kazakh Criminal Law\" is the Criminal Code")
    func offenceBeforeItsProceeding() {
        #expect(Fixtures.cite("High-profile murder trial fixates Kazakhstan", date: "2024").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:99")])
        // Words with no proceeding after them stay a description.
        #expect(Fixtures.cite("Murder rates fell in the capital.", date: "2024").isEmpty)
        let citations = Fixtures.cite("The police closed the case based on article 174 of Kazakh Criminal Law.", date: "2021")
        #expect(citations.map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:174")])
    }
}
