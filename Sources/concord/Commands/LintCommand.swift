import Foundation
import Concord

/// `concord lint`: what a careful editor would fix in a report before publishing it.
enum LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint", synopsis: "lint FILE... [--date DATE] [--format text|json|sarif|github] [--disable RULE]...",
        summary: "Checks every citation of the files ('-' for standard input) as an editor would before publishing: stale numbers, draft numbers, dubious articles (with the one meant), articles the instrument named does not have, charges named under a code not in force on the date, numbers without an instrument, citations inside a window of uncertainty. Prints file:line:column: error|warning: message [rule] with the fix; exit 1 when any error is found. Rules: " + LintRule.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        options: [
            OptionSpec(name: "--date", valueName: "DATE", help: "the reports' date, when they do not give one: YYYY, YYYY-MM or YYYY-MM-DD"),
            OptionSpec(name: "--language", valueName: "CODE", help: "the reports' language (default: front matter, else guessed)", choices: ["en", "ru"]),
            OptionSpec(name: "--format", valueName: "FORMAT", help: "text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)", choices: ["text", "json", "sarif", "github"]),
            OptionSpec(name: "--disable", valueName: "RULE", help: "a rule not to check (may be given several times, or as a comma-separated list)"),
        ] + CommandSpec.dataOptions,
        positional: .files)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        guard !arguments.positional.isEmpty else { throw .usage("concord lint: name at least one file ('-' for standard input)") }
        var disabled = Set<LintRule>()
        for name in (arguments.value("--disable") ?? "").split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let rule = LintRule(rawValue: name) else {
                throw .usage("concord lint: unknown rule '\(name)' (known: \(LintRule.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            disabled.insert(rule)
        }
        let date = try dateOption(arguments, command: "lint")
        let dataSet = try loadDataSet(arguments)
        let documents = try readDocuments(arguments.positional, languages: dataSet.languages)
        let citer = Citer(registry: dataSet.registry)
        let linter = Linter(registry: dataSet.registry, disabled: disabled)
        var findings: [LintFinding] = []
        for document in documents {
            // --date is the default for reports that give no date of their own.
            let own = document.metadata.date
            findings += linter.findings(citer.analyze(document, date: own == nil ? date : nil, language: arguments.value("--language")))
        }
        switch arguments.value("--format") ?? "text" {
        case "json": try Output.standardOutput(JSONWriter.pretty(LintRenderer.json(findings)) + "\n")
        case "sarif": try Output.standardOutput(JSONWriter.pretty(LintRenderer.sarif(findings, version: Version.number)) + "\n")
        case "github": try Output.standardOutput(LintRenderer.github(findings))
        default: try Output.standardOutput(LintRenderer.text(findings))
        }
        if findings.contains(where: { $0.severity == .error }) { throw .findings(findings.filter { $0.severity == .error }.count) }
    }
}
