import Concord
import Foundation

/// `concord cite`: every provision reference in the files, resolved as of each document's date.
enum CiteCommand: Command {
    static let spec = CommandSpec(
        name: "cite", synopsis: "cite FILE... [--date DATE] [--language en|ru] [--format json|text|annotated] | cite --jsonl [--threads N] [--stats]",
        summary: "Finds every provision reference in the files ('-' for standard input) and resolves it as of the document's date (from --date, else the front matter, else the text's own clues). Every file is read before anything is printed; a bad file prints one error line and nothing else. With --jsonl, reads JSON Lines documents from standard input and writes one line per input line, in order; --date and --language are then the defaults for lines that give none.",
        options: [
            OptionSpec(name: "--date", valueName: "DATE", help: "the documents' date: YYYY, YYYY-MM or YYYY-MM-DD"),
            OptionSpec(name: "--language", valueName: "CODE", help: "the documents' language (default: front matter, else guessed)", choices: ["en", "ru"]),
            OptionSpec(name: "--format", valueName: "FORMAT", help: "json (default), text (a line per citation) or annotated (the text, marked); --jsonl writes JSON Lines only", choices: ["json", "text", "annotated"]),
            OptionSpec(name: "--jsonl", valueName: nil, help: "read JSON Lines {\"id\", \"date\", \"language\", \"text\"} from standard input; write one JSON line per input line, in order"),
            OptionSpec(name: "--threads", valueName: "N", help: "with --jsonl, documents cited in parallel (default: the number of cores)"),
            OptionSpec(name: "--stats", valueName: nil, help: "with --jsonl, print documents, bytes, seconds and peak memory to standard error at the end"),
        ] + CommandSpec.dataOptions,
        positional: .files)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let date = try dateOption(arguments, command: "cite")
        if arguments.has("--jsonl") { return try runJSONLines(arguments, date: date) }
        if arguments.value("--threads") != nil || arguments.has("--stats") { throw .usage("concord cite: --threads and --stats go with --jsonl") }
        guard !arguments.positional.isEmpty else { throw .usage("concord cite: name at least one file ('-' for standard input)") }
        let format = arguments.value("--format") ?? "json"
        let dataSet = try loadDataSet(arguments)
        let documents = try readDocuments(arguments.positional, languages: dataSet.languages)
        let citer = Citer(registry: dataSet.registry)
        let language = arguments.value("--language")
        switch format {
        case "json":
            // One document is one object; several are an array. Written a document at a time.
            if documents.count == 1 {
                try Output.standardOutput(JSONWriter.pretty(CitationJSON.value(citer.cite(documents[0], date: date, language: language))) + "\n")
            } else {
                try Output.standardOutput("[\n")
                for (k, document) in documents.enumerated() {
                    let text = JSONWriter.pretty(CitationJSON.value(citer.cite(document, date: date, language: language)))
                    try Output.standardOutput(text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + (k + 1 < documents.count ? ",\n" : "\n"))
                }
                try Output.standardOutput("]\n")
            }
        case "text":
            for document in documents { try Output.standardOutput(CitationText.lines(citer.cite(document, date: date, language: language), original: document.text)) }
        default:
            for document in documents { try Output.standardOutput(CitationText.annotated(citer.cite(document, date: date, language: language), original: document.text)) }
        }
    }

    static func runJSONLines(_ arguments: ParsedArguments, date: LegalDate?) throws(ConcordError) {
        guard arguments.positional.isEmpty else { throw .usage("concord cite --jsonl reads standard input; name no files") }
        if let format = arguments.value("--format"), format != "json" { throw .usage("concord cite --jsonl writes JSON Lines; --format \(format) does not apply") }
        var threads = ProcessInfo.processInfo.activeProcessorCount
        if let text = arguments.value("--threads") {
            guard let n = Int(text), (1...1024).contains(n) else { throw .usage("concord cite: --threads must be a whole number from 1 to 1024") }
            threads = n
        }
        let dataSet = try loadDataSet(arguments)
        let mapper = JSONLinesMapper(citer: Citer(registry: dataSet.registry), threads: threads, defaultDate: date, defaultLanguage: arguments.value("--language"))
        let start = Date()
        let progress = Progress("cite")
        let (documents, bytes) = try stream(mapper, progress: progress)
        progress.finish()
        if arguments.has("--stats") {
            let seconds = Date().timeIntervalSince(start)
            Output.standardError("concord stats: \(documents) documents, \(bytes) bytes, \(String(format: "%.3f", seconds)) s, peak memory \(peakMemoryKB()) KB")
        }
    }

    /// Streams standard input to standard output through the mapper, a batch at a time: one output
    /// line per input line, memory bounded by a batch.
    static func stream(_ mapper: JSONLinesMapper, progress: Progress) throws(ConcordError) -> (documents: Int, bytes: Int) {
        var documents = 0, bytes = 0, lineNumber = 0
        var pending = [UInt8]()
        var scanned = 0
        var batch: [(line: ArraySlice<UInt8>, number: Int)] = []
        func flush() throws(ConcordError) {
            guard !batch.isEmpty else { return }
            var out = [UInt8]()
            for result in mapper.map(batch: batch) { out += result; out.append(0x0A) }
            try Output.standardOutput(out)
            batch.removeAll(keepingCapacity: true)
            progress.update("\(documents) documents, \(bytes / 1_000_000) MB")
        }
        let input = FileHandle.standardInput
        while true {
            let chunk: Data
            do { chunk = try input.read(upToCount: 1 << 20) ?? Data() } catch {
                throw .badInput(Diagnostic(file: "standard input", line: lineNumber + 1, message: "cannot be read"))
            }
            if chunk.isEmpty { break }
            pending += chunk
            var lineStart = 0
            // Search for line breaks only in bytes not searched before: a 50 MB line is scanned once.
            while let newline = pending[max(lineStart, scanned)...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var line = pending[lineStart..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                bytes += newline - lineStart + 1
                batch.append((ArraySlice(Array(line)), lineNumber))
                documents += 1
                lineStart = newline + 1
                scanned = lineStart
                if batch.count >= mapper.batchSize { try flush() }
            }
            pending.removeFirst(lineStart)
            scanned = pending.count
        }
        if !pending.isEmpty {
            lineNumber += 1
            bytes += pending.count
            documents += 1
            batch.append((ArraySlice(pending), lineNumber))
        }
        try flush()
        return (documents, bytes)
    }

    /// The process's peak resident memory in KB (VmHWM), or 0 where /proc is not available.
    static func peakMemoryKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
