import Testing
@testable import Concord

@Suite("Offences in quotes and in the words of a new article")
struct QuotedOffenceTests {
    @Test("a quoted offence in the author's words with no cue before it, near words of crime, is the offence whose heading it paraphrases")
    func quotedParaphraseWithoutCue() {
        let citations = Fixtures.cite("Уголовное дело в отношении 53-летнего Еркина Казиева об «участии в деятельности организации после решения суда о запрете ее деятельности в связи с осуществлением экстремизма» было заведено в марте.", date: "2019-05", language: "ru")
        #expect(citations.map(\.kind) == [.chargeName])
        #expect(citations.first?.resolved?.cited == Fixtures.id("kz.cc.2014:405"))
        // The same quote with no word of crime near it, and a quoted party's name, are no charges.
        #expect(Fixtures.cite("Статья называлась «участие в деятельности организации после решения суда о запрете ее деятельности».", date: "2019", language: "ru").isEmpty)
        #expect(Fixtures.cite("Уголовное дело связано с движением «Демократический выбор Казахстана».", date: "2019", language: "ru").isEmpty)
    }

    @Test("a quote right after an article is that article's title, not a second charge")
    func quoteAfterArticleIsItsTitle() {
        let citations = Fixtures.cite("A criminal case has been opened and he is charged with Art. 170-2, \"calls for the violent overthrow of the state or change of the constitutional order\".", date: "2012")
        #expect(!citations.contains { $0.kind == .chargeName })
    }

    @Test("quoted words that are mostly not an offence's heading name none of them")
    func quotedWordsMostlyElsewhere() {
        let citations = Fixtures.cite("По данным ведомства, дела инициированы \"по фактам неоднократного и умышленного распространения заведомо ложных сведений\".", date: "2025", language: "ru")
        #expect(!citations.contains { $0.resolved?.cited == Fixtures.id("kz.coao.2014:104") })
    }

    @Test("an offence added the day before and not yet in force is that article, with a note saying so")
    func offenceAddedNotYetInForce() {
        let citation = Fixtures.cite("В КОАП появилась отдельная статья за размещение и распространение ложной информации.", date: "2023-07-11", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.coao.2014:456-2"))
        #expect(citation?.resolved?.inForce == [])
        #expect(citation?.resolved?.note?.contains("not yet in force") == true)
    }

    @Test("«совершение преступления», \"commission of a crime\" name no offence")
    func genericCrimeWords() {
        #expect(Fixtures.cite("Активисту вменяют совершение преступления, предусмотренного частью 4 статьи 274 Уголовного кодекса.", date: "2020", language: "ru").map(\.text) == ["частью 4 статьи 274"])
    }

    @Test("suspicion is a charge cue: \"suspected of\", «по подозрению в», «подозреваются в»")
    func suspicionCues() {
        #expect(Fixtures.cite("Two men were detained on suspicion of hooliganism.", date: "2020").first?.resolved?.cited == Fixtures.id("kz.cc.2014:293"))
        #expect(Fixtures.cite("Остальные подозреваются в хулиганстве.", date: "2020", language: "ru").first?.resolved?.cited == Fixtures.id("kz.cc.2014:293"))
    }
}

@Suite("Names that read as provisions, and acts outside the registry")
struct OrganisationAndOutsideActTests {
    @Test("the NGO \"Article 19\": after \"according to\", before \"said\" or \"'s\", and in Latin letters inside a Russian sentence")
    func organisationNamedArticle19() {
        #expect(Fixtures.cite("Article 19 and Adil Soz said the law was harmful.", date: "2020").isEmpty)
        #expect(Fixtures.cite("According to Article 19, the draft law restricts the press.", date: "2020").isEmpty)
        #expect(Fixtures.cite("Article 19's director called the verdict unjust.", date: "2020").isEmpty)
        #expect(Fixtures.cite("Доклад британской правозащитной организации Article 19, названной так в честь статьи декларации.", date: "2022", language: "ru").isEmpty)
        // With its instrument it is the article.
        #expect(Fixtures.cite("Article 19 of the Covenant protects freedom of expression.", date: "2020").first?.resolved?.cited == Fixtures.id("un.iccpr:19"))
    }

