import Concord
import Foundation

/// `concord check`: validates the whole data set and prints its coverage.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", synopsis: "check [--statutes DIR] [--reports DIR] [--update-generated]",
        summary: "Validates the whole data set (statutes, article tables, successions, reports and cases) and prints every problem as file:line: message; when there is none, the coverage per work (articles, amendment events, English headings by origin, successions by evidence, verified and unverified facts).",
        options: CommandSpec.dataOptions + [
            OptionSpec(name: "--update-generated", valueName: nil, help: "write the generated table of charge names derived from the headings (Statutes/generated/heading-charges.tsv) anew"),
        ])

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let (checked, cases, problems) = DataSet.inspect(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
        guard problems.isEmpty, let dataSet = checked else { throw .invalidData(problems) }
        let table = dataSet.statutesDirectory.appendingPathComponent(DerivedChargeTable.path)
        let current = dataSet.registry.derivedCharges.map { $0.source == DerivedChargeTable.digest(dataSet.registry) } ?? false
        if arguments.has("--update-generated") {
            try GeneratedTable.write(DerivedChargeTable.derive(registry: dataSet.registry).rendered(order: dataSet.registry), to: table.path)
            Output.standardError("wrote \(table.path)\n")
        } else if !current {
            Output.standardError("note: \(table.path) is \(dataSet.registry.derivedCharges == nil ? "missing" : "stale (the headings or rules changed)"): charge names are derived from the headings at every start, which is slower; write it with `concord check --update-generated`\n")
        }
        let summary = CoverageSummary(registry: dataSet.registry)
        try Output.standardOutput(summary.table + "ok: \(summary.description); \(dataSet.reportFiles().count) reports, \(cases.count) cases, \(cases.reduce(0) { $0 + $1.events.count }) case events\n")
    }
}

/// Writes a generated data file whole or not at all: into a temporary sibling, then renamed over it.
enum GeneratedTable {
    static func write(_ text: String, to path: String) throws(ConcordError) {
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(Diagnostic(file: folder, line: 0, message: "cannot create the folder"))
        }
        let temporary = path + ".concord-\(getpid()).tmp"
        guard fm.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw .cannotWrite(Diagnostic(file: path, line: 0, message: "cannot write the file"))
        }
        guard rename(temporary, path) == 0 else {
            let reason = Output.reason(errno)
            try? fm.removeItem(atPath: temporary)
            throw .cannotWrite(Diagnostic(file: path, line: 0, message: "cannot replace the file: \(reason)"))
        }
    }
}
