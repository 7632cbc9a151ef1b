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

let commands: [CommandSpec] = [
    CommandSpec(
        name: "cite", synopsis: "cite FILE... [--date YYYY-MM-DD] [--language en|ru] [--format json|text|annotated]",
        summary: "Finds every provision reference in the files and resolves it as of the document's date (from --date, else the front matter, else the text's own clues). Every file is read before anything is printed; a bad file prints one error line and nothing else.",
        options: [
            OptionSpec(name: "--date", valueName: "DATE", help: "the documents' date: YYYY, YYYY-MM or YYYY-MM-DD"),
            OptionSpec(name: "--language", valueName: "CODE", help: "the documents' language, en or ru (default: front matter, else guessed)"),
            OptionSpec(name: "--format", valueName: "FORMAT", help: "json (default), text (a line per citation) or annotated (the text, marked)"),
        ] + CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
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
            let problems = DataSet.check(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
            if !problems.isEmpty { throw .invalidData(problems) }
            let dataSet = try loadDataSet(arguments)
            let summary = CoverageSummary(registry: dataSet.registry)
            write("ok: \(summary.description)\n")
        }),
    CommandSpec(
        name: "show", synopsis: "show <provision> [--statutes DIR]",
        summary: "Prints a provision's record and its chain through time. The provision may be written leniently: 164, art. 174, Article 174(2), cc2014 174, CC-1997 art. 164, ст. 174 УК, kz.cc.1997:317-1.",
        options: CommandSpec.dataOptions,
        run: { arguments throws(ConcordError) in
            guard !arguments.positional.isEmpty else { throw .usage("concord show: name a provision, e.g. 'concord show 164'") }
            let query = arguments.positional.joined(separator: " ")
            let dataSet = try loadDataSet(arguments)
            switch ProvisionQuery.resolve(query, in: dataSet.registry) {
            case .provision(let id):
                write(ProvisionRecordText(registry: dataSet.registry).render(id))
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
