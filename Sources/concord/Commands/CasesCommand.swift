import Concord

/// `concord cases`: the case registry, mentions of known cases, candidates for new ones.
enum CasesCommand: Command {
    static let spec = CommandSpec(
        name: "cases", synopsis: "cases [FILE...] [--candidates FILE]",
        summary: "Without files, lists the case registry. With files ('-' for standard input), lists the mentions of known cases in them, matched through every name variant. With --candidates FILE, also lists passages of that report that look like cases not yet in the registry (a name near a charge, a sentence or a cited provision), for a person to review.",
        options: [OptionSpec(name: "--candidates", valueName: "FILE", help: "a report to search for cases the registry does not have", completes: .files)] + CommandSpec.dataOptions,
        positional: .files)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let dataSet = try loadDataSet(arguments)
        let (cases, problems) = CaseLoader.load(reportsDirectory: dataSet.reportsDirectory, registry: dataSet.registry)
        guard problems.isEmpty else { throw .invalidData(problems) }
        let matcher = CaseMatcher(cases: cases, registry: dataSet.registry)
        let citer = Citer(registry: dataSet.registry)
        let documents = try readDocuments(arguments.positional, languages: dataSet.languages)
        let candidateDocument = try arguments.value("--candidates").map { path throws(ConcordError) in try readDocuments([path], languages: dataSet.languages)[0] }
        if documents.isEmpty && candidateDocument == nil {
            var out = ""
            for c in cases {
                out += "\(c.id)\t\(c.name)\t\(c.events.count) event\(c.events.count == 1 ? "" : "s")\t\(c.provisions.map(\.description).joined(separator: " "))\n"
            }
            try Output.standardOutput(out)
            return
        }
        var out = ""
        for document in documents {
            let analysis = citer.analyze(document)
            let lines = analysis.lines
            for mention in matcher.mentions(in: analysis) {
                let (line, column) = lines.position(of: mention.start)
                out += "\(document.path):\(line):\(column): \(mention.caseID) “\(mention.text)” — \(mention.basis)\n"
            }
            for mention in matcher.rejectedSurnames(in: analysis) {
                let (line, column) = lines.position(of: mention.start)
                out += "\(document.path):\(line):\(column): not matched “\(mention.text)” — \(mention.basis)\n"
            }
        }
        if let document = candidateDocument {
            let analysis = citer.analyze(document)
            let lines = analysis.lines
            for candidate in matcher.candidates(in: analysis) {
                let (line, column) = lines.position(of: candidate.start)
                out += "\(document.path):\(line):\(column): candidate \(candidate.name) — \(candidate.reasons.joined(separator: ", ")) — \(candidate.sentence)\n"
            }
        }
        try Output.standardOutput(out)
    }
}
