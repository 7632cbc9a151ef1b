import Testing
@testable import Concord

/// One expected citation: the exact text it spans, and what it resolves to.
struct Expected: CustomStringConvertible {
    var text: String
    var cited: String?
    var kind: Mention.Kind = .explicit
    var flags: [Citation.Flag] = []
    var description: String { "\(text) -> \(cited ?? "nil")" }
}

/// Checks that citing `text` yields exactly `expected`, in order, with offsets that point at the text.
func expectCitations(_ text: String, date: String? = "2019-05-01", _ expected: [Expected], sourceLocation: SourceLocation = #_sourceLocation) {
    let citations = Fixtures.cite(text, date: date)
    let bytes = Array(text.utf8)
    #expect(citations.count == expected.count, "got \(citations.map { "\($0.text) -> \($0.resolved?.cited?.description ?? "nil") \($0.kind) \($0.flags)" })", sourceLocation: sourceLocation)
    for (citation, want) in zip(citations, expected) {
        #expect(citation.text == want.text, sourceLocation: sourceLocation)
        #expect(String(decoding: bytes[citation.start..<citation.end], as: UTF8.self) == citation.text, sourceLocation: sourceLocation)
        #expect(citation.resolved?.cited?.description == want.cited, "\(want)", sourceLocation: sourceLocation)
        #expect(citation.kind == want.kind, "\(want)", sourceLocation: sourceLocation)
        #expect(citation.flags == want.flags, "\(want): \(citation.flags)", sourceLocation: sourceLocation)
    }
}

@Suite("Explicit references in English")
struct EnglishFormTests {
    @Test("an article of a named code") func namedCode() {
        expectCitations("He was charged under article 164 of the Criminal Code.", date: "2012-05-01", [Expected(text: "article 164", cited: "kz.cc.1997:164")])
    }

    @Test("'new' picks the newest version known on the date, and a year confirms it") func newCode() {
        expectCitations("Article 174 of the new Criminal Code, adopted in 2014, is vague.", [Expected(text: "Article 174", cited: "kz.cc.2014:174")])
    }

    @Test("the Criminal Code of Kazakhstan, the Administrative Offences Code and the Administrative Code") func codeNames() {
        expectCitations("See Article 430 of the Criminal Code of Kazakhstan and Article 488 of the Administrative Offences Code.", [
            Expected(text: "Article 430", cited: "kz.cc.2014:430"), Expected(text: "Article 488", cited: "kz.coao.2014:488"),
        ])
        expectCitations("Article 373 of the Administrative Code provides for arrest.", date: "2014-03", [Expected(text: "Article 373", cited: "kz.coao.2001:373")])
    }

    @Test("the assembly law by its title in quotes and by its short name") func assemblyLaw() {
        expectCitations("Article 10 of the law “On the procedure for organizing and conducting peaceful assemblies, meetings, marches, pickets and demonstrations in the Republic of Kazakhstan” restricts assemblies.",
                        date: "2014-03", [Expected(text: "Article 10", cited: "kz.assembly.1995:10")])
        expectCitations("The legislature should abolish article 10 of the Law on Freedom of Assembly.", date: "2014-03", [Expected(text: "article 10", cited: "kz.assembly.1995:10")])
    }

    @Test("treaties and the Constitution, with parts") func treaties() {
        expectCitations("It violates Article 21 of the International Covenant on Civil and Political Rights and Article 32 of Kazakhstan’s Constitution.",
                        date: "2014", [Expected(text: "Article 21", cited: "un.iccpr:21"), Expected(text: "Article 32", cited: "kz.constitution.1995:32")])
        expectCitations("in strict compliance with Article 19(3) of the ICCPR and Article 4 of the OPCAT.", [
            Expected(text: "Article 19(3)", cited: "un.iccpr:19(3)"), Expected(text: "Article 4", cited: "un.opcat:4"),
        ])
    }

    @Test("parts before and after the article") func parts() {
        expectCitations("Part 2 of Article 174 of the Criminal Code and Article 174, part 1 apply.", [
            Expected(text: "Part 2 of Article 174", cited: "kz.cc.2014:174(2)"), Expected(text: "Article 174, part 1", cited: "kz.cc.2014:174(1)"),
        ])
    }

