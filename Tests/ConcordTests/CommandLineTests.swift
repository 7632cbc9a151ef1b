import Foundation
import Testing
@testable import Concord

/// Runs the `concord` executable built beside the tests (`swift build` first; `.ci/run` does).
enum Concord {
    static let executable: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("concord")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = Fixtures.root.appendingPathComponent(".build/debug/concord")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build the concord executable first (swift build)"]) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite("The command line on hostile and broken input")
struct CommandLineTests {
    let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A failure: the documented exit code, one line on standard error naming the place, nothing on
    /// standard output, no crash report.
    func expectFailure(_ arguments: [String], status: Int32, mentioning text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try Concord.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "partial output for \(arguments)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), sourceLocation: sourceLocation)
        if status == 1 { #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation) }
    }

    @Test("bad files: missing, a directory, empty, broken front matter, not UTF-8, NUL, UTF-16")
    func badFiles() throws {
        try expectFailure(["cite", "/no/such/file.txt"], status: 1, mentioning: "/no/such/file.txt: no such file")
        try expectFailure(["cite", scratch.path], status: 1, mentioning: "is a directory")
        try expectFailure(["cite", try file("empty.txt", [])], status: 1, mentioning: "file is empty")
        try expectFailure(["cite", try file("open.txt", Array("---\ntitle: x\ndate: 2019\n".utf8))], status: 1, mentioning: "open.txt:1: front matter opened here never closes")
        try expectFailure(["cite", try file("date.txt", Array("---\ndate: 2019-02-30\n---\nx".utf8))], status: 1, mentioning: "date.txt:2: front matter date '2019-02-30' is not a real date")
        try expectFailure(["cite", try file("lang.txt", Array("---\nlanguage: xx\n---\nx".utf8))], status: 1, mentioning: "lang.txt:2: unknown language 'xx'")
        try expectFailure(["cite", try file("utf8.txt", Array("a\nb\nc ".utf8) + [0xC3, 0x28])], status: 1, mentioning: "utf8.txt:3: invalid UTF-8 at byte offset 6")
        try expectFailure(["cite", try file("nul.txt", Array("a\u{0}b".utf8))], status: 1, mentioning: "NUL byte")
        try expectFailure(["cite", try file("utf16.txt", [0xFF, 0xFE, 0x41, 0x00])], status: 1, mentioning: "UTF-16")
        // Unreadable (only testable when not running as root, who reads everything).
        if getuid() != 0 {
            let locked = try file("locked.txt", Array("Article 174".utf8))
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
            try expectFailure(["cite", locked], status: 1, mentioning: "cannot be read")
        }
        // One bad file among good ones: nothing is printed for any of them.
        let good = try file("good.txt", Array("Article 174 of the Criminal Code.".utf8))
        try expectFailure(["cite", good, "/no/such/file.txt"], status: 1, mentioning: "no such file")
    }

    @Test("an empty front matter is a warning; Windows line endings are read")
    func warningsAndLineEndings() throws {
        let result = try Concord.run(["cite", try file("empty-fm.txt", Array("---\n---\nArticle 174 of the Criminal Code.".utf8)), "--date", "2019"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("front matter is empty"))
        let crlf = try Concord.run(["cite", try file("crlf.txt", Array("---\r\ndate: 2019\r\n---\r\nArticle 174 of the\r\nCriminal Code.\r\n".utf8))])
        #expect(crlf.status == 0)
        #expect(crlf.stdout.contains("\"start\": 22"))
    }

    @Test("usage errors exit 2")
    func usage() throws {
        try expectFailure(["frobnicate"], status: 2, mentioning: "unknown command 'frobnicate'")
        try expectFailure(["cite", "--bogus", "x"], status: 2, mentioning: "unknown option '--bogus'")
        try expectFailure(["cite"], status: 2, mentioning: "name at least one file")
        try expectFailure(["cite", "x", "--date", "2019-13"], status: 2, mentioning: "is not a real date")
        try expectFailure(["cite", "x", "--format"], status: 2, mentioning: "needs a value")
        try expectFailure(["cite", "x", "--format", "xml"], status: 2, mentioning: "--format must be")
        #expect(try Concord.run([]).status == 2)
        #expect(try Concord.run(["cite", "--help"]).status == 0)
    }

    @Test("unknown and ambiguous provisions exit 1 and write no output file")
    func noPartialOutput() throws {
        let out = scratch.appendingPathComponent("brief.md")
        try expectFailure(["brief", "999", "--out", out.path], status: 1, mentioning: "no known provision matches '999'; nearest known:")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try expectFailure(["show", "cc2014 9999"], status: 1, mentioning: "no known provision matches 'cc2014 9999'; nearest known:")
    }

    @Test("a broken data set: every problem as file:line, exit 1, and no export written")
    func brokenData() throws {
        let statutes = try Fixtures.statutesCopy()
        defer { try? FileManager.default.removeItem(at: statutes) }
        let work = statutes.appendingPathComponent("works/kz.cc.1997.json")
        var text = try String(contentsOf: work, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"adopted\": \"1997-07-16\"", with: "\"adopted\": \"1997-02-30\"")
        text = text.replacingOccurrences(of: "\"kind\": \"code\",", with: "\"kind\": \"code\",\n  \"colour\": 1,")
        try text.write(to: work, atomically: true, encoding: .utf8)
        let check = try Concord.run(["check", "--statutes", statutes.path, "--reports", Fixtures.reports.path])
        #expect(check.status == 1)
        let lines = check.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(check.stderr)")
        #expect(lines.allSatisfy { $0.contains("kz.cc.1997.json:") })
        let exportDirectory = scratch.appendingPathComponent("export")
        let export = try Concord.run(["export", "--format", "csv", "--out", exportDirectory.path, "--statutes", statutes.path])
        #expect(export.status == 1)
        #expect(!FileManager.default.fileExists(atPath: exportDirectory.path))
    }

    @Test("the bundled data set is found from any working directory")
    func anyDirectory() throws {
        let result = try Concord.run(["show", "164"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("renumbered → kz.cc.2014:174"))
    }

    @Test("every command gives byte-identical output twice, and with any number of threads")
    func determinism() throws {
        let report = Fixtures.reports.appendingPathComponent("hrw-2014-upr-submission.txt").path
        for arguments in [["cite", report], ["cite", report, "--format", "annotated"], ["history", "174", "--format", "json"],
                          ["history", "164", "--format", "csv"], ["brief", "--all", "--generated", "2026-01-01"], ["export"], ["show", "317-1"]] {
            let first = try Concord.run(arguments), second = try Concord.run(arguments)
            #expect(first.status == 0, "\(arguments): \(first.stderr)")
            #expect(first.stdout == second.stdout, "\(arguments)")
            #expect(!first.stdout.isEmpty)
        }
        var lines = ""
        for url in Fixtures.dataSet.reportFiles() {
            lines += JSONWriter.compact(.object([("id", .string(url.lastPathComponent)), ("text", .string(try String(contentsOf: url, encoding: .utf8)))])) + "\n"
        }
        let one = try Concord.run(["cite", "--jsonl", "--threads", "1"], stdin: lines)
        let two = try Concord.run(["cite", "--jsonl", "--threads", "2"], stdin: lines)
        #expect(one.status == 0 && one.stdout == two.stdout)
        #expect(one.stdout.split(separator: "\n").count == 5)
    }
}
