import Testing
@testable import Concord

@Suite("Quoted titles and names, sub-items of parts, and numbers before the article word")
struct QuotedNameTests {
    @Test("«с 11 статьей закона», «274 статью УК»: the number before the article word in every case but the count-like genitive")
    func numberBeforeArticleWordInAnyCase() {
        let law = Fixtures.cite("В соответствии с 11 статьей закона о мирных собраниях организатор может проводить собрание.", date: "2022", language: "ru")
        #expect(law.map(\.text) == ["11 статьей"])
        #expect(law.first?.resolved?.cited == Fixtures.id("kz.assembly.2020:11"))
        let code = Fixtures.cite("Декриминализировать 274 статью Уголовного кодекса призывают юристы.", date: "2025", language: "ru")
        #expect(code.first?.resolved?.cited == Fixtures.id("kz.cc.2014:274"))
        #expect(Fixtures.cite("Ему предъявили 3 статьи УК.", date: "2018", language: "ru").isEmpty)
    }

    @Test("letters under a part, «14 (3) (d) and (g)», belong to it and do not end the list")
    func subItemsOfAPart() {
        let citations = Fixtures.cite("a violation of his rights under articles 14 (3) (d) and (g), 19 and 21 of the International Covenant on Civil and Political Rights", date: "2021")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("un.iccpr:14(3)"), Fixtures.id("un.iccpr:19"), Fixtures.id("un.iccpr:21")])
    }

    @Test("a quoted heading right after an article is its title, not a charge of its own, and the code may follow it")
    func quotedTitleAfterAnArticle() {
        let dash = Fixtures.cite("Им вменили часть 11-ю статьи 488 Кодекса об административных правонарушениях — «Нарушение порядка организации и проведения мирных собраний, совершённое повторно».", date: "2024-03-20", language: "ru")
        #expect(dash.compactMap(\.resolved?.cited) == [Fixtures.id("kz.coao.2014:488")])
        let before = Fixtures.cite("Иски по 130 статье «Клевета» УК РК подают часто.", date: "2019", language: "ru")
        #expect(before.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:130")])
    }

    @Test("a charge cue, a quote, then a curated name: «по статье «Клевета»»; a derived name does not take one word of a quoted offence")
    func cueThenQuote() {
        let libel = Fixtures.cite("За десять лет по статье «Клевета» было вынесено 88 приговоров.", date: "2019", language: "ru")
        #expect(libel.map(\.kind) == [.chargeName])
        #expect(libel.first?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
        let participation = Fixtures.cite("Суд огласил приговор активистам, обвиненным в «участии» в деятельности запрещенной организации.", date: "2021", language: "ru")
        #expect(!participation.contains { $0.resolved?.cited?.work == "kz.coao.2014" })
    }

    @Test("a verdict («приговор») is a criminal sanction: libel after 2020 is still the criminal article when sentences are counted")
    func verdictIsCriminal() {
        let citation = Fixtures.cite("За десять лет по статье «Клевета» было вынесено 88 приговоров журналистам.", date: "2021", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
    }

    @Test("quotation marks inside a name are not words of it: fined for illegal \"missionary activity\"")
    func quoteInsideAName() {
        #expect(Fixtures.cite("He was fined for illegal \"missionary activity\" after inviting friends to a meeting.", date: "2016").first?.resolved?.cited == Fixtures.id("kz.coao.2014:490"))
        // Before 2015 the same words are the 2001 Code's article, which 490 replaced.
        #expect(Fixtures.cite("She was fined for illegal “missionary activity” in June.", date: "2013").first?.resolved?.cited == Fixtures.id("kz.coao.2001:375"))
    }

    @Test("a charge that describes the article cited later in its sentence, under that code's number, is not counted twice")
    func chargeDescribingALaterArticle() {
        let citations = Fixtures.cite("Thirteen were fined for illegal \"missionary activity\" under Administrative Code Article 375, Part 3.", date: "2013")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.coao.2001:375(3)")])
    }

    @Test("a crime charged in the same sentence makes an assembly charge with no sanction the criminal offence")
    func criminalCoCharge() {
        let both = Fixtures.cite("Both were found guilty of inciting social discord and violating the procedure for organizing assemblies.", date: "2016")
        #expect(both.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174"), Fixtures.id("kz.cc.2014:400")])
        let alone = Fixtures.cite("He was found guilty of violating the procedure for organizing assemblies.", date: "2016")
        #expect(alone.first?.resolved?.cited == Fixtures.id("kz.coao.2014:488"))
    }

    @Test("an article whose heading lies wholly inside a merged heading is taken into it: 2001 CoAO 374 became 2014 art. 489")
    func mergedHeadingSuccession() {
        let targets = Fixtures.registry.successions(from: Fixtures.id("kz.coao.2001:374")).compactMap(\.to?.withoutPart)
        #expect(targets.contains(Fixtures.id("kz.coao.2014:489")))
        #expect(!targets.contains(Fixtures.id("kz.coao.2014:490")))
    }
}

