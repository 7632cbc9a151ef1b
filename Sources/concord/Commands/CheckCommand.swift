import Concord

/// `concord check`: validates the whole data set and prints its coverage.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", synopsis: "check [--statutes DIR] [--reports DIR]",
        summary: "Validates the whole data set (statutes, article tables, successions, reports and cases) and prints every problem as file:line: message; when there is none, the coverage per work (articles, amendment events, English headings by origin, successions by evidence, verified and unverified facts).",
        options: CommandSpec.dataOptions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let (checked, cases, problems) = DataSet.inspect(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
        guard problems.isEmpty, let dataSet = checked else { throw .invalidData(problems) }
        let summary = CoverageSummary(registry: dataSet.registry)
        try Output.standardOutput(summary.table + "ok: \(summary.description); \(dataSet.reportFiles().count) reports, \(cases.count) cases, \(cases.reduce(0) { $0 + $1.events.count }) case events\n")
    }
}