    @Test("an act outside the registry is named right after the article: words of the sentence before a code's noun are not its name")
    func outsideActNamedRightAfter() {
        let sentence = Fixtures.cite("Article 26 sets out the rules for the Labour Code.", date: "2020")
        #expect(sentence.first?.resolved?.note?.contains("does not hold") != true)
        let named = Fixtures.cite("article 14 of the Criminal Procedure Code", date: "2020").first
        #expect(named?.flags.contains(.unknownProvision) == true)
        #expect(named?.instrument == nil)
    }

    @Test("«статья 165 ТК»: an abbreviation of an act outside the registry")
    func outsideActAbbreviation() {
        let citations = Fixtures.cite("Поправки вносятся относительно примирительной комиссии (статья 165 ТК) и трудового арбитража (статья 166 ТК).", date: "2025", language: "ru")
        #expect(citations.count == 2)
        #expect(citations.allSatisfy { $0.instrument == nil && $0.flags.contains(.unknownProvision) })
        #expect(citations.first?.resolved?.note?.contains("Трудовой кодекс") == true)
    }

    @Test("\"Article 1 (section 1) of the Kazakhstani Constitution\": a part in parentheses with its marker, and the code after it")
    func partInParenthesesWithMarker() {
        let citation = Fixtures.cite("The main characteristics of the state are mentioned in Article 1 (section 1) of the Kazakhstani Constitution (1995).", date: "2017").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.constitution.1995:1(1)"))
    }
}

@Suite("A draft named before its articles and offences")
struct DraftContextTests {
    @Test("«с проектом нового уголовного кодекса»: a qualifier between the draft and the code's name; then «предлагаемой статье 400» and the draft's offence")
    func draftThroughQualifier() {
        let text = "Парламент рассматривает новый проект уголовного кодекса, в котором предлагается ввести уголовное наказание за провокацию трудовых конфликтов. С проектом нового уголовного кодекса можно ознакомиться на сайте.\n\nСогласно предлагаемой статье 400, участникам забастовки грозят штрафы."
        let citations = Fixtures.cite(text, date: "2014-01-22", language: "ru")
        #expect(citations.map(\.instrument) == ["kz.cc.2014-draft", "kz.cc.2014-draft"])
        #expect(citations.allSatisfy { $0.flags.contains(.draftNumber) })
        #expect(citations.map(\.kind) == [.chargeName, .explicit])
    }
}

@Suite("Pointers back to several references, and words that make a charge another offence")
struct PluralAnaphoraTests {
    @Test("\"these articles\" gives a citation for each reference of the sentences before, on the same words")
    func theseArticles() {
        let text = "Proceedings were initiated in connection with the organization and participation in the riots. A pre-trial investigation has also been launched on the commission of a terrorist act. A task force was set up. It included experienced employees. Punishments under these articles of the criminal code range from eight years to life."
        let anaphora = Fixtures.cite(text, date: "2022-01").filter { $0.kind == .anaphora }
        #expect(anaphora.map(\.text) == ["these articles", "these articles"])
        #expect(anaphora.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272"), Fixtures.id("kz.cc.2014:255")])
        let ru = Fixtures.cite("Им вменяют статьи 174 и 274 УК РК. Наказание по этим статьям суровое.", date: "2020", language: "ru").filter { $0.kind == .anaphora }
        #expect(ru.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174"), Fixtures.id("kz.cc.2014:274")])
        // With nothing cited before it points nowhere.
        #expect(Fixtures.cite("Punishments under these articles are severe.", date: "2022").isEmpty)
    }

    @Test("«мелким хулиганством»: a word before a charge name that makes it another offence, with no cue")
    func qualifiedCharge() {
        let citation = Fixtures.cite("В новой редакции КоАП мелким хулиганством будет считаться нецензурная брань.", date: "2023", language: "ru").first
        #expect(citation?.text == "мелким хулиганством")
        #expect(citation?.resolved?.cited == Fixtures.id("kz.coao.2014:434"))
    }
}

@Suite("Documents of treaty bodies whose treaties the registry does not hold")
struct OutsideTreatyDocumentTests {
    @Test("in the Committee on the Rights of the Child's observations, \"articles 37, 39 and 40 of the Convention\" are that Convention's, outside the registry")
    func childRightsCommittee() {
        let text = "Concluding observations of the Committee on the Rights of the Child: Kazakhstan\n\n67. The Committee recommends that the State party ensure the full implementation of articles 37, 39 and 40 of the Convention."
        let citations = Fixtures.cite(text, date: "2003")
        #expect(citations.count == 3)
        #expect(citations.allSatisfy { $0.instrument == nil && $0.flags.contains(.unknownProvision) })
        #expect(citations.first?.resolved?.note?.contains("Convention on the Rights of the Child") == true)
        // A code named in the same document is still the code.
        let code = Fixtures.cite(text + " It notes article 120 of the Criminal Code.", date: "2003").last
        #expect(code?.resolved?.cited == Fixtures.id("kz.cc.1997:120"))
    }