@Suite("Parts joined by a slash, American spelling, and lists of offences with counts")
struct SpellingAndCountedListTests {
    @Test("«ст.272 ч.1/2, 378, 274 УК РК»: a slash lists parts, and the list of articles goes on after them")
    func slashBetweenParts() {
        let citations = Fixtures.cite("10 апреля Мамай Ж, ст.272 ч.1/2, 378, 274 УК РК, в суде вынесли приговор.", date: "2023", language: "ru")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272(1)"), Fixtures.id("kz.cc.2014:272(2)"), Fixtures.id("kz.cc.2014:378"), Fixtures.id("kz.cc.2014:274")])
    }

    @Test("American spelling meets the British of the headings: \"honor\" is \"honour\"")
    func americanSpelling() {
        let citation = Fixtures.cite("He was charged with offending the honor and dignity of the First President.", date: "2020").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:373"))
        #expect(HeadingCharges.Config.respelled("honours", [(from: "honour", to: "honor")]) == "honors")
        #expect(HeadingCharges.Config.respelled("honest", [(from: "honour", to: "honor")]) == "honest")
    }

    @Test("one charge, not two, for \"insulting the honour and dignity of the First President\"")
    func insultOfTheFirstPresident() {
        let citations = Fixtures.cite("He was charged with insulting the honour and dignity of the First President.", date: "2020")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:373")])
    }

    @Test("a list of offences with a count before each: \"708 on hooliganism, 199 on destruction of property\"")
    func countedList() {
        let citations = Fixtures.cite("Of these, 2.5 thousand on charges of theft, 418 on hooliganism, 199 on destruction of property.", date: "2022")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:188"), Fixtures.id("kz.cc.2014:293"), Fixtures.id("kz.cc.2014:202")])
        // A count alone after a comma is no list of charges.
        #expect(Fixtures.cite("He was charged with theft, 12 witnesses said.", date: "2022").count == 1)
    }
}

@Suite("\"Article 26 of the law\": a law named by its noun only")
struct BareLawTests {
    @Test("the law whose title the sentences around use: \"peaceful assembly\" makes it the assembly law")
    func lawBySubject() {
        let citations = Fixtures.cite("The Court deemed subparagraph 2) of paragraph 1 of Article 11 of the law consistent with the Constitution. The right to peaceful assembly is not absolute, it said.", date: "2025")
        #expect(citations.first?.resolved?.cited == Fixtures.id("kz.assembly.2020:11(1)"))
    }

    @Test("with no law the words point to, an act the text does not name, never the code's article of that number")
    func unnamedLaw() {
        let ru = Fixtures.cite("Предполагается внесение изменений в Закон РК «О СМИ», в том числе в статью 26 закона, которая освобождает журналистов от ответственности.", date: "2017", language: "ru")
        #expect(ru.map(\.text) == ["статью 26"])
        #expect(ru.first?.instrument == nil)
        #expect(ru.first?.flags.contains(.unknownProvision) == true)
        // A code named in the sentence before is not "the law".
        let en = Fixtures.cite("He was convicted under Article 174 of the Criminal Code. Article 26 of the law protects journalists.", date: "2025")
        #expect(en.map(\.instrument) == ["kz.cc.2014", nil])
    }

    @Test("a law named by its title stays that law: \"Article 14 of the Law on Peaceful Assemblies\"")
    func namedLaw() {
        #expect(Fixtures.cite("Article 14 of the Law on Peaceful Assemblies sets the grounds for refusal.", date: "2025").first?.resolved?.cited == Fixtures.id("kz.assembly.2020:14"))
    }
}

@Suite("Charge names in the terms of the code version a document cites")
struct CitedVersionTests {
    @Test("a 2014 text on the new Criminal Code, citing its Article 174, names offences in that code's terms")
    func newCodeAdoptedNotInForce() {
        // The words around Article 174 make it the new code's (1997 art. 174 is another offence).
        let text = "The statement highlighted provisions concerning criminal defamation. The terms “social hatred” and “class hatred” should be removed from Article 174 of the Criminal Code."
        let citations = Fixtures.cite(text, date: "2014-10")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:130"), Fixtures.id("kz.cc.2014:174")])
    }

