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
