import Foundation
import Testing
@testable import Concord

enum CorpusFixture {
    static let corpus: Corpus = {
        do { return try Corpus.build(Fixtures.dataSet) } catch { fatalError("corpus: \(error)") }
    }()
}

@Suite("The case registry")
struct CaseRegistryTests {
    let corpus = CorpusFixture.corpus

    @Test("every case has at least one sourced event, and every quote stands at its offsets in its report")
    func sourcedEvents() throws {
        #expect(corpus.cases.count >= 30)
        for legalCase in corpus.cases {
            #expect(!legalCase.events.isEmpty, "\(legalCase.id)")
            for event in legalCase.events {
                let bytes = Array(try String(contentsOf: Fixtures.reports.appendingPathComponent(event.source.report), encoding: .utf8).utf8)
                #expect(event.source.end <= bytes.count)
                #expect(String(decoding: bytes[event.source.start..<event.source.end], as: UTF8.self) == event.source.quote, "\(legalCase.id)")
                for provision in event.provisions {
                    let record = Fixtures.registry.provision(provision)!
                    let life = Fixtures.registry.life(of: record)!
                    #expect(event.date.last >= life.from.earliest && (life.until.map { event.date.first <= $0.latest } ?? true), "\(legalCase.id) \(provision) on \(event.date)")
                }
            }
        }
    }

    @Test("the people prosecuted for inciting discord are linked to 1997 art. 164 or 2014 art. 174 by date")
    func discordCases() {
        let byName = Dictionary(uniqueKeysWithValues: corpus.cases.map { ($0.name, $0) })
        for (name, expected) in [("Natalia Sokolova", "kz.cc.1997:164"), ("Vladimir Kozlov", "kz.cc.1997:164"), ("Aleksandr Kharlamov", "kz.cc.1997:164"),
                                 ("Talgat Ayan", "kz.cc.2014:174"), ("Ardak Ashim", "kz.cc.2014:174")] {
            #expect(byName[name]?.provisions.contains(Fixtures.id(expected)) == true, "\(name)")
        }
        #expect(corpus.cases.contains { $0.variants.contains("Bokayev") && $0.provisions.contains(Fixtures.id("kz.cc.2014:174")) })
    }

    @Test("mentions are matched through name variants, in a text the registry has never seen")
    func variants() throws {
        let matcher = CaseMatcher(cases: corpus.cases, registry: Fixtures.registry)
        let text = "Max Bokaev and Amin Eleusinov were detained; Maksat Dosmagametov remained in prison."
        let analysis = Fixtures.citer.analyze(Document(path: "new.txt", text: text, metadata: FrontMatter(date: LegalDate("2018"))))
        let ids = Set(matcher.mentions(in: analysis).map(\.caseID))
        #expect(ids.count == 3)
        #expect(ids.contains { $0.contains("bokaev") || $0.contains("bokayev") })
    }

    @Test("case candidates: a name near a proceeding that the registry does not know")
    func candidates() {
        let matcher = CaseMatcher(cases: corpus.cases, registry: Fixtures.registry)
        let text = "In May, a court in Almaty sentenced Serik Nurlanov to three years under Article 174 of the Criminal Code. Maks Bokaev remained in prison."
        let analysis = Fixtures.citer.analyze(Document(path: "new.txt", text: text, metadata: FrontMatter(date: LegalDate("2019"))))
        let names = matcher.candidates(in: analysis).map(\.name)
        #expect(names == ["Serik Nurlanov"])
    }

