import Foundation
import Testing
@testable import Concord

/// The mutation suite: each test injects one kind of fault into a copy of the bundled data and
/// expects `concord check`'s specific error for it, with file and line, and no registry.
@Suite("Validation of the statute data set")
struct ValidationTests {
    /// Applies `mutate` to a copy of the bundled statutes and returns every diagnostic.
    func diagnostics(_ mutate: (URL) throws -> Void) throws -> [Diagnostic] {
        let copy = try Fixtures.statutesCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        try mutate(copy)
        let (registry, diagnostics) = RegistryLoader.loadCollectingDiagnostics(from: copy, reportsDirectory: Fixtures.reports)
        #expect(registry == nil || diagnostics.isEmpty, "a data set with problems must not load")
        #expect(throws: ConcordError.self) { _ = try RegistryLoader.load(from: copy, reportsDirectory: Fixtures.reports) }
        return diagnostics
    }

    /// Replaces the first occurrence of `old` in a work file.
    func replace(_ old: String, with new: String, in file: String = "kz.cc.1997.json") -> (URL) throws -> Void {
        { root in
            let url = root.appendingPathComponent("works/\(file)")
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
            try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Edits a work file as a JSON object.
    func editJSON(_ file: String, _ edit: @escaping (inout [String: Any]) -> Void) -> (URL) throws -> Void {
        { root in
            let url = root.appendingPathComponent("works/\(file)")
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            edit(&object)
            try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        }
    }

    func expectOne(_ diagnostics: [Diagnostic], file: String, containing text: String, line: Int? = nil) {
        let matching = diagnostics.filter { $0.file.hasSuffix(file) && $0.message.contains(text) }
        #expect(!matching.isEmpty, "expected '\(text)' in \(file); got: \(diagnostics.map(\.description))")
        if let line, let first = matching.first { #expect(first.line == line, "\(first)") }
    }

    @Test("the bundled data set is valid")
    func bundledDataIsValid() {
        let (registry, diagnostics) = RegistryLoader.loadCollectingDiagnostics(from: Fixtures.statutes, reportsDirectory: Fixtures.reports)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(registry != nil)
    }

    @Test("malformed JSON is reported with its line and column")
    func malformedJSON() throws {
        let d = try diagnostics(replace("\"lineage\": \"kz.cc\",", with: "\"lineage\": \"kz.cc\""))
        expectOne(d, file: "kz.cc.1997.json", containing: "malformed JSON", line: 4)
        #expect(d.first { $0.message.contains("malformed JSON") }?.column == 3)
    }

    @Test("an unknown key is reported at its line")
    func unknownKey() throws {
        let d = try diagnostics(replace("\"kind\": \"code\",", with: "\"kind\": \"code\",\n  \"colour\": \"red\","))
        expectOne(d, file: "kz.cc.1997.json", containing: "unknown key 'colour'", line: 5)
    }

    @Test("a duplicate key in an object is an error")
    func duplicateKey() throws {
        let d = try diagnostics(replace("\"kind\": \"code\",", with: "\"kind\": \"code\",\n  \"kind\": \"law\","))
        expectOne(d, file: "kz.cc.1997.json", containing: "duplicate key 'kind'", line: 5)
    }

    @Test("a duplicate work identifier is an error")
    func duplicateWork() throws {
        let d = try diagnostics { root in
            try FileManager.default.copyItem(at: root.appendingPathComponent("works/kz.cc.1997.json"), to: root.appendingPathComponent("works/kz.cc.1997-copy.json"))
        }
        expectOne(d, file: "kz.cc.1997.json", containing: "duplicate work identifier 'kz.cc.1997'")
    }

    @Test("a succession to an unknown work is an error")
    func unknownWork() throws {
        let text = try String(contentsOf: Fixtures.statutes.appendingPathComponent("works/kz.cc.1997.json"), encoding: .utf8)
        let prefix = try #require(text.range(of: "\"to\": \"kz.cc.2014:174\"")).lowerBound
        // The link's object opens on the line before its "to".
        let line = text[..<prefix].filter { $0 == "\n" }.count
        let d = try diagnostics(replace("\"to\": \"kz.cc.2014:174\"", with: "\"to\": \"kz.cc.2099:174\""))
        expectOne(d, file: "kz.cc.1997.json", containing: "names unknown work 'kz.cc.2099'", line: line)
    }

    @Test("a succession to an unknown provision is an error")
    func unknownProvision() throws {
        let d = try diagnostics(replace("\"to\": \"kz.cc.2014:174\"", with: "\"to\": \"kz.cc.2014:999\""))
        expectOne(d, file: "kz.cc.1997.json", containing: "names unknown provision 'kz.cc.2014:999'")
    }

    @Test("a work naming an unknown lineage is an error")
    func unknownLineage() throws {
        let d = try diagnostics(replace("\"lineage\": \"kz.cc\",", with: "\"lineage\": \"kz.xx\","))
        expectOne(d, file: "kz.cc.1997.json", containing: "unknown lineage 'kz.xx'", line: 1)
    }

    @Test("a cycle of successions is an error")
    func cycle() throws {
        let d = try diagnostics(editJSON("kz.cc.2014.json") { work in
            var provisions = work["provisions"] as! [[String: Any]]
            func link(_ from: String, _ to: String) {
                let i = provisions.firstIndex { $0["article"] as? String == from }!
                var successors = provisions[i]["successors"] as? [[String: Any]] ?? []
                successors.append(["to": "kz.cc.2014:\(to)", "type": "replaced", "effective": "2016-01-01", "evidence": "secondary", "verified": false,
                                   "sources": [["url": "https://example.org", "quote": "test"]]])
                provisions[i]["successors"] = successors
            }
            link("174", "274")
            link("274", "174")
            work["provisions"] = provisions
        })
        expectOne(d, file: "kz.cc.2014.json", containing: "succession cycle: kz.cc.2014:174 -> kz.cc.2014:274 -> kz.cc.2014:174")
    }

    @Test("two provisions with the same number in force at once in one work is an error")
    func numberInForceTwice() throws {
        // In a work without an article table (the draft), two records of one number.
        let d = try diagnostics(editJSON("kz.cc.2014-draft.json") { work in
            var provisions = work["provisions"] as! [[String: Any]]
            provisions.append(provisions[0])
            work["provisions"] = provisions
        })
        expectOne(d, file: "kz.cc.2014-draft.json", containing: "duplicate provision identifier 'kz.cc.2014-draft:400'")
        // In a work with a table: the table lists each number once, and the work file notes it once.
        let twice = try diagnostics(appendLine("article | 174 | Возбуждение розни | T14", to: "articles/kz.cc.2014/3-chapters-04-10.txt"))
        expectOne(twice, file: "3-chapters-04-10.txt", containing: "article 174 is listed twice in kz.cc.2014")
        let noted = try diagnostics(editJSON("kz.cc.2014.json") { work in
            var provisions = work["provisions"] as! [[String: Any]]
            provisions.append(provisions.first { $0["article"] as? String == "174" }!)
            work["provisions"] = provisions
        })
        expectOne(noted, file: "kz.cc.2014.json", containing: "kz.cc.2014:174 has two entries in its work file")
    }

    @Test("a succession dated outside the life of either end is an error")
    func successionOutsideLife() throws {
        let before = try diagnostics(replace("\"effective\": \"2015-01-01\"", with: "\"effective\": \"1990-01-01\""))
        expectOne(before, file: "kz.cc.1997.json", containing: "before kz.cc.1997:")
        let after = try diagnostics(replace("\"effective\": \"2015-01-01\"", with: "\"effective\": \"2016-06-01\""))
        expectOne(after, file: "kz.cc.1997.json", containing: "after kz.cc.1997:")
    }

    @Test("a date that is not a real date is an error")
    func invalidDate() throws {
        let d = try diagnostics(replace("\"adopted\": \"1997-07-16\"", with: "\"adopted\": \"1997-02-30\""))
        expectOne(d, file: "kz.cc.1997.json", containing: "not a real date: '1997-02-30'", line: 11)
    }

    @Test("a fact without a source is an error")
    func factWithoutSource() throws {
        let d = try diagnostics(editJSON("un.opcat.json") { work in
            var provisions = work["provisions"] as! [[String: Any]]
            provisions[0]["sources"] = [[String: Any]]()
            work["provisions"] = provisions
        })
        expectOne(d, file: "un.opcat.json", containing: "provision un.opcat:4 has no source")
    }

    @Test("a number where a string belongs is an error")
    func wrongType() throws {
        let d = try diagnostics(replace("\"number\": \"167-I\"", with: "\"number\": 167"))
        expectOne(d, file: "kz.cc.1997.json", containing: "'number' in the work must be a string, found a number", line: 10)
    }

    @Test("deeply nested JSON is refused with a precise error")
    func deepNesting() throws {
        let d = try diagnostics(replace("\"kind\": \"code\",", with: "\"kind\": \"code\",\n  \"x\": " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + ","))
        expectOne(d, file: "kz.cc.1997.json", containing: "nesting deeper than")
    }

    @Test("an oversized statute file is refused before parsing")
    func oversizedFile() throws {
        let d = try diagnostics { root in
            let padding = String(repeating: " ", count: RegistryLoader.maximumFileSize + 1)
            try ("{}" + padding).write(to: root.appendingPathComponent("works/huge.json"), atomically: true, encoding: .utf8)
        }
        expectOne(d, file: "huge.json", containing: "over the limit")
    }

    @Test("a source naming a report that does not exist is an error")
    func unknownReport() throws {
        let d = try diagnostics(replace("\"report\": \"hrw-2014-upr-submission.txt\"", with: "\"report\": \"no-such-report.txt\"", in: "kz.cc.2014-draft.json"))
        expectOne(d, file: "kz.cc.2014-draft.json", containing: "unknown report 'no-such-report.txt'")
    }

    @Test("every problem is reported, not just the first")
    func allProblems() throws {
        let d = try diagnostics { root in
            try replace("\"adopted\": \"1997-07-16\"", with: "\"adopted\": \"1997-02-30\"")(root)
            try replace("\"kind\": \"code\",", with: "\"kind\": \"code\",\n  \"colour\": \"red\",", in: "kz.cc.2014.json")(root)
        }
        expectOne(d, file: "kz.cc.1997.json", containing: "not a real date")
        expectOne(d, file: "kz.cc.2014.json", containing: "unknown key 'colour'")
    }
}
