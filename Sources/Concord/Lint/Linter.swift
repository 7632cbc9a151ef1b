/// Turns a report's citations into the findings a careful editor would act on.
public struct Linter: Sendable {
    public let registry: Registry
    /// Rules not to report.
    public var disabled: Set<LintRule>

    /// Creates a linter over the registry the citations were resolved with.
    public init(registry: Registry, disabled: Set<LintRule> = []) {
        self.registry = registry
        self.disabled = disabled
    }

    /// The findings of one analysed document, in order of appearance.
    public func findings(_ analysis: Citer.Analysis) -> [LintFinding] {
        let report = analysis.report
        var out: [LintFinding] = []
        let path = report.document.path
        let dateText = report.document.date?.description ?? "undated"
        func add(_ rule: LintRule, _ citation: Citation?, _ message: String, fix: String?) {
            guard !disabled.contains(rule) else { return }
            let (line, column) = citation.map { analysis.lines.position(of: $0.start) } ?? (1, 1)
            out.append(LintFinding(file: path, line: line, column: column, start: citation?.start ?? 0, end: citation?.end ?? 0,
                                   rule: rule, severity: rule.severity, message: Diagnostic.oneLine(message), fix: fix.map(Diagnostic.oneLine)))
        }
        if report.document.date == nil {
            add(.noDate, nil, "the report has no date (no front-matter date and none in its text), so no citation could be checked against the law of its day",
                fix: "give the report a date (front matter 'date: YYYY-MM-DD', or --date)")
        }
        for c in report.citations {
            let quoted = "“\(Citer.collapseSpaces(ArraySlice(c.text.utf8)))”"
            let cited = c.resolved?.cited?.description
            let now = (c.resolved?.inForce ?? []).map(\.description).joined(separator: ", ")
            if c.flags.contains(.stale) && c.kind == .chargeName {
                add(.chargeCode, c, "the charge \(quoted) is named under \(cited ?? "a code"), which was no longer in force on \(dateText)",
                    fix: now.isEmpty ? nil : "the offence is now \(now)")
            } else if c.flags.contains(.stale) {
                add(.staleNumber, c, "\(quoted) is \(cited ?? "a number") of a version no longer in force on \(dateText)",
                    fix: now.isEmpty ? nil : "cite \(now) instead, or say the number is of the former version")
            }
            if c.flags.contains(.draftNumber) {
                let enacted = c.resolved?.cited.map { id in
                    registry.successions(from: id).filter { $0.type == .draftToEnacted }.compactMap(\.to).map(\.description)
                } ?? []
                let target = enacted.isEmpty ? now : enacted.joined(separator: ", ")
                add(.draftNumber, c, "\(quoted) is a draft's number (\(cited ?? "draft")); the code as enacted numbers it otherwise",
                    fix: target.isEmpty ? "cite the enacted article" : "cite the enacted article: \(target)")
            }
            if c.flags.contains(.dubious) {
                let suggestion = c.resolved?.suggestion?.description
                add(.dubiousArticle, c, "\(quoted) reads as \(cited ?? "an article") but the text gives it the subject of \(suggestion ?? "another article")",
                    fix: suggestion.map { "check the number; the subject is that of \($0)" })
            }
            if c.flags.contains(.uncertain) {
                add(.uncertainVersion, c, "\(quoted): \(c.resolved?.note ?? "the version in force on the report's date is uncertain")",
                    fix: "give the report's exact date, or name the version cited")
            }
            if c.flags.contains(.unknownProvision) {
                // A charge the registry has no article for is a gap of the registry, not of the report.
                if let instrument = c.instrument, c.kind != .chargeName {
                    add(.unknownArticle, c, "\(quoted): \(instrument) has no article \(c.article ?? "?")", fix: "check the number and the instrument named")
                } else if c.kind != .chargeName {
                    add(.noInstrument, c, "\(quoted): the text does not say which instrument's article this is", fix: "name the instrument (\"of the Criminal Code\")")
                }
            }
        }
        return out
    }
}