    @Test("case candidates from a news item: full names with an event and a charge, not its headline, without raw newlines")
    func newsCandidates() throws {
        let matcher = CaseMatcher(cases: corpus.cases, registry: Fixtures.registry)
        let text = """
            Kazakhstan: Activist Charged Over Social Media Posts

            Aigerim Tleuzhan was charged under Article 274 of the Criminal Code for posts on social media. Ms Tleuzhan denies the charge.

            Police detained journalist Makhambet Abzhan in the capital; he was charged with disseminating false information under article 274.
            """
        let analysis = Fixtures.citer.analyze(Document(path: "news.txt", text: text, metadata: FrontMatter(date: LegalDate("2021-05"))))
        let found = matcher.candidates(in: analysis)
        #expect(Set(found.map(\.name)) == ["Aigerim Tleuzhan", "Makhambet Abzhan"])
        for candidate in found {
            #expect(!candidate.sentence.contains("\n") && !candidate.sentence.contains("Headline") && !candidate.sentence.contains("Posts"), "\(candidate.sentence)")
            #expect(candidate.reasons.contains("kz.cc.2014:274"))
        }
        let russian = "Суд в Алматы осудил Серика Нурланова по статье 174 УК РК."
        let ru = Fixtures.citer.analyze(Document(path: "ru.txt", text: russian, metadata: FrontMatter(date: LegalDate("2019"), language: "ru")))
        #expect(matcher.candidates(in: ru).map(\.name) == ["Серика Нурланова"])
    }

    @Test("a case file with a misplaced quote is refused with its line")
    func misplacedQuote() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-cases-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.reports, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("cases.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        let range = text.range(of: "\"start\": ")!
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        text.replaceSubrange(range.upperBound..<text.index(range.upperBound, offsetBy: digits.count), with: String(Int(digits)! + 1))
        try text.write(to: url, atomically: true, encoding: .utf8)
        let (_, problems) = CaseLoader.load(reportsDirectory: directory, registry: Fixtures.registry)
        #expect(problems.contains { $0.message.contains("the quote is not found at") && $0.line > 0 })
    }
}

@Suite("Recommendations found in each report")
struct RecommendationTests {
    let corpus = CorpusFixture.corpus

    func recommendations(_ report: String) -> [Recommendation] { corpus.recommendations.filter { $0.report == report } }

    @Test("the number of recommendations, counted by hand in each report")
    func counts() {
        // Amnesty 2019: 19 list items, and 4 sets of UPR recommendations reported in the text.
        #expect(recommendations("amnesty-2019-upr-submission.txt").filter { $0.origin == .list }.count == 19)
        #expect(recommendations("amnesty-2019-upr-submission.txt").filter { $0.origin == .reported }.count == 4)
        // HRW 2014: 13 bulleted recommendations (the bullets survive only as an indent), 6 quoted UPR recommendations.
        #expect(recommendations("hrw-2014-upr-submission.txt").filter { $0.origin == .list }.count == 13)
        #expect(recommendations("hrw-2014-upr-submission.txt").filter { $0.origin == .reported }.count == 6)
        // ISHR 2014: 12 "The State should ..." items.
        #expect(recommendations("ishr-2014-hrd-briefing.txt").filter { $0.origin == .list }.count == 12)
        // The World Reports make no recommendations of their own.
        #expect(recommendations("hrw-world-report-2012.txt").isEmpty)
        #expect(recommendations("hrw-world-report-2019.txt").isEmpty)
    }

    @Test("targets are resolved through renumbering, and a stale number is flagged")
    func targets() {
        let amnesty = recommendations("amnesty-2019-upr-submission.txt")
        let amend164 = amnesty.first { $0.text.hasPrefix("Substantially amend Article 164") }
        #expect(amend164?.targets.contains(Fixtures.id("kz.cc.1997:164")) == true)
        #expect(amend164?.currentTargets.contains(Fixtures.id("kz.cc.2014:174")) == true)
        #expect(amend164?.citationFlags.contains(.stale) == true)
        #expect(amend164?.actions.first == "amend")
        #expect(amnesty.first { $0.text.hasPrefix("Repeal Article 274") }?.targets == [Fixtures.id("kz.cc.2014:274")])
        #expect(amnesty.first { $0.text.hasPrefix("Repeal Article 400") }?.actions.first == "repeal")

        let hrw = recommendations("hrw-2014-upr-submission.txt")
        #expect(hrw.first { $0.targets.contains(Fixtures.id("kz.assembly.1995:10")) }?.actions.first == "abolish")
        #expect(hrw.first { $0.theme == "Freedom of expression" }?.targets == [Fixtures.id("kz.cc.1997:164")])

        let ishr = recommendations("ishr-2014-hrd-briefing.txt")
        #expect(ishr.first { $0.targets.contains(Fixtures.id("kz.cc.1997:317-1")) }?.actions.first == "revoke")
    }

