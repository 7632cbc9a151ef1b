import Foundation
import Testing
@testable import Concord

/// The mutation suite, continued: one fault per rule of the article tables, the succession tables and
/// the statute folder, each expecting its specific error at its file and line.
extension ValidationTests {
    /// Appends a line to a file of the statute copy.
    func appendLine(_ line: String, to file: String) -> (URL) throws -> Void {
        { root in
            let url = root.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + (text.hasSuffix("\n") ? "" : "\n") + line + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Replaces the first occurrence of `old` in a file of the statute copy.
    func replace(_ old: String, with new: String, inFile file: String) -> (URL) throws -> Void {
        { root in
            let url = root.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
            try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The 1-based number of the last line of a file of the statute copy after a mutation.
    func lastLine(of file: String, in root: URL) throws -> Int {
        try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }

    static let chapters = "articles/kz.cc.2014/3-chapters-04-10.txt"

    @Test("a missing article is a numbering gap the check names", arguments: [
        ("article | 175 | Государственная измена | T14,C04\n", "numbering gap in kz.cc.2014: 175"),
    ])
    func numberingGap(_ line: String, _ message: String) throws {
        let d = try diagnostics(replace(line, with: "", inFile: Self.chapters))
        expectOne(d, file: "3-chapters-04-10.txt", containing: message, line: 81)
    }

    @Test("a gap line accounts for numbers a work never had")
    func gapLine() throws {
        let d = try diagnostics { root in
            try self.replace("article | 175 | Государственная измена | T14,C04\n", with: "", inFile: Self.chapters)(root)
            try self.appendLine("gap | 175..175 | not in the source", to: Self.chapters)(root)
            try self.appendLine("article | 9999 | x | T14", to: Self.chapters)(root)
        }
        // The gap is accounted for; the invented 9999 leaves 468–9998 unaccounted.
        #expect(!d.contains { $0.message.contains("numbering gap in kz.cc.2014: 175") })
        expectOne(d, file: "4-chapters-11-18.txt", containing: "numbering gap in kz.cc.2014: 468–9998")
    }

    @Test("a mistyped huge article number gives one gap up to it, found from the numbers listed, not by counting to it")
    func hugeArticleNumber() throws {
        let d = try diagnostics(appendLine("article | 188888886 | x | T14", to: Self.chapters))
        expectOne(d, file: "4-chapters-11-18.txt", containing: "numbering gap in kz.cc.2014: 468–188888885")
    }

    @Test("each malformed table line gets its own error at its line", arguments: [
        ("  amended | 2018-13-01 | 180-VI | pub+10 | C04", "'2018-13-01' is not a date"),
        ("  amended | 2018-07-12 | 180-VІ | pub+10 | C04", "'180-VІ' is not an act number"),
        ("  amended | 2018-07-12 | 180-VI | ten days | C04", "'ten days' is not an entry-into-force rule"),
        ("  amended | 2018-07-12 | 180-VI | pub+10 | NOPE", "unknown source key 'NOPE'"),
        ("  amended | 2018-07-12 | 180-VI | pub+10", "'amended' takes 4 fields"),
        ("  title | 2018-07-12 | 180-VI | pub+10 | hunch | Новое | C04", "unknown evidence 'hunch'"),
        ("  frobnicated | 2018-07-12 | 180-VI | pub+10 | C04", "unknown line 'frobnicated' under an article"),
        ("article | 12x- | x | T14", "'12x-' is not an article number"),
        ("source | ZZ | git | kazakhstan-law/codes | a.md | 1234 | v", "'1234' is not a 40-digit commit"),
        ("source | ZZ | url | https://example.org | words", "source 'ZZ' is never used"),
        ("article\t| 9 | x | T14", "a tab character"),
        ("  amended | 2018-07-12 | ? | pub+10 | C09", "names no act: give the act's number, or a 'note' saying the source names none"),
    ])
    func malformedLine(_ line: String, _ message: String) throws {
        var at = 0
        let d = try diagnostics { root in
            try self.appendLine(line, to: Self.chapters)(root)
            at = try self.lastLine(of: Self.chapters, in: root)
        }
        expectOne(d, file: "3-chapters-04-10.txt", containing: message, line: at)
    }

    @Test("headings out of date order are an error")
    func headingsOutOfOrder() throws {
        let d = try diagnostics(appendLine("  title | 2015-01-01 | 1-V | pub | footnote | Старое | C04", to: Self.chapters))
        expectOne(d, file: "3-chapters-04-10.txt", containing: "a heading change of article 295-1 (2015-01-01) is dated before the article was added (2021-07-02)")
    }

    @Test("a work file note for an article the table lacks, or with its own heading, is an error")
    func workFileAgainstTable() throws {
        let d = try diagnostics(replace("\"article\": \"174\"", with: "\"article\": \"174-9\"", in: "kz.cc.2014.json"))
        expectOne(d, file: "kz.cc.2014.json", containing: "kz.cc.2014:174-9 is not in the article table of kz.cc.2014")
        let titled = try diagnostics(replace("\"article\": \"174\",", with: "\"article\": \"174\",\n      \"title\": {\"en\": \"x\"},", in: "kz.cc.2014.json"))
        expectOne(titled, file: "kz.cc.2014.json", containing: "the heading of kz.cc.2014:174 comes from the article table")
    }

    @Test("an article table for an unknown work, and invalid UTF-8 in a table, are errors")
    func tableFiles() throws {
        let d = try diagnostics { root in
            let folder = root.appendingPathComponent("articles/kz.cc.2099")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "article | 1 | x | A\n".write(to: folder.appendingPathComponent("1.txt"), atomically: true, encoding: .utf8)
        }
        expectOne(d, file: "articles/kz.cc.2099", containing: "article table for unknown work 'kz.cc.2099'")
        let bytes = try diagnostics { root in
            let url = root.appendingPathComponent(Self.chapters)
            var data = try Data(contentsOf: url)
            data.append(contentsOf: [0x0A, 0xFF, 0xFE, 0x0A])
            try data.write(to: url)
        }
        expectOne(bytes, file: "3-chapters-04-10.txt", containing: "invalid UTF-8")
    }

    @Test("a stray file anywhere in the statute folder is reported, not ignored", arguments: [
        "lineages-copy.json", "works/notes.txt", "articles/kz.cc.2014/backup.bak", "successions/links.csv", "NOTES.md",
    ])
    func strayFile(_ path: String) throws {
        let d = try diagnostics { root in
            try "x".write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        expectOne(d, file: path, containing: "unknown file in the statute data set")
    }

    @Test("each malformed succession link gets its own error", arguments: [
        ("link | kz.cc.1997:999 | renumbered | kz.cc.2014:1 | 2015-01-01 | inferred | - | x", "succession from unknown provision 'kz.cc.1997:999'"),
        ("link | kz.cc.1997:1 | renumbered | kz.cc.2014:1 | 2015-01-01 | inferred | - | -", "an inferred link must say what matched"),
        ("link | kz.cc.1997:1 | renumbered | kz.cc.2014:1 | 2015-01-01 | official | - | x", "an official link needs the source that states it"),
        ("link | kz.cc.1997:1 | renumbered | - | 2015-01-01 | inferred | - | x", "a 'renumbered' link needs TO"),
        ("link | kz.cc.1997:1 | guessed | kz.cc.2014:1 | 2015-01-01 | inferred | - | x", "unknown succession type 'guessed'"),
        ("link | kz.cc.1997:1 | renumbered | kz.cc.2014:1 | 2015-01-01 | hearsay | - | x", "unknown evidence 'hearsay'"),
        ("link | kz.cc.1997:164 | renumbered | kz.cc.2014:174 | 2015-01-01 | inferred | - | x", "is also in"),
    ])
    func malformedLink(_ line: String, _ message: String) throws {
        let d = try diagnostics(appendLine(line, to: "successions/kz.cc.1997--kz.cc.2014.inferred.txt"))
        expectOne(d, file: "kz.cc.1997--kz.cc.2014.inferred.txt", containing: message)
    }

    @Test("an inferred succession marked verified in a work file is an error")
    func inferredVerified() throws {
        let d = try diagnostics(replace("\"evidence\": \"official\",\n          \"note\"", with: "\"evidence\": \"inferred\",\n          \"note\"", in: "kz.cc.1997.json"))
        expectOne(d, file: "kz.cc.1997.json", containing: "an inferred succession is always unverified")
    }

    @Test("an exact entry into force before adoption is an error; a partial one never begins before adoption")
    func inForceBeforeAdoption() throws {
        let d = try diagnostics(replace("\"from\": \"2001\"", with: "\"from\": \"2001-01-01\"", in: "kz.coao.2001.json"))
        expectOne(d, file: "kz.coao.2001.json", containing: "enters force (2001-01-01) before its adoption (2001-01-30)")
        let work = try #require(Fixtures.registry.works["kz.coao.2001"])
        #expect(work.inForceRange?.earliest.description == "2001-01-30")
    }
}