    @Test("short forms: art. 174 and Art 174 CC") func shortForms() {
        expectCitations("Under art. 174 CC and Art 174 CC alike.", [Expected(text: "art. 174", cited: "kz.cc.2014:174"), Expected(text: "Art 174", cited: "kz.cc.2014:174")])
    }

    @Test("a new article inserted into a code, and the anaphora that points back to it") func insertedArticleAndAnaphora() {
        expectCitations("Parliament introduced a new Article 317-1 to the Criminal Code. This new article protects the President.", date: "2014", [
            Expected(text: "Article 317-1", cited: "kz.cc.1997:317-1"), Expected(text: "This new article", cited: "kz.cc.1997:317-1", kind: .anaphora),
        ])
    }

    @Test("«такое правонарушение» and «этой нормы» point back to the offence just cited")
    func suchAnOffence() {
        let text = "Его оштрафовали по статье 131 КоАП. За такое правонарушение грозит штраф, но суд счёл нарушение этой нормы доказанным."
        let citations = Fixtures.cite(text, date: "2023", language: "ru")
        #expect(citations.map(\.kind) == [.explicit, .anaphora, .anaphora])
        #expect(Set(citations.compactMap(\.resolved?.cited)) == [Fixtures.id("kz.coao.2014:131")])
        // With no provision before it, the phrase points at nothing.
        #expect(Fixtures.cite("За такое нарушение правил парковки водителя не наказали.", date: "2023", language: "ru").isEmpty)
    }
}

@Suite("Lists, ranges and context")
struct ListAndContextTests {
    @Test("each member of a list is its own citation") func lists() {
        expectCitations("Articles 155 and 400 of the Criminal Code restrict assemblies.", [
            Expected(text: "Articles 155", cited: "kz.cc.2014:155"), Expected(text: "400", cited: "kz.cc.2014:400", kind: .listMember),
        ])
        expectCitations("Articles 182, 258 and 405 of the Criminal Code.", [
            Expected(text: "Articles 182", cited: "kz.cc.2014:182"), Expected(text: "258", cited: "kz.cc.2014:258", kind: .listMember),
            Expected(text: "405", cited: "kz.cc.2014:405", kind: .listMember),
        ])
    }

    @Test("a range gives every article in it") func ranges() {
        let citations = Fixtures.cite("Under articles 400-402 of the Criminal Code.", date: "2019-05-01")
        #expect(citations.map(\.article) == ["400", "401", "402"])
        #expect(citations.map(\.kind) == [.explicit, .rangeMember, .listMember])
        #expect(citations.allSatisfy { $0.instrument == "kz.cc.2014" })
        // The inner member's words are the whole range phrase, with the article word that opens it;
        // the ends keep their own.
        #expect(citations.map(\.text) == ["articles 400", "articles 400-402", "402"])
        let words = Fixtures.cite("Articles 400 to 402 of the Criminal Code.", date: "2019-05-01")
        #expect(words.map(\.text) == ["Articles 400", "Articles 400 to 402", "402"])
        // A range inside a list starts at its own first number.
        let listed = Fixtures.cite("Articles 174, 400 to 402 of the Criminal Code.", date: "2019-05-01")
        #expect(listed.map(\.text) == ["Articles 174", "400", "400 to 402", "402"])
    }

    @Test("a UN views header, \"Articles of the Covenant: 9 (1) and (2), 14 (1), (2) and (3) (b), (d) and (e), 17 (1)\", lists every article and part")
    func headerList() {
        let citations = Fixtures.cite("Articles of the Covenant: 9 (1) and (2), 14 (1), (2) and (3) (b), (d) and (e), 17 (1) and (2)", date: "2016-03")
        #expect(citations.map(\.article) == ["9", "9", "14", "14", "14", "17", "17"])
        #expect(citations.map(\.part) == ["1", "2", "1", "2", "3", "1", "2"])
        #expect(citations.allSatisfy { $0.instrument == "un.iccpr" })
    }

    @Test("another part of the same article in a list: sections 13(2) and (3)") func partList() {
        let citations = Fixtures.cite("Sections 11(3), 12(3), 13(2) and (3), and 14(4) of the Law on Trade Unions should be amended.", date: "2019-05-01")
        #expect(citations.map(\.article) == ["11", "12", "13", "13", "14"])
        #expect(citations.map(\.part) == ["3", "3", "2", "3", "4"])
        #expect(citations.allSatisfy { $0.instrument == "kz.tradeunions.2014" })
    }

