import Concord
import Foundation

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Writes to standard output without a trailing newline added.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

func directory(_ path: String?) -> URL? {
    path.map { URL(fileURLWithPath: $0, isDirectory: true) }
}

func loadDataSet(_ arguments: ParsedArguments) throws(ConcordError) -> DataSet {
    try DataSet.load(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
}

/// Streams standard input to standard output through the mapper, a batch at a time.
/// The process's peak resident memory in KB (VmHWM), or 0 where /proc is not available.
func peakMemoryKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

@discardableResult
func streamJSONLines(_ mapper: JSONLinesMapper) throws(ConcordError) -> (documents: Int, bytes: Int) {
    var documents = 0
    var bytes = 0
    let input = FileHandle.standardInput
    var pending = [UInt8]()
    var lineNumber = 0
    var batch: [(line: ArraySlice<UInt8>, number: Int)] = []
    func flush() {
        guard !batch.isEmpty else { return }
        var out = [UInt8]()
        for result in mapper.map(batch: batch) { out += result; out.append(0x0A) }
        FileHandle.standardOutput.write(Data(out))
        batch.removeAll(keepingCapacity: true)
    }
    while true {
        let chunk = input.readData(ofLength: 1 << 20)
        if chunk.isEmpty { break }
        pending += chunk
        var lineStart = 0
        while let newline = pending[lineStart...].firstIndex(of: 0x0A) {
            lineNumber += 1
            var line = pending[lineStart..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            bytes += line.count + 1
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { batch.append((ArraySlice(Array(line)), lineNumber)); documents += 1 }
            lineStart = newline + 1
            if batch.count >= mapper.batchSize { flush() }
        }
        pending.removeFirst(lineStart)
    }
    if !pending.isEmpty, !pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        lineNumber += 1
        bytes += pending.count
        documents += 1
        batch.append((ArraySlice(pending), lineNumber))
    }
    flush()
    return (documents, bytes)
}

/// Resolves a lenient query to one provision, or throws the ambiguity or the nearest known ones.
func provision(_ query: String, in registry: Registry) throws(ConcordError) -> ProvisionID {
    switch ProvisionQuery.resolve(query, in: registry) {
    case .provision(let id): return id
    case .ambiguous(let choices): throw .ambiguousQuery(query: query, choices: choices.map(\.description))
    case .unknown(let nearest): throw .unknownProvision(query: query, suggestions: nearest.map(\.description))
    }
}

/// The date of generation: --generated, else SOURCE_DATE_EPOCH (for reproducible output), else today (UTC).
func generationDate(_ arguments: ParsedArguments) throws(ConcordError) -> LegalDate {
    if let text = arguments.value("--generated") {
        guard let date = LegalDate(text) else { throw .usage("--generated '\(text)' is not a real date") }
        return date
    }
    var seconds = Date().timeIntervalSince1970
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let value = Double(epoch) { seconds = value }
    return LegalDate(Day(ordinal: Int((seconds / 86_400).rounded(.down))))
}

/// Writes `text` to --out FILE (all at once, only when complete) or to standard output.
func emit(_ text: String, _ arguments: ParsedArguments) throws(ConcordError) {
    guard let out = arguments.value("--out") else { write(text); return }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
    } catch {
        throw .badInput(Diagnostic(file: out, line: 0, message: "cannot write: \(error.localizedDescription)"))
    }
}

