import Foundation
import Testing
@testable import Concord

/// A briefing as Markdown, with helpers to read its tables and sections.
struct BriefingText {
    let text: String

    init(_ queries: [String], generated: String = "2026-12-01") {
        let ids = queries.map { Fixtures.id($0) }
        text = Briefing(corpus: CorpusFixture.corpus, generated: LegalDate(generated)!).render(ids)
    }

    /// The text from a "## " heading to the next heading of the same level.
    func section(_ heading: String) -> Substring {
        guard let start = text.range(of: "\n## \(heading)\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }

    /// The cells of the table row that starts with `first` in a section.
    func row(_ first: String, in heading: String) -> [String]? {
        for line in section(heading).split(separator: "\n") where line.hasPrefix("| \(first) |") {
            return line.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}

@Suite("Briefings: every line defensible")
struct BriefingTests {
    @Test("an outcome under another provision is not shown as the outcome under this one (Bokaev under 488)")
    func outcomeOnTheRightProvision() throws {
        let brief = BriefingText(["kz.coao.2014:488"])
        let row = try #require(brief.row("Maks Bokaev", in: "Cases"))
        // Who | Charge | First event | Latest under these numbers | Afterwards | Sources
        #expect(row[3].contains("10-15 days"), "\(row)")
        #expect(!row[3].contains("five years"), "\(row)")
        #expect(row[4].contains("kz.cc.2014:174 (another provision)") && row[4].contains("five years"), "\(row)")
    }

    @Test("a dropped charge is said to be dropped, and the sentence under the other provision is shown apart (Kashkumbaev under 164)")
    func droppedCharge() throws {
        let brief = BriefingText(["kz.cc.2014:174"])
        let row = try #require(brief.row("Bakhytzhan Kashkumbaev", in: "Cases"))
        #expect(row[3].contains("charges dropped") && row[3].contains("was dropped"), "\(row)")
        #expect(!row[3].contains("suspended"), "\(row)")
        #expect(row[4].contains("kz.cc.1997:103") && row[4].contains("suspended"), "\(row)")
    }

    @Test("a surname alone is not another person's: Nurlan Sadykov is not Aidos Sadykov")
    func surnameAlone() throws {
        let matcher = CaseMatcher(cases: CorpusFixture.corpus.cases, registry: Fixtures.registry)
        func analyse(_ body: String) throws -> Citer.Analysis {
            Fixtures.citer.analyze(try Document(path: "x.txt", text: "---\ndate: 2020-05\n---\n" + body))
        }
        let other = try analyse("Journalist Nurlan Sadykov was detained in Almaty. Sadykov said he would appeal.")
        #expect(!matcher.mentions(in: other).contains { $0.caseID == "aidos-sadykov" })
        let rejected = matcher.rejectedSurnames(in: other)
        #expect(rejected.count == 2)
        #expect(rejected.first?.basis.contains("Nurlan") == true)
        // With the full name elsewhere, but another Sadykov named too, the bare surname stays ambiguous.
        let both = try analyse("Nurlan Sadykov spoke. Aidos Sadykov was jailed. Sadykov appealed.")
        #expect(matcher.mentions(in: both).filter { $0.caseID == "aidos-sadykov" }.map(\.text) == ["Aidos Sadykov"])
        // Supported: a year of one of his events in the sentence, or his full name in the text.
        let year = try analyse("In 2010 Sadykov was sentenced to two years.")
        #expect(matcher.mentions(in: year).map(\.caseID) == ["aidos-sadykov"])
        #expect(matcher.mentions(in: year).first?.basis.contains("2010") == true)
        let alone = try analyse("Sadykov spoke at the meeting.")
        #expect(matcher.mentions(in: alone).isEmpty)
    }

    @Test("a UPR recommendation relayed by a later report is dated by its review and named by its document, and the disagreement is in the timeline")
    func recommendationIdentity() {
        let brief = BriefingText(["kz.cc.2014:174"])
        let timeline = brief.section("Timeline")
        let y2010 = timeline[timeline.range(of: "### 2010")!.upperBound...].prefix(1200)
        #expect(y2010.contains("A/HRC/14/10") && y2010.contains("124.4 (Brazil)"))
        #expect(y2010.contains("relayed by Amnesty International in 2019-03"))
        #expect(y2010.contains("speaks of the review of 2015"))
        // The report's words are quoted as its words, not as the recommendation.
        #expect(y2010.contains("whose words are:"))
        let row = BriefingText(["kz.cc.2014:174"]).row("UPR recommendations A/HRC/14/10, recommendations 124.4 (Brazil), 124.5 (Chile)", in: "Recommendations")
        // Recommendation | Made | Asks | Response | Later assessment | Targets | Relayed by | The report's words | Source
        #expect(row?[1] == "2010 by its document, 2015 by the report's words: the sources disagree")
        #expect(y2010.hasPrefix("\n\n- **2010 to 2015** — "))
        // Amnesty assesses the recommendations it relays, not HRW's own call.
        #expect(row?[4].hasPrefix("not implemented (Amnesty International, 2019-03)") == true)
        #expect(BriefingText(["kz.cc.2014:174"]).row("Human Rights Watch (UPR submission)", in: "Recommendations")?[4] == "—")
        // A past participle ("adopted in 2014") is not something asked for.
        #expect(row?[2] == "define, bring into conformity")
        #expect(row?[6] == "Amnesty International, 2019-03")
    }

    @Test("one case event reported twice is one entry with both sources; outlets of one decision are one entry; bans are bans")
    func noDuplicates() {
        let timeline = BriefingText(["kz.cc.2014:174"]).section("Timeline")
        let kozlov = timeline.split(separator: "\n").filter { $0.contains("Vladimir Kozlov: sentenced") }
        #expect(kozlov.count == 1)
        #expect(kozlov.first?.contains("(2 sources)") == true)
        let sokolova = timeline.split(separator: "\n").filter { $0.contains("Natalia Sokolova: sentenced ") }
        #expect(sokolova.count == 1, "\(sokolova)")
        #expect(sokolova.first?.hasPrefix("- **2011-08-08**") == true)
        let outlets = timeline.split(separator: "\n").filter { $0.contains("Golos Respubliki") }
        // One entry per outcome: the newspapers' and the channels' bans differ.
        #expect(outlets.count == 1)
        #expect(outlets.first?.contains("Golos Respubliki, Vzglyad: banned (inciting social discord) — newspaper and affiliated websites banned by court") == true, "\(outlets)")
        #expect(timeline.contains("K+, Stan.TV: banned (inciting social discord) — prohibited from broadcasting by court"))
        // A sentence on several charges names them all.
        #expect(timeline.contains("on charges under `kz.cc.1997:164, kz.cc.1997:334` together"))
        let riots = BriefingText(["kz.cc.1997:241"]).section("Timeline")
        #expect(riots.contains("Maksat Dosmagambetov: sentenced") && riots.contains("Rosa Tuletaeva: sentenced"))
        #expect(!riots.contains("Maksat Dosmagambetov, Rosa Tuletaeva"))
        #expect(!timeline.contains("Democratic Choice of Kazakhstan: convicted"))
        #expect(timeline.contains("Democratic Choice of Kazakhstan: declared extremist"))
    }

    @Test("every quoted mention contains the words cited and stops where its sentence does, not in the endnotes")
    func boundedQuotes() throws {
        let appendix = BriefingText(["kz.cc.2014:174"]).section("Appendix: every mention in the reports")
        var checked = 0
        for line in appendix.split(separator: "\n") where line.hasPrefix("- line ") {
            let parts = line.components(separatedBy: "”")
            let cited = try #require(parts.first?.components(separatedBy: "“").last)
            let quote = try #require(line.range(of: " — “", options: .backwards).map { String(line[$0.upperBound...].dropLast()) })
            #expect(quote.contains(cited), "\(line)")
            #expect(quote.count <= Quote.limit + 2, "\(line)")
            #expect(!quote.contains("http"), "\(line)")
            checked += 1
        }
        #expect(checked == 22)
        let sentence = try #require(CorpusFixture.corpus.analysis(ofReport: "hrw-2014-upr-submission.txt")?.report.citations
            .first { $0.text.contains("religious") && $0.sentence.contains("re- arrested") }?.sentence)
        #expect(!sentence.contains("HRW Letter") && sentence.count < 400, "\(sentence)")
    }

    @Test("quotes: the cited words, the sentence around them, an ellipsis where shortened")
    func quoteRules() {
        #expect(Quote.around("Article 174", in: "Earlier text. He was charged under Article 174 of the Code. Later text.") == "He was charged under Article 174 of the Code.")
        #expect(Quote.around("inciting discord", in: "It was “inciting discord.”23 Ibid., p. 4.") == "It was “inciting discord.”")
        let long = String(repeating: "word ", count: 100) + "Article 174" + String(repeating: " more", count: 100)
        let quote = Quote.around("Article 174", in: long)!
        #expect(quote.hasPrefix("…") && quote.hasSuffix("…") && quote.contains("Article 174") && quote.count <= Quote.limit + 2)
        #expect(Quote.around("absent", in: "Nothing here.") == nil)
    }

    @Test("the provision as it stands today comes first: heading, status, latest change, earlier heading, predecessor, people by year")
    func todayFirst() {
        let text = BriefingText(["kz.cc.1997:164"]).text
        let today = text.range(of: "## The provision today")!, summary = text.range(of: "## Summary")!
        #expect(today.lowerBound < summary.lowerBound)
        let part = text[today.upperBound..<summary.lowerBound]
        #expect(part.contains("Article 174 of the Criminal Code of the Republic of Kazakhstan (2014) (kz.cc.2014:174)."))
        #expect(part.contains("in force since 2015-01-01"))
        #expect(part.contains("Law No. 94-VIII of 2024-06-19"))
        #expect(part.contains("**Earlier headings:**") && part.contains("act 349-VI"))
        #expect(part.contains("**Before:** Article 164 of the Criminal Code of the Republic of Kazakhstan (1997) (kz.cc.1997:164), renumbered as kz.cc.2014:174 on 2015-01-01"))
        #expect(part.contains("7 people charged, tried or sentenced under these numbers") && part.contains("2011: Natalia Sokolova"))
        // Organisations are not said to have been prosecuted: courts banned them on grounds the sources word as the offence.
        #expect(part.contains("5 organisations that courts banned, dissolved or declared extremist, or that were investigated, on grounds the sources give in the words of these offences"))
    }

    @Test("citations are one row per report, with every mention in the appendix")
    func compactCitations() {
        let brief = BriefingText(["kz.cc.2014:174"])
        let rows = brief.section("Reports that cite it").split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Report |") && !$0.hasPrefix("| --- ") }
        #expect(rows.count == 4)
        let counts = rows.compactMap { Int($0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[2]) }
        #expect(counts.reduce(0, +) == 22)
        #expect(!brief.section("Timeline").contains(" cites “"))
    }

    @Test("wording: no doubled words, laws named as laws, counts agree")
    func wording() {
        let text = Briefing(corpus: CorpusFixture.corpus, generated: LegalDate("2026-12-01")!).render(CorpusFixture.corpus.citedProvisions())
        for bad in ["the draft Draft", "the On ", "of the On ", " 1 reports", " 1 events", " 1 mentions", " 1 cases", " 1 recommendations",
                    " 1 citations", "1 of the 5 reports cite ", "in force in force", "  "] {
            #expect(!text.contains(bad), "\(bad)")
        }
        #expect(text.contains("Article 10 of the decree-law “On the procedure for organising and holding peaceful assemblies"))
        #expect(text.contains("the draft Criminal Code of the Republic of Kazakhstan (first reading, January 2014)"))
        #expect(text.contains("**How to read the marks.**"))
    }

    @Test("an unverified fact carries its mark in the versions table; a verified end date does not")
    func marks() throws {
        let draft = try #require(BriefingText(["kz.cc.2014-draft:400"]).row("draft Criminal Code of the Republic of Kazakhstan (first reading, January 2014)", in: "Versions"))
        #expect(draft[3] == "draft of 2014-01 *unverified*", "\(draft)")
        let constitution = try #require(BriefingText(["kz.constitution.1995:32"]).row("Constitution of the Republic of Kazakhstan (1995)", in: "Versions"))
        #expect(constitution[3] == "1995-09-05 – 2026-06-30", "\(constitution)")
    }

    @Test("the HTML briefing is one self-contained page whose note links all land, with report text escaped")
    func html() {
        let html = Briefing(corpus: CorpusFixture.corpus, generated: LegalDate("2026-12-01")!).html([Fixtures.id("kz.cc.2014:174")])
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("src=\"http"))
        #expect(html.components(separatedBy: "<table>").count - 1 == 5)
        let targets = Set(html.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(!targets.isEmpty)
        for target in targets { #expect(html.contains("id=\"\(target)\""), "\(target)") }
    }
}

@Suite("Briefings: what a second reader found")
struct BriefingReviewTests {
    @Test("a heading is shown as it read on each day: 488 before 2020, 174 on 2015-01-01")
    func headingsInTime() {
        let brief = BriefingText(["kz.coao.2014:488"]).text
        #expect(brief.contains("**Earlier headings:** as enacted “Violation of the legislation of the Republic of Kazakhstan on the procedure for organising and holding peaceful assemblies, rallies, processions, pickets and demonstrations"))
        let timeline = BriefingText(["kz.cc.2014:174"]).section("Timeline")
        #expect(timeline.contains("kz.cc.2014:174 in force with the Criminal Code of the Republic of Kazakhstan (2014) (Stirring up"))
    }

    @Test("no one is counted under a provision the source does not name")
    func noInferredCharge() {
        #expect(!BriefingText(["kz.coao.2014:488"]).text.contains("Ukteshbayev"))
    }

    @Test("a treaty article a recommendation asks domestic law to meet is the standard, not the object")
    func treatyAsStandard() {
        let timeline = BriefingText(["un.iccpr:19"]).section("Timeline")
        #expect(timeline.contains("recommends: amend, ensure, bring into conformity `kz.cc.1997:164` in line with `un.iccpr:19`"), "\(timeline)")
    }

    @Test("the latest change includes a repeal, and a change whose act is not known says so")
    func latestChange() {
        let today = BriefingText(["kz.cc.2014:373"]).section("The provision today")
        #expect(today.contains("**Latest change recorded:** repealed by Law No. 23-VIII"), "\(today)")
        #expect(!BriefingText(["kz.cc.2014:373"]).text.contains("changed by of"))
    }

    @Test("days in force the data does not confirm carry the mark; succession evidence is what the data says")
    func unverifiedDates() throws {
        let row = try #require(BriefingText(["kz.coao.2014:488"]).row("Code of the Republic of Kazakhstan on Administrative Offences (2001)", in: "Versions"))
        #expect(row[3].hasSuffix("*unverified*"), "\(row)")
        #expect(BriefingText(["kz.cc.2014:272"]).text.contains("(inferred evidence)"))
    }

    @Test("event words are not repeated, and problems are named in words")
    func wording() {
        let text = Briefing(corpus: CorpusFixture.corpus, generated: LegalDate("2026-12-01")!).render(CorpusFixture.corpus.citedProvisions())
        for bad in ["appeal rejected: appeal rejected", "released: released", "a *unknown", "known by compared", "from between", "changed by of", "#### 2014–"] {
            #expect(!text.contains(bad), "\(bad)")
        }
    }
}

@Suite("A text's date from its own words")
struct DateClueTests {
    func date(_ text: String) -> LegalDate? {
        Fixtures.citer.analyze(Document(path: "x", text: text, metadata: FrontMatter())).report.document.date
    }

    @Test("a dateline wins over a later hearing the text announces")
    func dateline() {
        #expect(date("ALMATY, 14 May 2021. Activist X was charged. The hearing is set for September 2022.") == LegalDate("2021-05-14"))
        #expect(date("Алматы, 14 мая 2021 г. Суд назначен на сентябрь 2022 года.") == LegalDate("2021-05-14"))
        #expect(date("2021-05-14\nThe hearing is set for September 2022.") == LegalDate("2021-05-14"))
    }

    @Test("a full date inside the opening sentence is an event, not a dateline")
    func eventDate() {
        #expect(date("On 16 December 2011, police opened fire in Zhanaozen. In March 2012 more trials began.") == LegalDate("2012-03"))
    }
}
