import Concord
import ConcordCorpora
import Foundation

/// The doubling test: each input shape grown from a quarter of a megabyte to four (reports from 100
/// to 1,600 copies), every command and output format it concerns run through the real executable,
/// and the time ratio per doubling printed; a shape whose time grows more than 2.2× per doubling
/// fails the run. A run over its time limit fails at once, so a quadratic shape cannot stall it.
enum Scaling {
    struct Shape {
        var name: String
        /// The arguments for a run, given the folder of generated inputs and the size step.
        var arguments: (String, Int) -> [String]
        /// Writes the input for a size step (1, 2, 4, 8, 16) into the folder.
        var prepare: (String, Int) throws -> Void
        /// Standard input for the run, if any (a path in the folder).
        var stdin: ((String, Int) -> String)?
    }

    static let limit = 2.2
    static let secondsPerRun = 120.0

    /// Text of about `bytes` bytes made of `unit` repeated, with or without line breaks.
    static func repeated(_ unit: String, bytes: Int) -> String {
        String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    }

    static func write(_ text: String, _ path: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }

    static let quarter = 262_144

    static func shapes(reports: String) -> [Shape] {
        func file(_ name: String, _ unit: String, dated: Bool = true) -> (String, Int) throws -> Void {
            { dir, step in try write((dated ? "---\ndate: 2019-03\n---\n" : "") + repeated(unit, bytes: quarter * step), "\(dir)/\(name)-\(step).txt") }
        }
        var list: [Shape] = []
        let lines: [(String, String)] = [
            ("charges and articles on one line", "inciting social discord under article 164 of the Criminal Code; "),
            ("charge names on one line", "inciting social discord, "),
            ("articles of a named code on one line", "Article 174 of the Criminal Code; "),
            ("a list of articles", "Articles 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "),
        ]
        for (k, (name, unit)) in lines.enumerated() {
            for format in ["json", "text", "annotated"] {
                list.append(Shape(name: "cite --format \(format): \(name)", arguments: { dir, step in ["cite", "\(dir)/shape\(k)-\(step).txt", "--format", format] },
                                  prepare: file("shape\(k)", unit), stdin: nil))
            }
            list.append(Shape(name: "cite --jsonl: \(name)", arguments: { _, _ in ["cite", "--jsonl", "--threads", "1"] },
                              prepare: { dir, step in
                                  var line = [UInt8]()
                                  JSONWriter.appendCompact(.object([("id", .int(1)), ("date", .string("2019-03")), ("text", .string(repeated(unit, bytes: quarter * step)))]), to: &line)
                                  try Data(line + [0x0A]).write(to: URL(fileURLWithPath: "\(dir)/jsonl\(k)-\(step).jsonl"))
                              }, stdin: { dir, step in "\(dir)/jsonl\(k)-\(step).jsonl" }))
        }
        list.append(Shape(name: "cases --candidates: a name and a sentence, line after line", arguments: { dir, step in ["cases", "--candidates", "\(dir)/candidates-\(step).txt"] },
                          prepare: file("candidates", "Activist Ivan Petrov was sentenced to five years under Article 174 of the Criminal Code.\n"), stdin: nil))
        list.append(Shape(name: "cases FILE: known names on one line", arguments: { dir, step in ["cases", "\(dir)/names-\(step).txt"] },
                          prepare: file("names", "Maks Bokaev and Talgat Ayan were sentenced; "), stdin: nil))
        // A report inside a reports folder: the corpus is built from it.
        func reportFolder(_ step: Int, copies: Int, unit: String) -> (String, Int) throws -> Void {
            { dir, _ in
                let folder = "\(dir)/reports-\(copies)-\(step)"
                if FileManager.default.fileExists(atPath: folder) { return }
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: "\(reports)/cases.json", toPath: "\(folder)/cases.json")
                for name in (try FileManager.default.contentsOfDirectory(atPath: reports)).filter({ $0.hasSuffix(".txt") }) {
                    try FileManager.default.copyItem(atPath: "\(reports)/\(name)", toPath: "\(folder)/\(name)")
                }
                if copies == 0 {
                    try write("---\ntitle: Long\ndate: 2019-03\n---\n" + repeated(unit, bytes: quarter * step), "\(folder)/long.txt")
                } else {
                    let text = try String(contentsOfFile: "\(reports)/amnesty-2019-upr-submission.txt", encoding: .utf8)
                    for c in 0..<(copies * step) { try write(text, "\(folder)/copy-\(c).txt") }
                }
            }
        }
        let applied = "Article 164 of the Criminal Code was applied.\n"
        for command in [["history", "174", "--format", "json"], ["brief", "174", "--generated", "2026-01-01"], ["export"]] {
            list.append(Shape(name: "\(command[0]): one long report of citations", arguments: { dir, step in command + ["--reports", "\(dir)/reports-0-\(step)"] },
                              prepare: { dir, step in try reportFolder(step, copies: 0, unit: applied)(dir, step) }, stdin: nil))
        }
        list.append(Shape(name: "brief 174: many reports (100 × step copies)", arguments: { dir, step in ["brief", "174", "--generated", "2026-01-01", "--reports", "\(dir)/reports-100-\(step)"] },
                          prepare: { dir, step in try reportFolder(step, copies: 100, unit: "")(dir, step) }, stdin: nil))
        return list
    }

    /// Runs every shape; true when all grow linearly.
    static func run(executable: String, statutes: String, reports: String, steps: [Int] = [1, 2, 4, 8, 16]) -> Bool {
        let dir = NSTemporaryDirectory() + "concord-scaling-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var allLinear = true
        print("doubling test (0.25 MB × 1, 2, 4, 8, 16; ratio per doubling must stay ≤ \(limit)):")
        for shape in shapes(reports: reports) {
            var times: [Double] = []
            var failed = ""
            for step in steps {
                do { try shape.prepare(dir, step) } catch { failed = "cannot write input: \(error)"; break }
                let (seconds, status) = timed(executable, shape.arguments(dir, step) + ["--statutes", statutes], stdin: shape.stdin?(dir, step))
                if status != 0 { failed = "exit \(status) at step \(step)"; break }
                times.append(seconds)
                if seconds > secondsPerRun { failed = "over \(Int(secondsPerRun)) s at step \(step)"; break }
            }
            // The growth per doubling: the slope of log(time) against log(size), fitted over every step
            // (one noisy run does not decide it), with the start-up time subtracted first.
            let startUp = 0.08
            let points = times.enumerated().map { (Double($0.offset), log2(max($0.element - startUp, 0.01))) }
            let n = Double(points.count)
            let meanX = points.map(\.0).reduce(0, +) / max(n, 1), meanY = points.map(\.1).reduce(0, +) / max(n, 1)
            let slope = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +) / max(points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +), 1e-9)
            let worst = points.count >= 2 ? pow(2, slope) : 0
            let linear = failed.isEmpty && worst <= limit
            if !linear { allLinear = false }
            let text = times.map { String(format: "%.2f", $0) }.joined(separator: " ")
            print("  \(linear ? "ok  " : "FAIL") \(shape.name): \(text) s; growth per doubling \(String(format: "%.2f", worst))\(failed.isEmpty ? "" : " — \(failed)")")
            fflush(nil)
        }
        return allLinear
    }

    /// Wall time and exit status of one run, killed after the time limit.
    static func timed(_ executable: String, _ arguments: [String], stdin: String?) -> (Double, Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        if let stdin { process.standardInput = FileHandle(forReadingAtPath: stdin) }
        let start = Date()
        do { try process.run() } catch { return (0, -1) }
        let deadline = Date().addingTimeInterval(secondsPerRun + 5)
        while process.isRunning {
            if Date() > deadline { process.terminate(); return (secondsPerRun + 5, 0) }
            usleep(2_000)
        }
        return (Date().timeIntervalSince(start), process.terminationStatus)
    }
}