    @Test("the code in force when the text cites that one, or before the new code was adopted")
    func codeInForce() {
        let old = Fixtures.cite("He faces charges of criminal defamation. Article 129 of the Criminal Code was applied.", date: "2014-10")
        #expect(old.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.1997:129"), Fixtures.id("kz.cc.1997:129")])
        let early = Fixtures.cite("He faces charges of criminal defamation.", date: "2013-10")
        #expect(early.first?.resolved?.cited == Fixtures.id("kz.cc.1997:129"))
    }
}

@Suite("The version in force unless the words clearly name another")
struct VersionBySubjectTests {
    @Test("one shared word («сроком», «сроков») does not move an article to a version repealed years before")
    func oneWordIsChance() {
        let citation = Fixtures.cite("12 граждан привлечены к административной ответственности по статье 434 КоАП РК в виде ареста сроком до 15 суток.", date: "2025-11", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.coao.2014:434"))
    }

    @Test("the words of the earlier version's heading still choose it: article 164 in a sentence on discord, after 2015")
    func headingWordsChoose() {
        let citation = Fixtures.cite("He was sentenced in 2016 under article 164 of the Criminal Code for inciting social discord.", date: "2016").first
        #expect(citation?.resolved?.cited?.work == "kz.cc.1997")
    }
}

@Suite("Sourced charge names: separatism")
struct SeparatismNameTests {
    @Test("\"separatism\" after a cue, \"propaganda of separatism\" and «за сепаратизм» are 2014 art. 180")
    func separatism() {
        #expect(Fixtures.cite("Two residents were sentenced for separatism in 2022.", date: "2023").first?.resolved?.cited == Fixtures.id("kz.cc.2014:180"))
        #expect(Fixtures.cite("The case concerns propaganda of separatism by a group of people.", date: "2023").first?.resolved?.cited == Fixtures.id("kz.cc.2014:180"))
        #expect(Fixtures.cite("В Петропавловске двух человек осудили за сепаратизм.", date: "2024", language: "ru").first?.resolved?.cited == Fixtures.id("kz.cc.2014:180"))
        // The bare word names no charge without a cue.
        #expect(Fixtures.cite("Separatism is a recurring theme of the debate.", date: "2023").isEmpty)
    }
}

@Suite("The code named after a comma, and a title after the code")
struct CommaBeforeCodeTests {
    @Test("«по статье 488, часть 7, адмкодекса (нарушение порядка …)»: the code after a comma, its title no charge of its own")
    func titleAfterTheCode() {
        let citations = Fixtures.cite("Мне предъявили обвинение по статье 488, часть 7, адмкодекса (нарушение порядка организации и проведения мирного собрания) за то, что я поделилась информацией.", date: "2021-07", language: "ru")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.coao.2014:488(7)")])
        #expect(citations.first?.instrument == "kz.coao.2014")
    }

    @Test("\"Article 174, part 2, of the Criminal Code\" and \"Article 400, Criminal Code\" name the code")
    func commaThenCode() {
        #expect(Fixtures.cite("He was charged under Article 174, part 2, of the Criminal Code.", date: "2019").first?.resolved?.cited == Fixtures.id("kz.cc.2014:174(2)"))
        let bare = Fixtures.cite("Charged under Article 400, Criminal Code.", date: "2019").first
        #expect(bare?.resolved?.cited == Fixtures.id("kz.cc.2014:400"))
    }
}

@Suite("Anaphora in a chain")
struct AnaphoraChainTests {
    @Test("\"this article\" repeated paragraph after paragraph keeps pointing to the article the first one did")
    func chain() {
        let text = "Article 423 of the Criminal Code concerns state secrets.\n\nFor a long time this article remained inactive.\n\nIn 2023 changes were made to this article.\n\nLawyers were later investigated under this article."
        let citations = Fixtures.cite(text, date: "2025")
        #expect(citations.map(\.kind) == [.explicit, .anaphora, .anaphora, .anaphora])
        #expect(citations.allSatisfy { $0.resolved?.cited == Fixtures.id("kz.cc.2014:423") })
    }