    @Test("a hyphenated article number is not a range") func hyphenatedNumber() {
        let citations = Fixtures.cite("Article 317-1 of the Criminal Code.", date: "2012-01-01")
        #expect(citations.map(\.article) == ["317-1"])
    }

    @Test("a later bare article takes the instrument it was first cited with") func sameNumberLater() {
        expectCitations("Article 274 of the Criminal Code makes it an offence. Many were charged. A person convicted under Article 274 can face ten years.", [
            Expected(text: "Article 274", cited: "kz.cc.2014:274"), Expected(text: "Article 274", cited: "kz.cc.2014:274"),
        ])
    }

    @Test("a bare article takes the instrument named just before it") func namedJustBefore() {
        expectCitations("Kazakhstan ratified the Convention on the Rights of Persons with Disabilities in 2015 but has yet to comply with Article 12 (Equality before the law).",
                        [Expected(text: "Article 12", cited: "un.crpd:12")])
    }

    @Test("not citations: dates, sums, paragraph numbers, document symbols, conventions by number, the NGO ARTICLE 19") func notCitations() {
        let text = "On 12 July 2010 he paid 2 million tenge. See paragraphs 95 -97 of A/HRC/14/10, recommendations 124.4 (Brazil). It conforms to International Labour Organization conventions 87 and 98. The group ARTICLE 19 reported it. He was sentenced to 7 years."
        #expect(Fixtures.cite(text).isEmpty)
    }
}

@Suite("Russian references")
struct RussianFormTests {
    @Test("статья, ст., ч. with the cases Russian uses") func russianForms() {
        expectCitations("Он осужден по ч. 2 ст. 174 УК РК. Статья 274 Уголовного кодекса предусматривает наказание. Его обвинили по статье 488 КоАП.", [
            Expected(text: "ч. 2 ст. 174", cited: "kz.cc.2014:174(2)"), Expected(text: "Статья 274", cited: "kz.cc.2014:274"),
            Expected(text: "статье 488", cited: "kz.coao.2014:488"),
        ])
    }

    @Test("статьи 400 и 402 УК: a list") func russianList() {
        expectCitations("Применялись статьи 400 и 402 УК.", [
            Expected(text: "статьи 400", cited: "kz.cc.2014:400"), Expected(text: "402", cited: "kz.cc.2014:402", kind: .listMember),
        ])
    }

    @Test("charge names in Russian resolve by date") func russianCharges() {
        expectCitations("Активиста обвинили в возбуждении социальной розни.", date: "2012-03-01", [Expected(text: "возбуждении социальной розни", cited: "kz.cc.1997:164", kind: .chargeName)])
        expectCitations("Журналиста обвинили в распространении заведомо ложной информации.", [Expected(text: "распространении заведомо ложной информации", cited: "kz.cc.2014:274", kind: .chargeName)])
    }
}

@Suite("Charge names")
struct ChargeNameTests {
    @Test("the same charge resolves to the article in force on the date") func byDate() {
        expectCitations("She was sentenced for “inciting social discord”.", date: "2012-05-01", [Expected(text: "inciting social discord", cited: "kz.cc.1997:164", kind: .chargeName)])
        expectCitations("She was sentenced for “inciting social discord”.", date: "2018-05-01", [Expected(text: "inciting social discord", cited: "kz.cc.2014:174", kind: .chargeName)])
    }

    @Test("a year in the sentence dates the charge") func sentenceYear() {
        expectCitations("In 2013 prosecutors charged him with inciting religious discord.", date: "2019-01", [Expected(text: "inciting religious discord", cited: "kz.cc.1997:164", kind: .chargeName)])
    }

    @Test("the charges the reports name, in English") func englishCharges() {
        expectCitations("In 2012 he was convicted of organizing mass riots.", date: "2014", [Expected(text: "organizing mass riots", cited: "kz.cc.1997:241", kind: .chargeName)])
        expectCitations("He was imprisoned for hooliganism.", date: "2012", [Expected(text: "hooliganism", cited: "kz.cc.1997:257", kind: .chargeName)])
        expectCitations("She was charged with disseminating false information.", date: "2018", [Expected(text: "disseminating false information", cited: "kz.cc.2014:274", kind: .chargeName)])
        expectCitations("He was sentenced for calls to continue an illegal strike.", date: "2018", [Expected(text: "calls to continue an illegal strike", cited: "kz.cc.2014:402", kind: .chargeName)])
    }

