import Foundation
import Testing
@testable import Concord

/// Every input the fuzzers crashed on (Tests/Fuzz), replayed through the same invariants.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ prefix: String) throws -> [(String, [UInt8])] {
        let directory = Fixtures.root.appendingPathComponent("Tests/Fuzz")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(prefix) }.sorted().map {
            ($0, [UInt8](try Data(contentsOf: directory.appendingPathComponent($0))))
        }
    }

    @Test("cleaner: the fast cleaner equals the reference and its map stays inside the input")
    func cleaner() throws {
        for (name, bytes) in try Self.inputs("cleaner-") {
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let fast = TextCleaner.clean(text), reference = ReferenceTextCleaner.clean(text)
            #expect(fast.bytes == reference.bytes, "\(name)")
            #expect(fast.origin == reference.origin, "\(name)")
            #expect(fast.origin.allSatisfy { $0 >= 0 && $0 <= bytes.count }, "\(name)")
        }
    }

    @Test("finder: spans inside the input, on character boundaries, pointing at their text")
    func finder() throws {
        for (name, bytes) in try Self.inputs("finder-") {
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let report = Fixtures.citer.cite(Document(path: name, text: text, metadata: FrontMatter(date: LegalDate("2019"))))
            for c in report.citations {
                #expect(c.start >= 0 && c.end <= bytes.count && c.start < c.end, "\(name)")
                #expect(String(decoding: bytes[c.start..<c.end], as: UTF8.self) == c.text, "\(name)")
            }
        }
    }

    @Test("query: any text answers without trapping, with provisions the registry holds")
    func query() throws {
        for (name, bytes) in try Self.inputs("query-") {
            let text = String(decoding: bytes, as: UTF8.self)
            switch ProvisionQuery.resolve(text, in: Fixtures.registry) {
            case .provision(let id): #expect(Fixtures.registry.provision(id) != nil, "\(name)")
            case .ambiguous(let ids), .unknown(let ids): #expect(ids.allSatisfy { Fixtures.registry.provision($0) != nil }, "\(name)")
            case .malformed(let message): #expect(!message.contains("\n"), "\(name)")
            }
        }
        #expect(ProvisionQuery.resolve("CC 9999999999999999999999 art.", in: Fixtures.registry) != .provision(Fixtures.id("kz.cc.2014:174")))
    }

    @Test("statutes: any bytes as a statute file give a precise error or a decoded work, the same twice")
    func statutes() throws {
        for (name, bytes) in try Self.inputs("statutes-") {
            func run() -> String {
                guard let node = try? JSONParser.parse(bytes) else { return "syntax" }
                let sink = DiagnosticSink(file: "fuzz.json")
                let decoded = RegistryLoader.decodeWork(node, sink: sink)
                for d in sink.diagnostics { #expect(!d.description.contains("\n"), "\(name): \(d)") }
                return "\(decoded.map { "\($0.0.id) \($0.1.count)" } ?? "none") \(sink.diagnostics.map(\.description))"
            }
            #expect(run() == run(), "\(name)")
        }
    }
}

@Suite("Mixed-script words")
struct MixedScriptTests {
    @Test("the fast cleaner and the reference agree on words of Latin and Cyrillic letters", arguments: [
        "InEnglishРусNaza", "de. InEnglishРусNaza", "x \u{0482} y \u{0483}z", "a\u{0482}b", "e.iInEnglishРусNaza", "Crimi-\nnalРус", "wo\u{00AD}rdРус", "x InEnglishРус", "PortuguêsРусский", "Русски\u{05B9}Share", "оn", "Kаzakhstan", "пoлиция",
    ])
    func agree(_ text: String) {
        #expect(TextCleaner.clean(text).text == ReferenceTextCleaner.clean(text).text)
        #expect(TextCleaner.clean(text).origin == ReferenceTextCleaner.clean(text).origin)
    }

    @Test("tables: any bytes as an article table give one-line diagnostics in a stable order")
    func tables() throws {
        for (name, bytes) in try FuzzRegressionTests.inputs("tables-") {
            func run() -> [String] {
                let sink = DiagnosticSink(file: name)
                let table = ArticleTableParser.parse(work: "kz.cc.2014", files: [(name, bytes)], sink: sink)
                _ = ArticleTableBuilder.build(table, notes: [], sink: sink)
                return sink.diagnostics.map { $0.description }
            }
            let first = run()
            #expect(first == run(), "\(name)")
            #expect(first.allSatisfy { !$0.contains("\n") }, "\(name)")
            #expect(first.filter { $0.contains("is never used") }.count == 3, "\(name): \(first)")
        }
    }

    @Test("query: a refusal is one line even when the query has line breaks")
    func queryRefusalOneLine() throws {
        for (name, bytes) in try FuzzRegressionTests.inputs("query-crash-2") {
            guard case .malformed(let message) = ProvisionQuery.resolve(String(decoding: bytes, as: UTF8.self), in: Fixtures.registry) else {
                Issue.record("\(name) should be refused"); continue
            }
            #expect(!message.contains("\n"), "\(name)")
        }
    }
}
