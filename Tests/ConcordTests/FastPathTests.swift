import Foundation
import Testing
import ConcordCorpora
@testable import Concord

/// The fast path (segmented cleaner, filtered pattern indexes, direct JSON writer) must give exactly
/// what the plain reference path gives, on every bundled report and on generated documents.
@Suite("Fast path against the reference path")
struct FastPathTests {
    static let reference = Citer(registry: Fixtures.registry, reference: true)

    func expectSame(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = JSONWriter.compact(CitationJSON.value(Fixtures.citer.cite(document)))
        let slow = JSONWriter.compact(CitationJSON.value(Self.reference.cite(document)))
        #expect(fast == slow, "\(document.path)", sourceLocation: sourceLocation)
        let fastClean = TextCleaner.clean(document.text, from: document.bodyStart)
        let slowClean = ReferenceTextCleaner.clean(document.text, from: document.bodyStart)
        #expect(fastClean.bytes == slowClean.bytes, "\(document.path)", sourceLocation: sourceLocation)
        #expect(fastClean.origin == slowClean.origin, "\(document.path)", sourceLocation: sourceLocation)
    }

    @Test("every bundled report")
    func bundled() throws {
        for url in Fixtures.dataSet.reportFiles() {
            expectSame(try Document.read(path: url.path, displayName: url.lastPathComponent))
        }
    }

    @Test("excerpts of unseen reports in both languages (the thirteenth blind gold's texts)")
    func unseenExcerpts() throws {
        let folder = Fixtures.gold.appendingPathComponent("blind13/texts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 16)
        for file in files { expectSame(try Document.read(path: folder.appendingPathComponent(file).path, displayName: file)) }
    }

    @Test("the start gate passes a function word only before a word a pattern it starts goes on with")
    func startGate() {
        let grammar = Fixtures.citer.grammar
        func passes(_ text: String) -> Bool { grammar.startGate.mayStart(Tokenizer.tokenize(text), at: 0) }
        #expect(passes("the same charge"))
        #expect(passes("on charges of theft"))
        #expect(passes("inciting discord"))
        #expect(!passes("the government said"))
        #expect(!passes("on Monday"))
    }

    @Test("generated documents in English and Russian, and text with every cleaning case")
    func generated() {
        let generator = SyntheticCorpus(reports: Fixtures.dataSet.readReports().documents)
        for seed in 1...24 {
            let (text, language) = generator.document(bytes: 3_000, seed: UInt64(seed))
            expectSame(Document(path: "generated-\(seed)", text: text, metadata: FrontMatter(date: LegalDate("2019"), language: language)))
        }
        let messy = "Crimi-\nnal Code.ii Next \u{F0B7} Art. 174 «ст. 174» оn time – done.iIn 2013\u{00AD} the Kаzakh law.\n\n7\n\nArticle \n4 of the OPCAT.2 However"
        expectSame(Document(path: "messy", text: messy, metadata: FrontMatter(date: LegalDate("2019"))))
    }

    @Test("adversarial inputs, small")
    func adversarial() {
        expectSame(Document(path: "markers", text: String(repeating: "Article ", count: 2_000), metadata: FrontMatter(date: LegalDate("2019"))))
        var list = "Articles "
        for k in 1...2_000 { list += "\(k), " }
        list += "and 2001 of the Criminal Code."
        expectSame(Document(path: "list", text: list, metadata: FrontMatter(date: LegalDate("2019"))))
        expectSame(Document(path: "parens", text: String(repeating: "(", count: 5_000) + "Article 174" + String(repeating: ")", count: 5_000), metadata: FrontMatter(date: LegalDate("2019"))))
    }
}

@Suite("The JSON Lines mapper")
struct JSONLinesMapperTests {
    @Test("one output line per input line, in order, equal to citing the file; bad lines say why")
    func mapper() throws {
        let url = Fixtures.reports.appendingPathComponent("amnesty-2019-upr-submission.txt")
        let document = try Document.read(path: url.path, displayName: "amnesty")
        var lines: [[UInt8]] = []
        var line = [UInt8]()
        JSONWriter.appendCompact(.object([("id", .string("amnesty")), ("text", .string(document.text))]), to: &line)
        lines.append(line)
        lines.append(Array("{\"id\": 7, \"date\": \"2019\", \"text\": \"Article 164 of the Criminal Code on inciting discord.\"}".utf8))
        lines.append(Array("{not json".utf8))
        lines.append(Array("{\"id\": \"x\", \"date\": \"2019-02-30\", \"text\": \"\"}".utf8))
        for threads in [1, 2] {
            let mapper = JSONLinesMapper(citer: Fixtures.citer, threads: threads, batchSize: 2)
            let out = mapper.map(batch: lines.enumerated().map { (ArraySlice($0.element), $0.offset + 1) }).map { String(decoding: $0, as: UTF8.self) }
            #expect(out.count == 4)
            guard case .array(let viaMapper)? = try JSONParser.parse(Array(out[0].utf8)).value["citations"],
                  case .array(let direct)? = CitationJSON.value(Fixtures.citer.cite(document))["citations"] else { Issue.record("no citations"); return }
            #expect(viaMapper == direct)
            #expect(out[1].hasPrefix("{\"id\":7,") && out[1].contains("\"flags\":[\"stale\"]"))
            #expect(out[2].contains("\"line\":3") && out[2].contains("malformed JSON"))
            #expect(out[3].contains("\"line\":4") && out[3].contains("not a real date"))
        }
    }

    @Test("the benchmark's corpus of reports alone cites each report as its file does, with its date and language")
    func reportsCorpus() throws {
        let reports = Fixtures.dataSet.readReports().documents
        let (text, documents) = SyntheticCorpus(reports: reports).reportLines(bytes: 1)
        #expect(documents == 1)
        let line = Array(text.dropLast())
        #expect(text.last == 0x0A)
        let out = JSONLinesMapper(citer: Fixtures.citer, threads: 1, batchSize: 1).map(batch: [(ArraySlice(line), 1)])
        let body = Document(path: "body", text: String(decoding: Array(reports[0].text.utf8)[reports[0].bodyStart...], as: UTF8.self), metadata: reports[0].metadata)
        guard case .array(let viaCorpus)? = try JSONParser.parse(out[0]).value["citations"],
              case .array(let direct)? = CitationJSON.value(Fixtures.citer.cite(body))["citations"] else { Issue.record("no citations"); return }
        #expect(!direct.isEmpty)
        #expect(viaCorpus == direct)
    }
}