    @Test("«в соответствии со статьей 9 Конвенции» in a summary record of the Committee on the Elimination of Racial Discrimination")
    func racialDiscriminationCommittee() {
        let text = "Комитет по ликвидации расовой дискриминации. Рассмотрение докладов, представляемых государствами-участниками в соответствии со статьей 9 Конвенции."
        let citation = Fixtures.cite(text, date: "2010", language: "ru").first
        #expect(citation?.instrument == nil)
        #expect(citation?.flags.contains(.unknownProvision) == true)
    }

    @Test("an ILO comment on Convention No. 87, by its title: \"Article 2 of the Convention\" is the Convention's")
    func iloCommentByTitle() {
        let document = Document(path: "ilo.txt", text: "Article 2 of the Convention. Right of workers to establish organizations.",
                                metadata: FrontMatter(title: "Observation (CEACR) - adopted 2008: Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87) - Kazakhstan",
                                                      date: LegalDate("2008"), language: "en"))
        #expect(Fixtures.citer.cite(document).citations.first?.resolved?.cited == Fixtures.id("ilo.c087:2"))
    }
}

@Suite("Years in a sentence that date no events")
struct DocumentYearTests {
    @Test("\"general comment No. 34 (2011)\" does not date the charge in its sentence to 2011")
    func numberedDocumentYear() {
        let citation = Fixtures.cite("Лишение свободы, как это предусмотрено в замечании общего порядка № 34 (2011), не должно считаться адекватной мерой наказания за клевету.", date: "2016-08", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:130"))
    }
}

@Suite("Enumerations inside a name")
struct EnumerationGapTests {
    @Test("the commas of an enumeration inside a name's gap are not counted as its words")
    func commasInGap() {
        let citation = Fixtures.cite("Его обвиняли в разжигании национальной, социальной и религиозной розни.", date: "2020", language: "ru").first
        #expect(citation?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
        // Still bounded: five words between the two ends name nothing.
        #expect(WordPattern("разжиг* ... розн*")?.match(Tokenizer.tokenize("разжигание одной двух трех четырех пяти розни"), at: 0) == nil)
        #expect(WordPattern("разжиг* ... розн*")?.match(Tokenizer.tokenize("разжигание одной, двух, трех, четырех розни"), at: 0) != nil)
    }
}

@Suite("Articles that stay articles")
struct ArticleNotOrganisationTests {
    @Test("\"Article 18 and Article 19\" with no organisation's words around them are two articles")
    func twoArticlesJoinedByAnd() {
        let citations = Fixtures.cite("The restrictions violate Article 18 of the Covenant and Article 19.", date: "2020")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("un.iccpr:18"), Fixtures.id("un.iccpr:19")])
        #expect(Fixtures.cite("Его действия подпадают под статью 19 Конституции.", date: "2020", language: "ru").first?.resolved?.cited == Fixtures.id("kz.constitution.1995:19"))
    }
}

@Suite("A complement shared by a coordination")
struct SharedComplementTests {
    @Test("\"theft and illegal possession of weapons\": the shared \"of weapons\" makes the theft that of weapons")
    func theftOfWeapons() {
        let citations = Fixtures.cite("They were convicted of theft and illegal possession of weapons.", date: "2022-02")
        #expect(citations.first?.text == "theft")
        #expect(citations.first?.resolved?.cited == Fixtures.id("kz.cc.2014:291"))
        // With nothing shared, theft is theft.
        #expect(Fixtures.cite("They were convicted of theft and fraud.", date: "2022-02").first?.resolved?.cited == Fixtures.id("kz.cc.2014:188"))
    }
}