    @Test("petty hooliganism is the administrative offence, not criminal hooliganism") func pettyHooliganism() {
        #expect(Fixtures.cite("She was charged with petty hooliganism and fined.", date: "2018").map(\.resolved?.cited) == [Fixtures.id("kz.coao.2014:434")])
        // The criminal word with an administrative sanction: the administrative offence whose heading
        // has it and the fewest other words (not hooliganism by a minor, art. 435).
        #expect(Fixtures.cite("The court fined him for hooliganism.", date: "2019").map(\.resolved?.cited) == [Fixtures.id("kz.coao.2014:434")])
        #expect(Fixtures.cite("Его арестовали на 10 суток за хулиганство.", date: "2019", language: "ru").map(\.resolved?.cited) == [Fixtures.id("kz.coao.2014:434")])
        #expect(Fixtures.cite("He was sentenced to three years in prison for hooliganism.", date: "2019").map(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:293")])
    }

    @Test("a charge that describes an article cited in the same sentence is not a second citation") func describedArticle() {
        expectCitations("Article 274 of the Criminal Code makes “dissemination of information known to be false” a criminal offence.", [Expected(text: "Article 274", cited: "kz.cc.2014:274")])
    }

    @Test("a charge with no provision in the registry on its date is reported, not dropped") func unknownCharge() {
        let citations = Fixtures.cite("In 2011 he was sentenced for organizing an illegal strike.", date: "2012-01")
        #expect(citations.count == 1)
        #expect(citations.first?.instrument == nil)
        #expect(citations.first?.flags == [.unknownProvision])
    }
}

@Suite("Flags")
struct FlagTests {
    @Test("stale: a 2019 text citing 1997 art. 164 as current law") func stale() {
        let text = "Substantially amend Article 164 of the Criminal Code, which criminalises inciting social discord."
        expectCitations(text, [Expected(text: "Article 164", cited: "kz.cc.1997:164", flags: [.stale])])
        let citation = Fixtures.cite(text, date: "2019-03").first
        #expect(citation?.resolved?.inForce == [Fixtures.id("kz.cc.2014:174")])
    }

    @Test("a number both versions have is the current version's unless the sentence speaks of the old one's subject") func versionBySubject() {
        // 2014 art. 164 is on the laws and customs of war; 1997 art. 164 on inciting discord.
        expectCitations("The court applied Article 164 of the Criminal Code.", [Expected(text: "Article 164", cited: "kz.cc.2014:164")])
        expectCitations("He was charged under Article 164 of the Criminal Code for violating the laws and customs of war.", [Expected(text: "Article 164", cited: "kz.cc.2014:164")])
        expectCitations("He was convicted under Article 164 of the Criminal Code of inciting national discord.", [Expected(text: "Article 164", cited: "kz.cc.1997:164", flags: [.stale])])
    }

    @Test("not stale when the sentence itself gives the new number") func historical() {
        expectCitations("It accepted recommendations on Article 164 of the Criminal Code (now Article 174 of the new Criminal Code, adopted in 2014).", [
            Expected(text: "Article 164", cited: "kz.cc.1997:164"), Expected(text: "Article 174", cited: "kz.cc.2014:174"),
        ])
    }

    @Test("draft-number: a draft's number whose enacted numbering differs") func draftNumber() {
        let text = "Under article 400 of the new Criminal Code (adopted in its first reading in parliament in January 2014) for “actions provoking continuation of an illegal strike,” workers may be jailed."
        expectCitations(text, date: "2014-03", [Expected(text: "article 400", cited: "kz.cc.2014-draft:400", flags: [.draftNumber])])
    }

    @Test("dubious: the article exists but the sentence gives it another subject, with a suggestion") func dubious() {
        let citations = Fixtures.cite("Article 19 of the Kazakhstan Criminal Code continues to criminalise libel, with harsh penalties.", date: "2014")
        #expect(citations.count == 1)
        #expect(citations.first?.flags == [.dubious])
        #expect(citations.first?.resolved?.suggestion == Fixtures.id("kz.cc.1997:129"))
    }

