import Concord
import ConcordCorpora
import Dispatch
import Foundation

// concord-bench: measures Concord in release mode and prints one table.
// usage: swift run -c release concord-bench [--out DIR] [--quick]
//   --out DIR  where the generated corpora are written (default: $TMPDIR/concord-bench), for Scripts/bench-peers.sh
//   --quick    1 and 10 MB corpora only (no 100 MB run)
//   --load-only  only the load time of the bundled data set
//   --scaling  the doubling test of every command on adversarial shapes (fails above 2.2× per doubling)

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func time(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<repeats {
        let start = now()
        try body()
        samples.append(now() - start)
    }
    return median(samples)
}

func peakMemoryKB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Runs a command with a file as standard input; returns its wall time and peak memory (KB).
/// The peak comes from the command's own `--stats` line when it prints one (its VmHWM): a spawned
/// process's ru_maxrss on Linux starts from its parent's, which says nothing about the child.
func runMeasured(_ executable: String, _ arguments: [String], stdin: String?) -> (seconds: Double, peakKB: Int, status: Int32) {
    let statsFile = NSTemporaryDirectory() + "concord-bench-stats-\(getpid()).txt"
    var pid: pid_t = 0
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, statsFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = now()
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = now() - start
    var peak = usage.ru_maxrss
    if let stats = try? String(contentsOfFile: statsFile, encoding: .utf8), let range = stats.range(of: "peak memory ") {
        peak = Int(stats[range.upperBound...].prefix { $0.isNumber }) ?? peak
    }
    try? FileManager.default.removeItem(atPath: statsFile)
    return (seconds, peak, status)
}

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let outDirectory = arguments.firstIndex(of: "--out").map { arguments[$0 + 1] } ?? (NSTemporaryDirectory() + "concord-bench")
try? FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
let cores = ProcessInfo.processInfo.activeProcessorCount

var rows: [(String, String)] = []
@MainActor func row(_ name: String, _ value: String) { rows.append((name, value)); print("  \(name): \(value)") }
func mb(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }
func f1(_ x: Double) -> String { String(format: "%.1f", x) }
func f2(_ x: Double) -> String { String(format: "%.2f", x) }

print("concord-bench: \(cores) cores")

if CommandLine.arguments.contains("--scaling") {
    // The executable beside this one; the bundled data set.
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    guard let bundled = DataSet.locateBundled() else { print("cannot find the bundled data set"); exit(1) }
    let args = CommandLine.arguments
    let statutes = args.firstIndex(of: "--statutes").flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil } ?? bundled.statutes.path
    let linear = Scaling.run(executable: here.appendingPathComponent("concord").path, statutes: statutes, reports: bundled.reports.path)
    exit(linear ? 0 : 1)
}

// Loading the bundled data set.
let loadSeconds = try time(21) { _ = try DataSet.load() }
row("load bundled data set", "\(f1(loadSeconds * 1000)) ms")
if CommandLine.arguments.contains("--load-only") { exit(0) }
let dataSet = try DataSet.load()
let citer = Citer(registry: dataSet.registry)

// History and briefing in-process.
let historySeconds = try time(5) {
    let corpus = try Corpus.build(dataSet)
    _ = HistoryRenderer.markdown(History(of: ProvisionID("kz.cc.2014:174")!, in: corpus), corpus: corpus)
}
row("history 174 in-process (load reports, analyse, render)", "\(f1(historySeconds * 1000)) ms")
let corpus = try Corpus.build(dataSet)
let briefSeconds = time(5) { _ = Briefing(corpus: corpus, generated: LegalDate("2026-01-01")!).render([ProvisionID("kz.cc.2014:174")!]) }
row("brief 174 in-process (corpus built)", "\(f1(briefSeconds * 1000)) ms")
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("concord").path
if FileManager.default.isExecutableFile(atPath: executable) {
    var samples: [Double] = []
    for _ in 0..<11 { samples.append(runMeasured(executable, ["history", "174"], stdin: nil).seconds) }
    row("concord history 174, process start to exit", "\(f1(median(samples) * 1000)) ms")
}

// Corpora.
let generator = SyntheticCorpus(reports: dataSet.readReports().documents)
func lines(_ text: [UInt8]) -> [(line: ArraySlice<UInt8>, number: Int)] {
    var result: [(line: ArraySlice<UInt8>, number: Int)] = []
    var start = 0
    var n = 0
    for (i, b) in text.enumerated() where b == 0x0A {
        n += 1
        result.append((text[start..<i], n))
        start = i + 1
    }
    return result
}

@MainActor func throughput(_ text: [UInt8], threads: Int) -> (seconds: Double, citations: Int) {
    let mapper = JSONLinesMapper(citer: citer, threads: threads, batchSize: 64)
    let all = lines(text)
    var citations = 0
    let start = now()
    var k = 0
    while k < all.count {
        let batch = Array(all[k..<min(k + 64, all.count)])
        for out in mapper.map(batch: batch) {
            // Count citations without parsing: each has a "kind" key.
            var count = 0
            var i = 0
            let key = Array("\"kind\":".utf8)
            while i + key.count <= out.count {
                if out[i] == 0x22, out[i..<(i + key.count)].elementsEqual(key) { count += 1; i += key.count } else { i += 1 }
            }
            citations += count
        }
        k += 64
    }
    return (now() - start, citations)
}