    @Test("reported UPR recommendations carry their footnoted references, states, response and year")
    func uprReferences() {
        let reported = recommendations("amnesty-2019-upr-submission.txt").filter { $0.origin == .reported }
        let discord = reported.first { $0.targets.contains(Fixtures.id("kz.cc.1997:164")) }
        #expect(discord?.upr?.document == "A/HRC/14/10")
        #expect(discord?.upr?.items.map(\.number) == ["124.4", "124.5"])
        #expect(discord?.issuer == "Brazil, Chile")
        #expect(discord?.response == "accepted")
        #expect(discord?.date == LegalDate("2010"))
        // The text speaks of the 2015 review while the symbol belongs to 2010: said, not hidden.
        #expect(discord?.notes.contains { $0.contains("2015") && $0.contains("2010") } == true)
    }

    @Test("a later report's assessment of implementation is kept with its source")
    func assessment() {
        let assessment = corpus.assessments.first { $0.targets.contains(Fixtures.id("kz.cc.2014:174")) }
        #expect(assessment?.status == "not implemented")
        #expect(assessment?.passage.quote.contains("has not been changed") == true)
    }
}

@Suite("Histories and briefings")
struct HistoryTests {
    let corpus = CorpusFixture.corpus

    @Test("164 and 174 give the same history, merged in date order")
    func sameHistory() {
        let a = History(of: Fixtures.id("kz.cc.1997:164"), in: corpus)
        let b = History(of: Fixtures.id("kz.cc.2014:174"), in: corpus)
        #expect(a.chain == b.chain)
        #expect(a.entries == b.entries)
        #expect(a.chain == [Fixtures.id("kz.cc.1997:164"), Fixtures.id("kz.cc.2014:174")])
        let kinds = Set(a.entries.map(\.kind))
        #expect(kinds == Set(TimelineEntry.Kind.allCases))
        for (x, y) in zip(a.entries, a.entries.dropFirst()) {
            #expect(!TimelineEntry.order(y, x), "\(x.summary) / \(y.summary)")
        }
        // On the same day the statute event comes first.
        let switchDay = a.entries.filter { $0.date == DateSpec("2015-01-01") }
        #expect(switchDay.first?.kind == .statute)
    }

