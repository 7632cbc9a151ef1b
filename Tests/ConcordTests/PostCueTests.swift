import Testing
@testable import Concord

@Suite("Offences named before their cue, and on the days an act swapped them")
struct PostCueTests {
    @Test("a bare offence word followed by words that make it a crime is a charge: \"remains a criminal offence\", \"as a crime\", «является преступлением»")
    func cueAfterTheOffence() {
        #expect(Fixtures.cite("Insult remains a criminal offence in Kazakhstan.", date: "2019").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:131")])
        #expect(Fixtures.cite("The Committee regrets the classifying of defamation as a crime in the new Code.", date: "2016").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:130")])
        #expect(Fixtures.cite("Клевета по-прежнему является уголовно наказуемым деянием.", date: "2018", language: "ru").map { $0.resolved?.cited } == [Fixtures.id("kz.cc.2014:130")])
        #expect(Fixtures.cite("Оскорбление остается преступлением.", date: "2018", language: "ru").map(\.text) == ["Оскорбление"])
    }

    @Test("an aside in dashes or parentheses may stand between the offence and its cue, but only one that opens right after it")
    func asideBeforeTheCue() {
        let citations = Fixtures.cite("Defamation – both in terms of libel and slander – is still a punishable offense.", date: "2019")
        #expect(citations.map(\.text) == ["Defamation"])
        // The words inside the aside are no charge of their own: "slander" is followed by the closing dash.
        #expect(!citations.contains { $0.text == "slander" })
    }

    @Test("the same words with no cue after them, or with a negation, are no charge")
    func noCueNoCharge() {
        #expect(Fixtures.cite("Libel actions against newspapers grew in number.", date: "2019").isEmpty)
        #expect(Fixtures.cite("Libel is not a crime in many countries.", date: "2019").isEmpty)
        #expect(Fixtures.cite("Insult is no longer a criminal offence there.", date: "2019").isEmpty)
    }

    @Test("on a day within the window in which an amending act came into force, the article it added is named, with a note that it may not yet have applied")
    func offenceOnTheDayOfTheSwap() {
        // Defamation left the Criminal Code for the administrative code by one act of 26 June 2020, in force
        // ten days after a publication whose day the registry does not hold.
        let citation = Fixtures.cite("Defamation is still a punishable offense, with administrative fines.", date: "2020-07").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.coao.2014:73-3"))
        #expect(citation?.resolved?.note?.hasPrefix("may not have applied on 2020-07-31") == true)
        #expect(citation?.flags.contains(.unknownProvision) == false)
    }
}