var sizes = [1_000_000, 10_000_000, 100_000_000]
if quick { sizes.removeLast() }
var documentCounts: [Int: Int] = [:]
for size in sizes {
    let (text, documents) = generator.jsonLines(bytes: size, seed: 42)
    documentCounts[size] = documents
    FileManager.default.createFile(atPath: "\(outDirectory)/corpus-\(size / 1_000_000)mb.jsonl", contents: Data(text))
}

// Streaming memory, measured first, while this process is still small (a child's peak is its own,
// but it starts from what it was spawned with).
if FileManager.default.isExecutableFile(atPath: executable) {
    for size in sizes {
        let path = "\(outDirectory)/corpus-\(size / 1_000_000)mb.jsonl"
        let run = runMeasured(executable, ["cite", "--jsonl", "--stats"], stdin: path)
        row("concord cite --jsonl, \(size / 1_000_000) MB corpus: peak memory", "\(run.peakKB / 1024) MB (\(f1(mb(size) / run.seconds)) MB/s end to end, \(cores) threads)")
    }
}

/// Times a corpus on one thread and on every core, prints its two rows, and returns the one-thread run.
@MainActor func measureCorpus(_ label: String, _ text: [UInt8], documents: Int) -> (seconds: Double, citations: Int) {
    let single = throughput(text, threads: 1)
    let multi = throughput(text, threads: cores)
    row("\(label) (\(documents) docs, \(single.citations) citations), 1 thread", "\(f1(mb(text.count) / single.seconds)) MB/s, \(Int(Double(single.citations) / single.seconds)) citations/s")
    row("\(label), \(cores) threads", "\(f1(mb(text.count) / multi.seconds)) MB/s (\(f2(single.seconds / multi.seconds))× one thread)")
    return single
}

var singleTimes: [Int: Double] = [:]
var normalRate = 0.0
for size in sizes {
    let text = [UInt8](FileManager.default.contents(atPath: "\(outDirectory)/corpus-\(size / 1_000_000)mb.jsonl")!)
    let single = measureCorpus("\(size / 1_000_000) MB", text, documents: documentCounts[size]!)
    singleTimes[size] = single.seconds
    if size == sizes.last! { normalRate = mb(text.count) / single.seconds }
}
// The reports alone, repeated: text as reports are written (about one citation per kilobyte,
// against about five in the corpora above, which mix the reports with citation-dense sentences).
do {
    let size = quick ? 10_000_000 : 100_000_000
    let (text, documents) = generator.reportLines(bytes: size)
    FileManager.default.createFile(atPath: "\(outDirectory)/reports-\(size / 1_000_000)mb.jsonl", contents: Data(text))
    _ = measureCorpus("reports alone, \(size / 1_000_000) MB", text, documents: documents)
}
if let t1 = singleTimes[1_000_000], let t10 = singleTimes[10_000_000] { row("scaling 10 MB / 1 MB", f2(t10 / t1)) }
if let t10 = singleTimes[10_000_000], let t100 = singleTimes[100_000_000] { row("scaling 100 MB / 10 MB", f2(t100 / t10)) }

// Adversarial inputs, each one document.
@MainActor func adversarial(_ name: String, _ text: String) {
    let document = Document(path: name, text: text, metadata: FrontMatter(date: LegalDate("2019"), language: "en"))
    let start = now()
    let report = citer.cite(document)
    let seconds = now() - start
    let rate = mb(text.utf8.count) / seconds
    row("adversarial: \(name) (\(f1(mb(text.utf8.count))) MB, \(report.citations.count) citations)", "\(f1(rate)) MB/s\(normalRate > 0 ? " (\(f2(rate / normalRate))× normal)" : "")")
    try? text.write(toFile: "\(outDirectory)/adversarial-\(name.replacingOccurrences(of: " ", with: "-")).txt", atomically: true, encoding: .utf8)
}
adversarial("1,000,000 × \"Article \"", SyntheticCorpus.repeatedMarker())
adversarial("200,000-member list", SyntheticCorpus.longList())
adversarial("100,000 nested parentheses", String(repeating: "(", count: 100_000) + "Article 174 of the Criminal Code" + String(repeating: ")", count: 100_000))
adversarial("10,000 front-matter lines", "---\n" + String(repeating: "# a comment line of the header\n", count: 10_000) + "date: 2019\n---\nArticle 174 of the Criminal Code.\n")
adversarial("50 MB single line", generator.singleLine(bytes: quick ? 5_000_000 : 50_000_000, seed: 7))

row("bench process peak memory", "\(peakMemoryKB() / 1024) MB")

print("\n| measure | value |\n|---|---|")
for (name, value) in rows { print("| \(name) | \(value) |") }
print("\ncorpora written to \(outDirectory)")
