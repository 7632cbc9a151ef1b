import Foundation
import Testing
@testable import Concord

@Suite("Reading documents and their front matter")
struct DocumentTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-doc-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    func expectBadInput(_ bytes: [UInt8], _ message: String, line: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Document.read(path: path)
            Issue.record("accepted: \(message)", sourceLocation: sourceLocation)
        } catch {
            guard case .badInput(let diagnostic) = error else { Issue.record("wrong error \(error)", sourceLocation: sourceLocation); return }
            #expect(diagnostic.message.contains(message), "\(diagnostic)", sourceLocation: sourceLocation)
            #expect(diagnostic.file == path, sourceLocation: sourceLocation)
            if let line { #expect(diagnostic.line == line, "\(diagnostic)", sourceLocation: sourceLocation) }
            #expect(!diagnostic.description.contains("\n"), "one line", sourceLocation: sourceLocation)
        }
    }

    @Test("front matter gives title, publisher, date, url and language; offsets still count the whole file")
    func frontMatter() throws {
        let text = "---\ntitle: A report\npublisher: Someone\ndate: 2014-03\nurl: https://example.org\nlanguage: en\n---\nArticle 174 of the Criminal Code."
        let document = try Document(path: "x", text: text)
        #expect(document.metadata.title == "A report")
        #expect(document.metadata.date == LegalDate("2014-03"))
        #expect(document.metadata.language == "en")
        #expect(document.bodyStart == text.utf8.count - "Article 174 of the Criminal Code.".utf8.count)
        let citation = Fixtures.citer.cite(document).citations.first!
        #expect(Array(text.utf8)[citation.start..<citation.end].elementsEqual("Article 174".utf8))
    }

    @Test("a text without front matter is read whole, and an empty front matter is allowed")
    func noFrontMatter() throws {
        #expect(try Document(path: "x", text: "plain text").bodyStart == 0)
        let empty = try Document(path: "x", text: "---\n---\nbody")
        #expect(empty.bodyStart == 8)
        #expect(empty.metadata == FrontMatter())
    }

    @Test("bad front matter names the line", arguments: [
        ("---\ntitle: x\n", "never closes", 1),
        ("---\ndate: 2019-02-30\n---\n", "not a real date", 2),
        ("---\nlanguage: kk\n---\n", "unknown language 'kk'", 2),
        ("---\nauthor: x\n---\n", "unknown front matter key 'author'", 2),
        ("---\ntitle: a\ntitle: b\n---\n", "repeats key 'title'", 3),
        ("---\njust words\n---\n", "not 'key: value'", 2),
    ])
    func badFrontMatter(_ text: String, _ message: String, _ line: Int) throws {
        try expectBadInput(Array(text.utf8), message, line: line)
    }

    @Test("files that are not UTF-8 text are refused with the place")
    func notText() throws {
        try expectBadInput([], "file is empty")
        try expectBadInput([0xFF, 0xFE, 0x41, 0x00], "UTF-16")
        try expectBadInput(Array("line one\nline two \u{0}".utf8), "NUL byte", line: 2)
        try expectBadInput(Array("ok\nok\nbad \u{FF}".utf8.dropLast(2)) + [0xC3, 0x28], "invalid UTF-8", line: 3)
        try expectBadInput([0xED, 0xA0, 0x80], "invalid UTF-8") // an encoded surrogate
    }

    @Test("a missing file and a directory are refused")
    func missing() {
        #expect(throws: ConcordError.self) { try Document.read(path: "/no/such/file.txt") }
        #expect(throws: ConcordError.self) { try Document.read(path: FileManager.default.temporaryDirectory.path) }
    }

    @Test("Windows line endings and a UTF-8 byte-order mark are read")
    func crlfAndBOM() throws {
        let text = "\u{FEFF}---\r\ndate: 2019-03\r\n---\r\nArticle 174 of the\r\nCriminal Code."
        let document = try Document(path: "x", text: text)
        #expect(document.metadata.date == LegalDate("2019-03"))
        let citations = Fixtures.citer.cite(document).citations
        #expect(citations.map(\.resolved?.cited) == [Fixtures.id("kz.cc.2014:174")])
    }
}

@Suite("Cleaning text from PDFs and web pages")
struct TextCleanerTests {
    func clean(_ text: String) -> CleanText { TextCleaner.clean(text) }

    @Test("the offset map is monotonic and maps every byte into the original")
    func offsetMap() {
        let text = "Crimi-\nnal Code.ii Next \u{F0B7} item «ст. 174» оn time – done.iIn"
        let cleaned = clean(text)
        #expect(cleaned.origin.count == cleaned.bytes.count + 1)
        #expect(zip(cleaned.origin, cleaned.origin.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(cleaned.origin.allSatisfy { $0 <= text.utf8.count })
    }

    @Test("words hyphenated across a line break are joined") func hyphenation() {
        #expect(clean("the crimi-\nnal code").text == "the criminal code")
        #expect(clean("re-\n  registration").text == "reregistration")
        #expect(clean("a well-known fact").text == "a well-known fact")
    }

    @Test("footnote markers glued to sentence ends are removed") func footnoteMarkers() {
        #expect(clean("the offense.ii Next").text == "the offense.   Next")
        #expect(clean("reporting.iIn 2013").text == "reporting. In 2013")
        #expect(clean("the standards.2 However").text == "the standards.  However")
        #expect(clean("Stan.TV and Ratel.kz").text == "Stan.TV and Ratel.kz")
    }

    @Test("bullets and special spaces become spaces; page-number lines are blanked") func furniture() {
        #expect(clean("\u{F0A7} Repeal\u{00A0}it").text == "• Repeal it")
        #expect(clean("\u{F8FF}x").text == " x")
        #expect(clean("end\n\n7\n\nnext").text == "end\n\n \n\nnext")
    }

    @Test("a Cyrillic look-alike inside a Latin word is read as Latin, and the reverse") func scripts() {
        #expect(clean("sentenced оn 7 April").text == "sentenced on 7 April")
        #expect(clean("cтатья").text == "статья")
    }

    @Test("a citation split by a line break and a glued footnote is still found at its original place")
    func citationThroughCleaning() {
        let text = "as in Article \n4 of the OPCAT.ii It"
        let citation = Fixtures.cite(text, date: "2019").first!
        #expect(citation.text == "Article \n4")
        #expect(citation.resolved?.cited == Fixtures.id("un.opcat:4"))
    }
}
