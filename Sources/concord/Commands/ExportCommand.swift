import Concord
import Foundation

/// `concord export`: the whole graph for other tools.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export", synopsis: "export [--format json|csv] [--out DIR]",
        summary: "The whole graph (works, provisions, successions, reports, citations, cases, case events, recommendations, assessments) for other tools: JSON with a schema name and version, or one CSV file per table with a stable column order. With --out, every file appears or none does.",
        options: [
            OptionSpec(name: "--format", valueName: "FORMAT", help: "the output format (default: json)", choices: ["json", "csv"]),
            OptionSpec(name: "--out", valueName: "DIR", help: "write graph.json or <table>.csv files into DIR (json goes to standard output without it)", completes: .directories),
        ] + CommandSpec.dataOptions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let format = arguments.value("--format") ?? "json"
        if format == "csv" && arguments.value("--out") == nil { throw .usage("concord export: --format csv writes one file per table; give --out DIR") }
        let graph = Graph(corpus: try Corpus.build(try loadDataSet(arguments)))
        let files: [(name: String, text: String)] = format == "json" ? [("graph.json", JSONWriter.pretty(graph.json) + "\n")] : graph.csv
        guard let out = arguments.value("--out") else { try Output.standardOutput(files[0].text); return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .cannotWrite(Diagnostic(file: out, line: 0, message: "cannot write: it is a file, not a folder")) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(Diagnostic(file: out, line: 0, message: "cannot create the folder (does its parent exist, and may it be written?)"))
            }
        }
        var set = FileSet()
        for file in files { set.add((out as NSString).appendingPathComponent(file.name), file.text) }
        try set.commit()
    }
}
