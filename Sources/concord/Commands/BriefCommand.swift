import Concord

/// `concord brief`: a briefing a lawyer can hand over.
enum BriefCommand: Command {
    static let spec = CommandSpec(
        name: "brief", synopsis: "brief <provision>... [--all] [--format markdown|html] [--out FILE] [--generated DATE]",
        summary: "A briefing a lawyer can hand over: the provision as it stands today, a summary, each version, the timeline by year, the reports that cite it, cases, recommendations, citation problems in the sources, every mention, numbered source notes. Markdown, or one self-contained HTML page. --all covers every provision the reports cite.",
        options: [
            OptionSpec(name: "--all", valueName: nil, help: "a country briefing on every provision the reports cite"),
            OptionSpec(name: "--format", valueName: "FORMAT", help: "markdown (default) or html (one self-contained page, no scripts)", choices: ["markdown", "html"]),
            OptionSpec(name: "--out", valueName: "FILE", help: "write to FILE (written whole, only on success) instead of standard output", completes: .files),
            OptionSpec(name: "--generated", valueName: "DATE", help: "the date printed as the date of generation (default: SOURCE_DATE_EPOCH, else today)"),
        ] + CommandSpec.dataOptions,
        positional: .provisions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        guard !arguments.positional.isEmpty || arguments.has("--all") else { throw .usage("concord brief: name a provision (e.g. 'concord brief 174') or pass --all") }
        let generated = try generationDate(arguments)
        let dataSet = try loadDataSet(arguments)
        var ids: [ProvisionID] = []
        for query in arguments.positional { ids.append(try provision(query, in: dataSet.registry)) }
        let progress = Progress("brief")
        progress.update("reading the reports")
        let corpus = try Corpus.build(dataSet)
        var title: String?
        if arguments.has("--all") {
            ids += corpus.citedProvisions()
            title = "Country briefing: Kazakhstan — every provision the reports cite"
        }
        progress.update("writing \(ids.count) provisions")
        let briefing = Briefing(corpus: corpus, generated: generated)
        let text = arguments.value("--format") == "html" ? briefing.html(ids, title: title) : briefing.render(ids, title: title)
        progress.finish()
        if let out = arguments.value("--out") {
            var files = FileSet()
            files.add(out, text)
            try files.commit()
        } else {
            try Output.standardOutput(text)
        }
    }
}