@Suite("Charge names shortened in use")
struct ShortenedChargeNameTests {
    @Test("«участие в беспорядках», «организация погромов и беспорядков» after a cue: mass riots, without «массовых»")
    func riotsWithoutMass() {
        let participation = Fixtures.cite("Двоих жителей Талдыкоргана задержали по подозрению в участии в беспорядках.", date: "2022-01", language: "ru")
        #expect(participation.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272")])
        let organising = Fixtures.cite("Троих мужчин обвинили в организации поджогов и беспорядков на площади.", date: "2011-12", language: "ru")
        #expect(organising.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.1997:241")])
        // With no cue, riots named as an event are no charge.
        #expect(Fixtures.cite("Участие в беспорядках приняли сотни людей.", date: "2022", language: "ru").isEmpty)
    }
}

@Suite("Cues with the accused between the verb and the offence, and pointers back to charges")
struct CueObjectTests {
    @Test("\"convicted Mr X of\", \"accused the journalist of\", \"charged him with\", «осудили его за»")
    func verbObjectCue() {
        #expect(Fixtures.cite("The court convicted Mr Baltubay of misappropriating union funds.", date: "2019").first?.resolved?.cited == Fixtures.id("kz.cc.2014:189"))
        #expect(Fixtures.cite("Prosecutors accused the journalist of hooliganism.", date: "2020").first?.resolved?.cited == Fixtures.id("kz.cc.2014:293"))
        #expect(Fixtures.cite("Police charged him with desertion.", date: "2022").first?.resolved?.cited == Fixtures.id("kz.cc.2014:442"))
        #expect(Fixtures.cite("Суд осудил его за дезертирство.", date: "2022", language: "ru").first?.resolved?.cited == Fixtures.id("kz.cc.2014:442"))
        // The words after the gap must still name an offence.
        #expect(Fixtures.cite("The court convicted Mr Baltubay of Shymkent on Monday.", date: "2019").isEmpty)
    }

    @Test("the charge named in the author's words is what \"He denied the charge\" and «этого преступления» point back to")
    func pointersToCharges() {
        let en = Fixtures.cite("The court convicted Mr Baltubay of misappropriating union funds. He denied the charge.", date: "2019")
        #expect(en.map(\.text) == ["misappropriating union funds", "the charge"])
        #expect(en.last?.resolved?.cited == Fixtures.id("kz.cc.2014:189"))
        let ru = Fixtures.cite("Его обвинили в возбуждении социальной розни. Эксперты спорят об общественной опасности этого преступления.", date: "2020", language: "ru")
        #expect(ru.last?.text == "этого преступления")
        #expect(ru.last?.resolved?.cited == Fixtures.id("kz.cc.2014:174"))
    }

    @Test("\"Under the same articles\" points back to every article of the charges before it")
    func sameArticles() {
        let citations = Fixtures.cite("He was found guilty of participation in mass riots and hostage-taking. Under the same articles, a court sentenced another man.", date: "2023")
        #expect(citations.filter { $0.text == "the same articles" }.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272"), Fixtures.id("kz.cc.2014:261")])
    }
}

@Suite("Quoted lists of charges")
struct QuotedChargeListTests {
    @Test("“A,” “B,” and “C.”: the comma inside the quotes, an item no name covers, and the quote after an article stays its title")
    func americanQuotedList() {
        let citations = Fixtures.cite("He was found guilty of “participation in mass riots,” “shouting slogans,” “use of violence against a government official,” and “taking a serviceman hostage.” He got four years.", date: "2023")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272"), Fixtures.id("kz.cc.2014:380"), Fixtures.id("kz.cc.2014:261")])
        #expect(citations.map(\.text) == ["participation in mass riots", "use of violence against a government official", "taking a serviceman hostage"])
        // An item in the author's words that a heading's words cover is an offence of the list too.
        let attack = Fixtures.cite("He was found guilty of “participation in mass riots,” “invasion of a building,” and “taking a serviceman hostage.”", date: "2023")
        #expect(attack.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:272"), Fixtures.id("kz.cc.2014:269"), Fixtures.id("kz.cc.2014:261")])
        let titled = Fixtures.cite("He is charged with Art. 170-2, \"calls for the violent overthrow of the state or change of the constitutional order\".", date: "2012")
        #expect(titled.map(\.text) == ["Art. 170-2"])
    }
}