    @Test("the briefing on 174 shows the renumbering, the reports, the cases and the recommendations")
    func briefing174() {
        let text = Briefing(corpus: corpus, generated: LegalDate("2026-01-01")!).render([Fixtures.id("kz.cc.2014:174")])
        #expect(text.contains("kz.cc.1997:164 was renumbered as kz.cc.2014:174"))
        for name in ["Sokolova", "Kozlov", "Kharlamov", "Bokaev", "Ayan", "Ashim"] { #expect(text.contains(name), "\(name)") }
        #expect(text.contains("124.4 (Brazil)"))
        #expect(text.contains("Repeal or amend to be compatible"))
        #expect(text.contains("Substantially amend Article 164"))
        #expect(text.contains("## Citation problems in the sources"))
        #expect(text.contains("*stale*"))
        #expect(text.contains("Amnesty International, “Kazakhstan: Submission for the Universal Periodic Review (third cycle)”, 2019-03"))
        let other = Briefing(corpus: corpus, generated: LegalDate("2026-01-01")!).render([Fixtures.id("kz.cc.1997:164")])
        func timeline(_ t: String) -> Substring { t[t.range(of: "## Timeline")!.lowerBound..<t.range(of: "## Sources")!.lowerBound] }
        #expect(timeline(text) == timeline(other))
    }

    @Test("history renders as JSON and CSV with the same entries")
    func formats() {
        let history = History(of: Fixtures.id("kz.cc.2014:174"), in: corpus)
        guard case .array(let timeline)? = HistoryRenderer.json(history)["timeline"] else { Issue.record("no timeline"); return }
        #expect(timeline.count == history.entries.count)
        let rows = CSV.parse(HistoryRenderer.csv(history))
        #expect(rows.count == history.entries.count + 1)
        #expect(rows.allSatisfy { $0.count == HistoryRenderer.csvHeader.count })
    }
}

@Suite("Markdown that report text cannot break")
struct MarkdownEscapingTests {
    @Test("hostile text is shown literally", arguments: [
        "a | b | c", "`code`", "<script>alert(1)</script>", "[x](javascript:alert(1))", "<!-- hidden -->", "# heading", "[^1]: footnote",
        "![img](http://x/y.png)", "*bold* _it_", "- list", "1. list", "> quote", "&lt;entity&gt;", "line\nbreak", "~~strike~~", "\\", "<http://autolink>",
    ])
    func escaped(_ hostile: String) {
        let escaped = Markdown.escape(hostile)
        #expect(!escaped.contains("\n"))
        // Every markup character is preceded by a backslash.
        var previous: Character = " "
        for c in escaped {
            if "|`<>[]*_#&~!".contains(c) { #expect(previous == "\\", "\(hostile) -> \(escaped)") }
            previous = previous == "\\" && c == "\\" ? " " : c
        }
        #expect(!escaped.hasPrefix("-") && !escaped.hasPrefix("1.") && !escaped.hasPrefix("#"))
    }

    @Test("a briefing over a hostile report keeps its tables well-formed")
    func hostileReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let hostile = "---\ntitle: Evil | report <script>x</script>\npublisher: [Evil](javascript:alert(1))\ndate: 2019-03\n---\n" +
            "Recommendations\n\n• Repeal Article 174 of the Criminal Code | pipe `tick` <script>alert(1)</script> [x](javascript:alert(1)) <!-- c --> # h [^1].\n"
        try hostile.write(to: directory.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let dataSet = try DataSet.load(statutes: Fixtures.statutes, reports: directory)
        let corpus = try Corpus.build(dataSet)
        let text = Briefing(corpus: corpus, generated: LegalDate("2026-01-01")!).render([Fixtures.id("kz.cc.2014:174")])
        #expect(!text.contains("<script>"))
        #expect(!text.replacingOccurrences(of: "\\]", with: "").contains("](javascript:"), "an unescaped link")
        #expect(!text.contains("<!--"))
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            // Unescaped pipes delimit cells: every row of a table has as many as its header.
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(cells >= 4, "\(line)")
        }
        let tables = text.components(separatedBy: "\n\n").filter { $0.hasPrefix("| ") }
        for table in tables {
            let counts = table.split(separator: "\n").map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
            #expect(Set(counts).count == 1, "\(table)")
        }
    }
}

@Suite("The graph export")
struct ExportTests {
    @Test("a JSON export loads back into the same graph")
    func jsonRoundTrip() throws {
        let graph = Graph(corpus: CorpusFixture.corpus)
        let loaded = try Graph.load(json: JSONWriter.pretty(graph.json))
        #expect(loaded == graph)
        #expect(graph["citations"]!.rows.count == CorpusFixture.corpus.analyses.reduce(0) { $0 + $1.report.citations.count })
    }

    @Test("CSV tables parse back to the same cells, header first, stable columns")
    func csvRoundTrip() {
        let graph = Graph(corpus: CorpusFixture.corpus)
        for (name, text) in graph.csv {
            let table = graph[String(name.dropLast(4))]!
            let rows = CSV.parse(text)
            #expect(rows.first == table.columns)
            #expect(Array(rows.dropFirst()) == table.rows.map { $0.map(Graph.cellText) }, "\(name)")
        }
    }

    @Test("an export of another schema or version is refused")
    func refusesOthers() {
        #expect(throws: ConcordError.self) { try Graph.load(json: "{\"schema\": \"other\", \"version\": 1, \"tables\": {}}") }
        #expect(throws: ConcordError.self) { try Graph.load(json: "{\"schema\": \"concord-graph\", \"version\": 99, \"tables\": {}}") }
    }
}