    @Test("unknown-provision: reported, never dropped") func unknownProvision() {
        let citations = Fixtures.cite("Article 999 of the Criminal Code is invented.", date: "2019-05-01")
        #expect(citations.count == 1)
        #expect(citations.first?.instrument == "kz.cc.2014")
        #expect(citations.first?.flags == [.unknownProvision])
    }

    @Test("no-date: without a date the citation says so") func noDate() {
        let citations = Fixtures.cite("Article 174 of the Criminal Code.", date: nil)
        #expect(citations.first?.flags == [.noDate])
        #expect(citations.first?.resolved?.asOf == nil)
    }
}

@Suite("More Russian forms")
struct MoreRussianFormTests {
    @Test("ст.ст., glued ч.1 ст.274, пункт, and a part after the article") func abbreviations() {
        expectCitations("Осуждены по ст.ст. 174, 274 УК РК. Обвинение предъявлено по ч.1 ст.274 УК. Согласно пункту 2 статьи 19 МПГПП. Ст. 174 ч. 2 УК РК.", [
            Expected(text: "ст.ст. 174", cited: "kz.cc.2014:174"), Expected(text: "274", cited: "kz.cc.2014:274", kind: .listMember),
            Expected(text: "ч.1 ст.274", cited: "kz.cc.2014:274(1)"), Expected(text: "пункту 2 статьи 19", cited: "un.iccpr:19(2)"),
            Expected(text: "Ст. 174 ч. 2", cited: "kz.cc.2014:174(2)"),
        ])
    }

    @Test("ныне: a historical reference with its new number is not stale") func nowClause() {
        expectCitations("Ранее это была ст. 164 УК РК (ныне ст. 174 УК РК).", [
            Expected(text: "ст. 164", cited: "kz.cc.1997:164"), Expected(text: "ст. 174", cited: "kz.cc.2014:174"),
        ])
    }
}

@Suite("Dates and provenance in resolution")
struct ResolutionContextTests {
    @Test("without a date, the text's own clues date the document, and say so")
    func dateFromText() {
        let document = Document(path: "x.txt", text: "World Report 2019. Events of 2018. Article 174 of the Criminal Code.", metadata: FrontMatter())
        let report = Fixtures.citer.cite(document)
        #expect(report.document.date == LegalDate("2018"))
        #expect(report.document.dateSource == .text)
        #expect(report.warnings.contains { $0.contains("taken from the text") })
        let undated = Fixtures.citer.cite(Document(path: "y.txt", text: "Article 174 of the Criminal Code.", metadata: FrontMatter()))
        #expect(undated.document.dateSource == .none)
        #expect(undated.warnings.contains { $0.contains("no date known") })
    }

    @Test("--date wins over the front matter")
    func optionWins() throws {
        let document = try Document(path: "x", text: "---\ndate: 2012\n---\nArticle 164 of the Criminal Code on inciting discord.")
        #expect(Fixtures.citer.cite(document).citations.first?.flags == [])
        let later = Fixtures.citer.cite(document, date: LegalDate("2019-01-01"))
        #expect(later.document.dateSource == .option)
        #expect(later.citations.first?.flags == [.stale])
    }

    @Test("a resolution resting on an unverified registry fact says so")
    func unverifiedFacts() {
        let verified = Fixtures.cite("Article 164 of the Criminal Code on inciting discord.", date: "2012")
        #expect(verified.first?.resolved?.verified == Fixtures.registry.provision(Fixtures.id("kz.cc.1997:164"))!.provenance.verified)
        for provision in Fixtures.registry.provisions where !provision.provenance.verified && Fixtures.registry.works[provision.id.work]?.lineage == "kz.cc" {
            let citations = Fixtures.cite("Article \(provision.id.article) of the \(provision.id.work == "kz.cc.1997" ? "1997" : "2014") Criminal Code.", date: "2016")
            #expect(citations.first?.resolved?.verified == false, "\(provision.id)")
        }
    }
}

@Suite("The law in force when the events took place")
struct EventDateTests {
    @Test("a proceeding the sentence dates before the document was under the version in force then, and is not stale")
    func datedProceeding() {
        for text in ["Natalia Sokolova was sentenced in 2011 under article 164.",
                     "In 2011 she was sentenced under article 164 of the Criminal Code.",
                     "В 2011 году её осудили по статье 164 УК."] {
            let citation = Fixtures.cite(text, date: "2021-05").first
            #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.1997:164"), "\(text)")
            #expect(citation?.resolved?.inForce == [Fixtures.id("kz.cc.2014:174")], "\(text)")
            #expect(citation?.flags.contains(.stale) == false, "\(text)")
        }
    }