@Suite("A heading's name held whole by single quotes")
struct SingleQuotedNameTests {
    @Test("“for ‘knowingly false denunciation’”: a derived name the quotes hold whole counts after a bare cue; an apostrophe is no quote")
    func singleQuotes() {
        let citations = Fixtures.cite("He was sentenced to four years in prison for ‘knowingly false denunciation’ and ‘dissemination of knowingly false information’.", date: "2024")
        #expect(citations.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:419"), Fixtures.id("kz.cc.2014:274")])
        // Unquoted after a bare "for", the same words stay unread: a derived name needs a proceeding's cue.
        #expect(Fixtures.cite("He was sentenced to four years in prison for knowingly false denunciation.", date: "2024").isEmpty)
    }
}

@Suite("Words a text uses where the heading has others")
struct HeadingSynonymTests {
    @Test("\"invasion\" for the heading's \"attack\", «гостайны» for «государственных секретов», \"official\" for \"representative of authority\"")
    func synonyms() {
        #expect(Fixtures.cite("He was charged with invasion of buildings.", date: "2022").first?.resolved?.cited == Fixtures.id("kz.cc.2014:269"))
        let ru = Fixtures.cite("Его осудили по обвинению в государственной измене и разглашении гостайны.", date: "2022", language: "ru")
        #expect(ru.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:175"), Fixtures.id("kz.cc.2014:185")])
        #expect(Fixtures.cite("He was charged with theft and violence towards an official.", date: "2023").compactMap(\.resolved?.cited).contains(Fixtures.id("kz.cc.2014:380")))
        // A synonym adds heading words, it does not replace the text's own: "buildings" alone names nothing.
        #expect(Fixtures.cite("He was charged with damage to buildings.", date: "2022").allSatisfy { $0.resolved?.cited != Fixtures.id("kz.cc.2014:269") })
    }
}

@Suite("One of a heading's alternatives")
struct HeadingAlternativeTests {
    @Test("«призывах к насильственному захвату власти» names «Пропаганда или публичные призывы к захвату или удержанию власти»; «присвоении чужого имущества» names «Присвоение или растрата вверенного чужого имущества»")
    func oneAlternative() {
        let calls = Fixtures.cite("Его осудили по обвинению в разжигании социальной розни и призывах к насильственному захвату власти.", date: "2018", language: "ru")
        #expect(calls.compactMap(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174"), Fixtures.id("kz.cc.2014:179")])
        let property = Fixtures.cite("Их обвиняют в мошенничестве и присвоении чужого имущества.", date: "2025", language: "ru")
        #expect(property.last?.resolved?.cited == Fixtures.id("kz.cc.2014:189"))
    }

    @Test("a heading's alternatives are the words either side of «или» and \"or\"; the round trip of the table keeps them")
    func choicesInClauses() {
        let registry = Fixtures.registry
        let derived = DerivedChargeTable.derive(registry: registry)
        let calls = derived.clauses.filter { $0.id == Fixtures.id("kz.cc.2014:179") && $0.texts.contains("призыв") }
        let text = { (clause: HeadingCharges.Clause, key: UInt64) in clause.texts[clause.stems.firstIndex(of: key) ?? 0] }
        #expect(calls.contains { clause in clause.choices.contains { Set($0.map { text(clause, $0) }) == ["призыв", "пропаг"] } })
        #expect(calls.contains { clause in clause.choices.contains { Set($0.map { text(clause, $0) }) == ["захват", "удержа"] } })
    }
}

@Suite("The act a charge's words name first")
struct ChargeHeadWordTests {
    @Test("words that share an offence's objects but not its act name no offence: an attack on a serviceman's life is no evasion of military service")
    func actWordMustMatch() {
        let attack = Fixtures.cite("He was sentenced for participation in mass riots and attack on the life of a military serviceman.", date: "2023")
        #expect(!attack.contains { $0.resolved?.cited == Fixtures.id("kz.cc.2014:387") })
        #expect(attack.first?.resolved?.cited == Fixtures.id("kz.cc.2014:272"))
        #expect(Fixtures.cite("He was charged with evasion of military service.", date: "2023").first?.resolved?.cited == Fixtures.id("kz.cc.2014:387"))
    }
}
