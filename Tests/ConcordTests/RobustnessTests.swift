import Foundation
import Testing
@testable import Concord

/// Through the real executable: no trap, no partial output, nothing silently ignored.
@Suite("Crashes, partial output and silent ignoring")
struct RobustnessTests {
    let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-robust-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Runs a shell command line with the executable as `$CONCORD`; the exit status of the part named.
    func shell(_ script: String) throws -> Concord.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(["CONCORD": Concord.executable?.path ?? "concord"]) { $1 }
        process.currentDirectoryURL = scratch
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Concord.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("SOURCE_DATE_EPOCH that is not a real date is refused like a bad --generated", arguments: ["nan", "inf", "1e300", "-1e20", "292277026596", "12.5", "-999999999999", ""])
    func badEpoch(_ value: String) throws {
        let result = try Concord.run(["brief", "174"], environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 2, "\(value): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH") && result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a valid SOURCE_DATE_EPOCH dates the briefing")
    func goodEpoch() throws {
        let result = try Concord.run(["brief", "174"], environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2026-01-01"))
    }

    @Test("a full disk is one error line and exit 1, not a trap")
    func fullDisk() throws {
        let result = try shell("\"$CONCORD\" brief --all --generated 2026-01-01 > /dev/full")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("standard output: cannot write: no space left on the device"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("a reader that goes away (SIGPIPE ignored) is one error line and exit 1")
    func brokenPipe() throws {
        var lines = ""
        for k in 0..<400 { lines += "{\"id\": \(k), \"text\": \"Article 174 of the Criminal Code. \(String(repeating: "x ", count: 200))\"}\n" }
        try lines.write(to: scratch.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let result = try shell("trap '' PIPE; \"$CONCORD\" cite --jsonl --threads 1 < in.jsonl 2> err.txt | head -c1 > /dev/null; echo \"${PIPESTATUS[0]}\"; cat err.txt")
        let lines2 = result.stdout.split(separator: "\n")
        #expect(lines2.first == "1", "\(result.stdout)")
        #expect(result.stdout.contains("cannot write: the reader closed the pipe"))
        #expect(lines2.count == 2)
    }

    @Test("an --out in a folder that does not exist is Concord's own one-line message, and nothing is written")
    func outInMissingFolder() throws {
        let result = try Concord.run(["brief", "174", "--out", "/nonexistent/dir/x.md"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/dir/x.md: cannot write: no such folder '/nonexistent/dir'\n")
    }

    @Test("an export whose file is blocked by a folder writes no file at all")
    func exportAllOrNothing() throws {
        let out = scratch.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("reports.csv"), withIntermediateDirectories: true)
        let result = try Concord.run(["export", "--format", "csv", "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("reports.csv: cannot write: a folder of that name is in the way"))
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(left == ["reports.csv"], "\(left)")
    }

    @Test("cite --jsonl: one output line per input line, options as defaults, every bad field said in-stream")
    func jsonLines() throws {
        let input = """
        {"id": 1, "text": "Article 164 of the Criminal Code on inciting discord."}

        {"id": 3, "language": "xx", "text": "x"}
        {"id": 4, "date": 2019, "text": "x"}
        {"id": [1], "text": "x"}
        {"id": 6, "text": "x", "colour": "red"}
        not json
        {"id": 8, "date": "2012", "text": "Article 164 of the Criminal Code on inciting discord."}
        """
        let result = try Concord.run(["cite", "--jsonl", "--date", "2019-03", "--threads", "1"], stdin: input + "\n")
        #expect(result.status == 0)
        let out = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(out.count == 8)
        #expect(out[0].contains("\"asOf\":\"2019-03\"") && out[0].contains("\"stale\""), "the --date default applies")
        #expect(out[1].contains("\"line\":2") && out[1].contains("blank line"))
        #expect(out[2].contains("\"id\":3") && out[2].contains("unknown language 'xx'"))
        #expect(out[3].contains("\"id\":4") && out[3].contains("\\\"date\\\" must be a string"))
        #expect(out[4].contains("\"id\":null") && out[4].contains("\\\"id\\\" must be a string or a number"))
        #expect(out[5].contains("unknown key 'colour'"))
        #expect(out[6].contains("\"line\":7") && out[6].contains("\"id\":null") && out[6].contains("malformed JSON"))
        #expect(out[7].contains("\"asOf\":\"2012\"") && !out[7].contains("\"stale\""), "a line's own date wins")
        let refused = try Concord.run(["cite", "--jsonl", "--format", "text"], stdin: "")
        #expect(refused.status == 2 && refused.stderr.contains("--format text does not apply"))
    }

    @Test("pipes, FIFOs, /dev/stdin and '-' are read")
    func pipes() throws {
        let text = "---\\ndate: 2019-03\\n---\\nArticle 174 of the Criminal Code.\\n"
        let viaDash = try shell("printf -- '\(text)' | \"$CONCORD\" cite - --format text")
        #expect(viaDash.status == 0 && viaDash.stdout.contains("standard input:4:1: explicit “Article 174”"), "\(viaDash.stderr)")
        let viaDevStdin = try shell("printf -- '\(text)' | \"$CONCORD\" cite /dev/stdin --format text")
        #expect(viaDevStdin.status == 0 && viaDevStdin.stdout.contains("/dev/stdin:4:1"), "\(viaDevStdin.stderr)")
        let viaFIFO = try shell("mkfifo f && (printf -- '\(text)' > f &) && \"$CONCORD\" cite f --format text")
        #expect(viaFIFO.status == 0 && viaFIFO.stdout.contains("f:4:1"), "\(viaFIFO.stderr)")
        let viaSubstitution = try shell("\"$CONCORD\" cite <(printf -- '\(text)') --format text")
        #expect(viaSubstitution.status == 0 && viaSubstitution.stdout.contains("explicit “Article 174”"), "\(viaSubstitution.stderr)")
    }

    @Test("a query that does not parse is refused with the forms that work", arguments: ["1e3", "kz..:1", "174 164", "frobnicate 174", "x"])
    func garbageQueries(_ query: String) throws {
        let result = try Concord.run(["show", "--", query])
        #expect(result.status == 2, "\(query): \(result.stdout)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("kz.cc.2014:174"))
        let option = try Concord.run(["show", "-1"])
        #expect(option.status == 2 && option.stderr.contains("put '--' before it"))
    }

    @Test("-h is help on every command, and --version names the data")
    func helpAndVersion() throws {
        for command in ["cite", "check", "show", "history", "brief", "cases", "export"] {
            let short = try Concord.run([command, "-h"])
            let long = try Concord.run([command, "--help"])
            #expect(short.status == 0 && short.stdout.hasPrefix("usage: concord \(command)") && short.stdout == long.stdout, "\(command)")
        }
        let version = try Concord.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("concord ") && version.stdout.contains("kz.cc.2014: 20"))
    }
}

/// Unicode that could change a number: normalised where that is safe, refused where it is not.
@Suite("Numbers written with unusual characters")
struct UnicodeNumberTests {
    @Test("format characters, full-width and Arabic-Indic digits and non-breaking hyphens read as the number they show", arguments: [
        ("Article 17\u{200B}4 of the Criminal Code.", "174"),
        ("Article 1\u{200D}74 of the Criminal Code.", "174"),
        ("Article 17\u{2060}4 of the Criminal Code.", "174"),
        ("Article \u{FF11}\u{FF17}\u{FF14} of the Criminal Code.", "174"),
        ("Article \u{0661}\u{0667}\u{0664} of the Criminal Code.", "174"),
        ("Article\u{200F} 174 of the Criminal Code.", "174"),
        ("Article \u{202B}174\u{202C} of the Criminal Code.", "174"),
        ("Article 317\u{2011}1 of the 1997 Criminal Code.", "317-1"),
    ])
    func normalised(_ text: String, _ article: String) throws {
        let citations = Fixtures.cite(text, date: "2013-03")
        #expect(citations.count == 1, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(citations.first?.article == article)
        // The offsets still point into the original text, at the citation's own characters.
        if let c = citations.first {
            let bytes = Array(text.utf8)
            #expect(String(decoding: bytes[c.start..<c.end], as: UTF8.self) == c.text)
            #expect(c.text.hasPrefix("Article"))
        }
    }

    @Test("a combining mark on a digit gives no citation, never a wrong article")
    func unreadable() {
        #expect(Fixtures.cite("Article 1\u{301}7\u{301}4 of the Criminal Code.", date: "2019-03").isEmpty)
        #expect(Fixtures.cite("Article 17\u{301}4 of the Criminal Code.", date: "2019-03").allSatisfy { $0.article != "17" && $0.article != "4" })
    }

    @Test("the fast cleaner and the reference agree on every such character")
    func bothCleaners() {
        let text = "A 17\u{200B}4 B\u{200B}C \u{FF11}\u{FF12} \u{0661}2 x\u{2011}y 1\u{2010}2 \u{200E}\u{200F}\u{202A}\u{2066}z\u{2069} 1\u{301}"
        let fast = TextCleaner.clean(text), reference = ReferenceTextCleaner.clean(text)
        #expect(fast.bytes == reference.bytes)
        #expect(fast.origin == reference.origin)
    }
}

/// `concord lint` through the executable.
@Suite("concord lint")
struct LintCommandTests {
    static let reports = ["amnesty-2019-upr-submission.txt", "hrw-2014-upr-submission.txt", "ishr-2014-hrd-briefing.txt"].map { Fixtures.reports.appendingPathComponent($0).path }

    @Test("the bundled reports: Amnesty's stale Article 164, HRW's draft article 400, ISHR's Article 19; exit 1 on errors")
    func bundled() throws {
        let result = try Concord.run(["lint"] + Self.reports)
        #expect(result.status == 1)
        #expect(result.stderr == "concord lint: 3 errors found\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("amnesty-2019-upr-submission.txt:258:23: error: “Article 164”") && $0.contains("[stale-number] — fix: cite kz.cc.2014:174") })
        #expect(lines.contains { $0.contains("hrw-2014-upr-submission.txt:388:7: error: “article 400”") && $0.contains("[draft-number] — fix: cite the enacted article: kz.cc.2014:402") })
        #expect(lines.filter { $0.contains("ishr-2014-hrd-briefing.txt") && $0.contains("“Article 19”") && $0.contains("[dubious-article]") && $0.contains("kz.cc.1997:129") }.count == 2)
    }

    @Test("--disable turns rules off; warnings alone exit 0; an unknown rule is a usage error")
    func disable() throws {
        let result = try Concord.run(["lint", "--disable", "stale-number,draft-number"] + Self.reports)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("[stale-number]") && !result.stdout.contains("[draft-number]") && result.stdout.contains("[dubious-article]"))
        let twice = try Concord.run(["lint", "--disable", "stale-number", "--disable", "draft-number", "--disable", "dubious-article"] + Self.reports)
        #expect(twice.status == 0 && twice.stdout.isEmpty)
        let unknown = try Concord.run(["lint", "--disable", "no-such-rule"] + Self.reports)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown rule 'no-such-rule'"))
    }

    @Test("SARIF 2.1.0 and GitHub annotations carry the same findings")
    func formats() throws {
        let sarif = try Concord.run(["lint", "--format", "sarif"] + Self.reports)
        let node = try JSONParser.parse(Array(sarif.stdout.utf8)).value
        #expect(node["version"] == .string("2.1.0"))
        guard case .array(let runs)? = node["runs"], case .array(let results)? = runs.first?["results"] else { Issue.record("no results"); return }
        #expect(results.count == 5)
        #expect(results.first?["ruleId"] == .string("stale-number"))
        let github = try Concord.run(["lint", "--format", "github"] + Self.reports)
        let annotations = github.stdout.split(separator: "\n")
        #expect(annotations.count == 5)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") })
        #expect(annotations.first?.contains("line=258,col=23,title=stale-number::") == true)
    }

    @Test("an undated report gets a no-date warning, and --date dates it")
    func undated() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString).txt")
        try "Article 164 of the Criminal Code on inciting discord.\n".write(to: scratch, atomically: true, encoding: .utf8)
        let undated = try Concord.run(["lint", scratch.path])
        #expect(undated.status == 0 && undated.stdout.contains("[no-date]"))
        let dated = try Concord.run(["lint", scratch.path, "--date", "2019-03"])
        #expect(dated.status == 1 && dated.stdout.contains("[stale-number]") && !dated.stdout.contains("[no-date]"))
    }
}

/// `concord completion` through the executable, and the scripts run in the shells themselves.
@Suite("Shell completion")
struct CompletionTests {
    @Test("the bash script completes commands, option values and provision identifiers")
    func bash() throws {
        let script = try Concord.run(["completion", "bash"])
        #expect(script.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("concord-\(UUID().uuidString).bash")
        try script.stdout.write(to: file, atomically: true, encoding: .utf8)
        let folder = Concord.executable?.deletingLastPathComponent().path ?? ""
        let probe = """
        source '\(file.path)'; export PATH='\(folder)':$PATH
        COMP_WORDS=(concord li); COMP_CWORD=1; _concord; echo "1:${COMPREPLY[*]}"
        COMP_WORDS=(concord cite --format ''); COMP_CWORD=3; _concord; echo "2:${COMPREPLY[*]}"
        COMP_WORDS=(concord show kz.cc.2014:17); COMP_CWORD=2; _concord; echo "3:${COMPREPLY[*]}"
        COMP_WORDS=(concord lint --dis); COMP_CWORD=2; _concord; echo "4:${COMPREPLY[*]}"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", probe]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("1:lint\n"))
        #expect(text.contains("2:json text annotated\n"))
        #expect(text.contains("3:kz.cc.2014:17 kz.cc.2014:170"))
        #expect(text.contains("4:--disable\n"))
    }

    @Test("zsh and fish scripts name every command and option")
    func zshAndFish() throws {
        for shell in ["zsh", "fish"] {
            let script = try Concord.run(["completion", shell])
            #expect(script.status == 0, "\(shell)")
            for command in ["cite", "check", "show", "history", "brief", "cases", "export", "lint"] { #expect(script.stdout.contains(command), "\(shell) \(command)") }
            for option in ["statutes", "format", "disable", "generated", "jsonl"] { #expect(script.stdout.contains(option), "\(shell) \(option)") }
        }
        let refused = try Concord.run(["completion", "tcsh"])
        #expect(refused.status == 2)
    }
}