    @Test("a named version, or a year that is not a proceeding's, keeps the document's date")
    func versionNamed() {
        #expect(Fixtures.cite("In 2011 he was sentenced under article 174 of the new Criminal Code.", date: "2021-05").first?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
        #expect(Fixtures.cite("The Code was amended in 2011; article 174 of the Criminal Code is vague.", date: "2021-05").first?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
        #expect(Fixtures.cite("In 2019 she was sentenced under article 164 of the Criminal Code.", date: "2021-05").first?.resolved?.cited == Fixtures.id("kz.cc.2014:164"))
    }

    @Test("an article with no instrument anywhere is read as the Criminal Code's, at low confidence")
    func noInstrument() {
        let citation = Fixtures.cite("She was sentenced under article 174.", date: "2021-05").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
        #expect((citation?.confidence ?? 1) <= 0.35)
    }
}

@Suite("Forms seen in new text")
struct NewTextFormTests {
    @Test("Russian ordinals: «174-я статья», «по 174-й статье УК»")
    func ordinals() {
        let citations = Fixtures.cite("Его осудили по 174-й статье УК. Это 174-я статья Уголовного кодекса.", date: "2020-05", language: "ru")
        #expect(citations.map(\.text) == ["174-й статье", "174-я статья"])
        #expect(citations.allSatisfy { $0.resolved?.cited == Fixtures.id("kz.cc.2014:174") })
    }

    @Test("an article of an act the registry does not hold is reported as such, not read as the Criminal Code's")
    func outsideAct() {
        for text in ["He was held under article 159 of the Code of Criminal Procedure.", "Article 20 of the Law on Mass Media was amended.",
                     "по статье 159 Уголовно-процессуального кодекса"] {
            let citation = Fixtures.cite(text, date: "2020-05").first
            #expect(citation?.resolved?.cited == nil, "\(text)")
            #expect(citation?.flags.contains(.unknownProvision) == true, "\(text)")
            #expect(citation?.resolved?.note?.contains("an act the registry does not hold") == true, "\(text)")
        }
        // A registry act named the same way still resolves.
        #expect(Fixtures.cite("Article 10 of the Law on Trade Unions.", date: "2020-05").first?.resolved?.cited == Fixtures.id("kz.tradeunions.2014:10"))
    }

    @Test("a bare offence word is a charge only after a charge cue")
    func weakCharges() {
        #expect(Fixtures.cite("She was convicted of libel in 2016.", date: "2019").first?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
        #expect(Fixtures.cite("NPM members face libel actions and insult.", date: "2019").isEmpty)
        // The same words after the 2020 reform: the administrative offence.
        #expect(Fixtures.cite("He was fined for defamation.", date: "2021").first?.resolved?.cited == Fixtures.id("kz.coao.2014:73-3"))
    }

    @Test("an administrative sanction near an assembly charge chooses the administrative code, a prison term the criminal")
    func sanctions() {
        #expect(Fixtures.cite("She was fined for violating the procedure for organising and holding peaceful assemblies.", date: "2023").first?.resolved?.cited?.work == "kz.coao.2014")
        #expect(Fixtures.cite("He was sentenced to two years in prison for violating the procedure for organising and holding peaceful assemblies.", date: "2023").first?.resolved?.cited?.work == "kz.cc.2014")
    }
}

@Suite("Context across a bulleted list")
struct BulletContextTests {
    @Test("items of a list read in the context of the sentence that leads into them: the draft's numbers")
    func draftBullets() {
        let text = "We have identified key articles in the draft criminal code that would restrict freedoms.\n\nThree of these articles create new offences. They are:\n  • Article 400 – Actions provoking an illegal strike;\n  • Article 401 – Interference;\n  • Article 402 – Something else;\n"
        let citations = Fixtures.cite(text, date: "2014-02")
        #expect(citations.map(\.instrument) == ["kz.cc.2014-draft", "kz.cc.2014-draft", "kz.cc.2014-draft"], "\(citations.map(\.instrument))")
    }
}