    @Test("with no mention of the article for more than two sentences, a later \"this article\" points to nothing")
    func brokenChain() {
        let text = "Article 423 of the Criminal Code concerns state secrets. The weather was fine. The hearing was long. Nobody came. Then this article was changed."
        #expect(Fixtures.cite(text, date: "2025").map(\.kind) == [.explicit])
    }
}

@Suite("Sourced charge names: organising and taking part in a banned group")
struct BannedGroupNameTests {
    @Test("\"guilty of organizing and participating in the activities of the groups\" is 2014 art. 405, and \"the same charge\" after it")
    func organisingAndParticipating() {
        let citations = Fixtures.cite("The court found them guilty of organizing and participating in the activities of the groups. Another activist was sentenced on the same charge.", date: "2021")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:405"), Fixtures.id("kz.cc.2014:405")])
        // Without a charge cue the words name no offence.
        #expect(Fixtures.cite("Volunteers are organizing and participating in the activities of the club.", date: "2021").isEmpty)
    }
}

@Suite("Cues that introduce a list of charges")
struct ChargeListCueTests {
    @Test("\"charges ranging from abuse of power to participation in mass riots\" names both offences")
    func rangingFrom() {
        let citations = Fixtures.cite("The others faced charges ranging from abuse of power to participation in mass riots.", date: "2025")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:361"), Fixtures.id("kz.cc.2014:272")])
        #expect(Fixtures.cite("They faced charges including abuse of power.", date: "2025").first?.resolved?.cited == Fixtures.id("kz.cc.2014:361"))
    }
}

@Suite("Sentences that open with a number")
struct CountSentenceTests {
    @Test("«…о невыезде. 22 января …» starts a new sentence, so a charge there is not read as describing the article before")
    func dateOpensSentence() {
        let text = "Очередная жертва этой статьи отпущена под подписку о невыезде. 22 января активист был осужден за оскорбление казахской нации."
        let tokens = Tokenizer.tokenize(text)
        let sentences = Array(text.utf8).withUnsafeBufferPointer { Sentences(tokens: tokens, bytes: $0) }
        #expect(sentences.ranges.count == 2)
        let cited = Fixtures.cite("Ему вменили 174-ю статью УК. " + text, date: "2016-02", language: "ru")
        #expect(cited.last?.kind == .chargeName)
        #expect(cited.last?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
    }

    @Test("an abbreviation before the number does not end a sentence: «ст. 22 УК», \"para. 3 of\"")
    func abbreviationKeepsSentence() {
        for text in ["Согласно ст. 22 Конституции все равны.", "As para. 3 of the article says."] {
            let tokens = Tokenizer.tokenize(text)
            let sentences = Array(text.utf8).withUnsafeBufferPointer { Sentences(tokens: tokens, bytes: $0) }
            #expect(sentences.ranges.count == 1, "\(text)")
        }
    }
}

@Suite("Offences as the object of a reform")
struct ReformObjectTests {
    @Test("\"decriminalise defamation and insult\", «отмены уголовной ответственности за клевету»: no charge, no provision")
    func reformIsNoCharge() {
        #expect(Fixtures.cite("States should urge Kazakhstan to decriminalise defamation and insult.", date: "2019").isEmpty)
        #expect(Fixtures.cite("Рекомендовано рассмотреть возможность отмены уголовной ответственности за клевету и оскорбление.", date: "2017", language: "ru").isEmpty)
    }

    @Test("an article named by its subject stays a reference when it is the object of the reform: «декриминализировать статью о клевете»")
    func provisionBySubject() {
        let citation = Fixtures.cite("Президент поручил декриминализировать статью о клевете.", date: "2019", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
        #expect(Fixtures.cite("He was charged with defamation.", date: "2019").first?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
    }
}

@Suite("Derived names after \"cases of\" and in lists after a bare cue")
struct CasesOfTests {
    @Test("\"investigated cases of high treason\": a heading's name after \"cases of\"")
    func casesOf() {
        #expect(Fixtures.cite("The committee investigated cases of high treason.", date: "2023").first?.resolved?.cited == Fixtures.id("kz.cc.2014:175"))
    }

    @Test("after a bare \"for\", a second offence coordinated with the first is read by its heading's name")
    func coordinatedAfterBareCue() {
        let citations = Fixtures.cite("He got 20 years for mass riots and murder.", date: "2023")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272"), Fixtures.id("kz.cc.2014:99")])
        // A bare "for" alone still licenses no derived name: "impunity for murder" names no charge of a code here.
        #expect(Fixtures.cite("There is impunity for murder.", date: "2023").isEmpty)
    }
}