let commands: [CommandSpec] = [
    CommandSpec(
        name: "cite", synopsis: "cite FILE... [--date YYYY-MM-DD] [--language en|ru] [--format json|text|annotated]",
        summary: "Finds every provision reference in the files and resolves it as of the document's date (from --date, else the front matter, else the text's own clues). Every file is read before anything is printed; a bad file prints one error line and nothing else.",
        options: [
            OptionSpec(name: "--date", valueName: "DATE", help: "the documents' date: YYYY, YYYY-MM or YYYY-MM-DD"),
            OptionSpec(name: "--language", valueName: "CODE", help: "the documents' language, en or ru (default: front matter, else guessed)"),
            OptionSpec(name: "--format", valueName: "FORMAT", help: "json (default), text (a line per citation) or annotated (the text, marked)"),
            OptionSpec(name: "--jsonl", valueName: nil, help: "read JSON Lines {\"id\", \"date\", \"language\", \"text\"} from standard input; write one JSON line per document, in order"),
            OptionSpec(name: "--threads", valueName: "N", help: "with --jsonl, documents cited in parallel (default: the number of cores)"),
            OptionSpec(name: "--stats", valueName: nil, help: "with --jsonl, print documents, bytes, seconds and peak memory to standard error at the end"),
        ] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            if arguments.has("--jsonl") {
                guard arguments.positional.isEmpty else { throw .usage("concord cite --jsonl reads standard input; name no files") }
                var threads = ProcessInfo.processInfo.activeProcessorCount
                if let text = arguments.value("--threads") {
                    guard let n = Int(text), n >= 1 else { throw .usage("concord cite: --threads must be a whole number of at least 1") }
                    threads = n
                }
                let dataSet = try loadDataSet(arguments)
                let start = Date()
                let (documents, bytes) = try streamJSONLines(JSONLinesMapper(citer: Citer(registry: dataSet.registry), threads: threads))
                if arguments.has("--stats") {
                    let seconds = Date().timeIntervalSince(start)
                    printError("concord stats: \(documents) documents, \(bytes) bytes, \(String(format: "%.3f", seconds)) s, peak memory \(peakMemoryKB()) KB")
                }
                return
            }
            guard !arguments.positional.isEmpty else { throw .usage("concord cite: name at least one file") }
            let format = arguments.value("--format") ?? "json"
            guard ["json", "text", "annotated"].contains(format) else { throw .usage("concord cite: --format must be json, text or annotated") }
            var date: LegalDate?
            if let text = arguments.value("--date") {
                guard let parsed = LegalDate(text) else { throw .usage("concord cite: --date '\(text)' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                date = parsed
            }
            let dataSet = try loadDataSet(arguments)
            if let language = arguments.value("--language"), !dataSet.languages.contains(language) {
                throw .usage("concord cite: unknown --language '\(language)' (known: \(dataSet.languages.sorted().joined(separator: ", ")))")
            }
            var documents: [Document] = []
            for path in arguments.positional {
                documents.append(try Document.read(path: path, languages: dataSet.languages))
            }
            let citer = Citer(registry: dataSet.registry)
            let reports = documents.map { citer.cite($0, date: date, language: arguments.value("--language")) }
            switch format {
            case "json":
                let value: JSONValue = reports.count == 1 ? CitationJSON.value(reports[0]) : .array(reports.map(CitationJSON.value))
                write(JSONWriter.pretty(value) + "\n")
            case "text":
                write(zip(reports, documents).map { CitationText.lines($0, original: $1.text) }.joined())
            default:
                write(zip(reports, documents).map { CitationText.annotated($0, original: $1.text) }.joined())
            }
        }),
    CommandSpec(
        name: "check", synopsis: "check [--statutes DIR] [--reports DIR]",
        summary: "Validates the whole data set (statutes and reports) and prints every problem as file:line: message.",
        options: CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            let (checked, cases, problems) = DataSet.inspect(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
            guard problems.isEmpty, let dataSet = checked else { throw .invalidData(problems) }
            let summary = CoverageSummary(registry: dataSet.registry)
            write(summary.table + "ok: \(summary.description); \(dataSet.reportFiles().count) reports, \(cases.count) cases, \(cases.reduce(0) { $0 + $1.events.count }) case events\n")
        }),
    CommandSpec(
        name: "history", synopsis: "history <provision> [--format markdown|json|csv]",
        summary: "A provision's chain across versions, then one timeline in date order merging statute events, citing reports, case events, recommendations and assessments. 164 and 174 give the same history, seen from the number asked.",
        options: [OptionSpec(name: "--format", valueName: "FORMAT", help: "markdown (default), json or csv")] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            guard !arguments.positional.isEmpty else { throw .usage("concord history: name a provision, e.g. 'concord history 174'") }
            let format = arguments.value("--format") ?? "markdown"
            guard ["markdown", "json", "csv"].contains(format) else { throw .usage("concord history: --format must be markdown, json or csv") }
            let dataSet = try loadDataSet(arguments)
            let id = try provision(arguments.positional.joined(separator: " "), in: dataSet.registry)
            let corpus = try Corpus.build(dataSet)
            let history = History(of: id, in: corpus)
            switch format {
            case "json": write(JSONWriter.pretty(HistoryRenderer.json(history)) + "\n")
            case "csv": write(HistoryRenderer.csv(history))
            default: write(HistoryRenderer.markdown(history, corpus: corpus))
            }
        }),
    CommandSpec(
        name: "brief", synopsis: "brief <provision>... [--all] [--out FILE] [--generated DATE]",
        summary: "A Markdown briefing a lawyer can hand over: summary, the provision in each version, timeline, cases, recommendations, citation problems in the sources, numbered source notes. --all covers every provision the reports cite.",
        options: [
            OptionSpec(name: "--all", valueName: nil, help: "a country briefing on every provision the reports cite"),
            OptionSpec(name: "--out", valueName: "FILE", help: "write to FILE (written whole, only on success) instead of standard output"),
            OptionSpec(name: "--generated", valueName: "DATE", help: "the date printed as the date of generation (default: SOURCE_DATE_EPOCH, else today)"),
        ] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            guard !arguments.positional.isEmpty || arguments.has("--all") else { throw .usage("concord brief: name a provision (e.g. 'concord brief 174') or pass --all") }
            let dataSet = try loadDataSet(arguments)
            var ids: [ProvisionID] = []
            for query in arguments.positional { ids.append(try provision(query, in: dataSet.registry)) }
            let generated = try generationDate(arguments)
            let corpus = try Corpus.build(dataSet)
            var title: String?
            if arguments.has("--all") {
                ids += corpus.citedProvisions()
                title = "Country briefing: Kazakhstan — every provision the reports cite"
            }
            try emit(Briefing(corpus: corpus, generated: generated).render(ids, title: title), arguments)
        }),
    CommandSpec(
        name: "export", synopsis: "export [--format json|csv] [--out DIR]",
        summary: "The whole graph (works, provisions, successions, reports, citations, cases, case events, recommendations, assessments) for other tools: JSON with a schema name and version, or one CSV file per table with a stable column order.",
        options: [
            OptionSpec(name: "--format", valueName: "FORMAT", help: "json (default) or csv"),
            OptionSpec(name: "--out", valueName: "DIR", help: "write graph.json or <table>.csv files into DIR (json goes to standard output without it)"),
        ] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            let format = arguments.value("--format") ?? "json"
            guard ["json", "csv"].contains(format) else { throw .usage("concord export: --format must be json or csv") }
            if format == "csv" && arguments.value("--out") == nil { throw .usage("concord export: --format csv writes one file per table; give --out DIR") }
            let graph = Graph(corpus: try Corpus.build(try loadDataSet(arguments)))
            let files: [(name: String, text: String)] = format == "json" ? [("graph.json", JSONWriter.pretty(graph.json) + "\n")] : graph.csv
            guard let out = arguments.value("--out") else { write(files[0].text); return }
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                for file in files { try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic) }
            } catch {
                throw .badInput(Diagnostic(file: out, line: 0, message: "cannot write: \(error.localizedDescription)"))
            }
        }),
    CommandSpec(
        name: "cases", synopsis: "cases [FILE...] [--candidates FILE]",
        summary: "Without files, lists the case registry. With files, lists the mentions of known cases in them, matched through every name variant. With --candidates FILE, lists passages of a new report that look like cases not yet in the registry (a name near a charge, a sentence or a cited provision), for a person to review.",
        options: [OptionSpec(name: "--candidates", valueName: "FILE", help: "a report to search for cases the registry does not have")] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            let dataSet = try loadDataSet(arguments)
            let (cases, problems) = CaseLoader.load(reportsDirectory: dataSet.reportsDirectory, registry: dataSet.registry)
            guard problems.isEmpty else { throw .invalidData(problems) }
            let matcher = CaseMatcher(cases: cases, registry: dataSet.registry)
            let citer = Citer(registry: dataSet.registry)
            if let path = arguments.value("--candidates") {
                let analysis = citer.analyze(try Document.read(path: path, languages: dataSet.languages))
                let lines = LineIndex(analysis.document.text)
                var out = ""
                for candidate in matcher.candidates(in: analysis) {
                    let (line, column) = lines.position(of: candidate.start)
                    out += "\(path):\(line):\(column): \(candidate.name) — \(candidate.reasons.joined(separator: ", ")) — \(candidate.sentence)\n"
                }
                write(out)
                return
            }
            if arguments.positional.isEmpty {
                var out = ""
                for c in cases {
                    out += "\(c.id)\t\(c.name)\t\(c.events.count) events\t\(c.provisions.map(\.description).joined(separator: " "))\n"
                }
                write(out)
                return
            }
            var documents: [Document] = []
            for path in arguments.positional { documents.append(try Document.read(path: path, languages: dataSet.languages)) }
            var out = ""
            for document in documents {
                let analysis = citer.analyze(document)
                let lines = LineIndex(document.text)
                for mention in matcher.mentions(in: analysis) {
                    let (line, column) = lines.position(of: mention.start)
                    out += "\(document.path):\(line):\(column): \(mention.caseID) “\(mention.text)”\n"
                }
            }
            write(out)
        }),
    CommandSpec(
        name: "show", synopsis: "show <provision> [--date DATE] [--statutes DIR]",
        summary: "Prints a provision's record (headings over time, chapter, status, every amendment with its act and sources) and its chain through time. The provision may be written leniently: 164, art. 174, Article 174(2), cc2014 174, CC-1997 art. 164, ст. 174 УК, kz.cc.1997:317-1; a bare number means the Criminal Code's newest version that has it, and the other works with that number are listed.",
        options: [OptionSpec(name: "--date", valueName: "DATE", help: "also give the heading and status on that day (YYYY-MM-DD; a year or month means its last day)")] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            guard !arguments.positional.isEmpty else { throw .usage("concord show: name a provision, e.g. 'concord show 164'") }
            let query = arguments.positional.joined(separator: " ")
            var day: Day?
            if let text = arguments.value("--date") {
                guard let date = LegalDate(text) else { throw .usage("concord show: --date '\(text)' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                day = date.last
            }
            let dataSet = try loadDataSet(arguments)
            switch ProvisionQuery.resolve(query, in: dataSet.registry) {
            case .provision(let id):
                let alternatives = ProvisionQuery(query, registry: dataSet.registry)?.alternatives(to: id, in: dataSet.registry) ?? []
                write(ProvisionRecordText(registry: dataSet.registry).render(id, on: day, alternatives: alternatives))
            case .ambiguous(let choices):
                throw .ambiguousQuery(query: query, choices: choices.map(\.description))
            case .unknown(let nearest):
                throw .unknownProvision(query: query, suggestions: nearest.map(\.description))
            }
        }),
]

let usage = """
usage: concord <command> [options]

Concord cross-references provisions of Kazakh law and international treaties cited in reports.

commands:
\(commands.map { "  " + $0.name.padding(toLength: 8, withPad: " ", startingAt: 0) + $0.summary.prefix { $0 != "." } }.joined(separator: "\n"))

Run 'concord <command> --help' for a command's options.
Exit codes: 0 success, 1 bad data or input, 2 bad usage.

"""

var argv = Array(CommandLine.arguments.dropFirst())
guard let name = argv.first else { printError(usage); exit(2) }
if name == "--help" || name == "-h" || name == "help" { write(usage); exit(0) }
guard let command = commands.first(where: { $0.name == name }) else {
    printError("concord: unknown command '\(name)'\n" + usage)
    exit(2)
}
do {
    let arguments = try command.parse(Array(argv.dropFirst()))
    if arguments.has("--help") { write(command.help); exit(0) }
    try command.run(arguments)
    exit(0)
} catch {
    printError(error.description)
    exit(error.exitCode)
}
