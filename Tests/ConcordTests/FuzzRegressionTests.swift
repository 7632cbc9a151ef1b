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
}
