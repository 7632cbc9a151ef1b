import Concord

/// `concord show`: a provision's record and its chain through time.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show", synopsis: "show <provision> [--date DATE] [--statutes DIR]",
        summary: "Prints a provision's record (headings over time, chapter, status, every amendment with its act and sources) and its chain through time. The provision may be written leniently: 164, art. 174, Article 174(2), cc2014 174, CC-1997 art. 164, ст. 174 УК, kz.cc.1997:317-1; a bare number means the Criminal Code's newest version that has it, and the other works with that number are listed.",
        options: [OptionSpec(name: "--date", valueName: "DATE", help: "also give the heading and status on that day (YYYY-MM-DD; a year or month means its last day)")] + CommandSpec.dataOptions,
        positional: .provisions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        guard !arguments.positional.isEmpty else { throw .usage("concord show: name a provision, e.g. 'concord show 164'") }
        let query = arguments.positional.joined(separator: " ")
        let day = try dateOption(arguments, command: "show")?.last
        let dataSet = try loadDataSet(arguments)
        let id = try provision(query, in: dataSet.registry)
        let alternatives = ProvisionQuery(query, registry: dataSet.registry)?.alternatives(to: id, in: dataSet.registry) ?? []
        try Output.standardOutput(ProvisionRecordText(registry: dataSet.registry).render(id, on: day, alternatives: alternatives))
    }
}
