import Concord

/// `concord history`: the chain across versions and one merged timeline.
enum HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history", synopsis: "history <provision> [--format markdown|json|csv]",
        summary: "A provision's chain across versions, then one timeline in date order merging statute events, citing reports, case events, recommendations and assessments. 164 and 174 give the same history, seen from the number asked.",
        options: [OptionSpec(name: "--format", valueName: "FORMAT", help: "the output format (default: markdown)", choices: ["markdown", "json", "csv"])] + CommandSpec.dataOptions,
        positional: .provisions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        guard !arguments.positional.isEmpty else { throw .usage("concord history: name a provision, e.g. 'concord history 174'") }
        let format = arguments.value("--format") ?? "markdown"
        let dataSet = try loadDataSet(arguments)
        let id = try provision(arguments.positional.joined(separator: " "), in: dataSet.registry)
        let corpus = try Corpus.build(dataSet)
        let history = History(of: id, in: corpus)
        switch format {
        case "json": try Output.standardOutput(JSONWriter.pretty(HistoryRenderer.json(history)) + "\n")
        case "csv": try Output.standardOutput(HistoryRenderer.csv(history))
        default: try Output.standardOutput(HistoryRenderer.markdown(history, corpus: corpus))
        }
    }
}
