/// A Markdown briefing a lawyer can hand over: summary, the provision in each version, the
/// timeline, cases, recommendations, citation problems in the sources, and numbered source notes.
public struct Briefing {
    public let corpus: Corpus
    /// The date printed as the date of generation.
    public let generated: LegalDate

    /// Creates a briefing writer.
    public init(corpus: Corpus, generated: LegalDate) {
        self.corpus = corpus
        self.generated = generated
    }

    /// A briefing on the given provisions (each with its whole chain; a chain asked twice appears once).
    public func render(_ provisions: [ProvisionID], title: String? = nil) -> String {
        var notes = SourceNotes(corpus: corpus)
        var seen = Set<ProvisionID>()
        var sections: [String] = []
        var histories: [History] = []
        for id in provisions {
            let history = History(of: id, in: corpus)
            guard !history.chain.contains(where: seen.contains) else { continue }
            seen.formUnion(history.chain)
            histories.append(history)
        }
        for history in histories {
            sections.append(section(history, notes: &notes, level: histories.count > 1 ? 2 : 1))
        }
        let heading = title ?? (histories.count == 1 ? "Briefing: \(name(histories[0].asked))" : "Briefing: \(histories.count) provisions")
        var out = "# \(Markdown.escape(heading))\n\n"
        out += "Generated \(generated) by Concord from \(corpus.analyses.count) reports and a registry of \(corpus.registry.works.count) instruments. "
        out += "Facts marked *unverified* could not be confirmed in a public source.\n\n"
        if histories.count > 1 {
            out += "## Contents\n\n" + histories.map { "- " + Markdown.escape(name($0.asked)) }.joined(separator: "\n") + "\n\n"
        }
        out += sections.joined(separator: "\n")
        out += "\(histories.count > 1 ? "##" : "##") Sources\n\n" + notes.rendered
        return out
    }

    /// "article 174 of the Criminal Code (2014) (kz.cc.2014:174)".
    func name(_ id: ProvisionID) -> String {
        guard let work = corpus.registry.works[id.work] else { return "article \(id.article) of \(id.work)" }
        var title = work.title.en ?? work.id
        // Laws are titled by their subject ("On the procedure ..."): name them as a law.
        if title.hasPrefix("On ") { title = "\(work.kind == .decreeLaw ? "decree-law" : "Law") “\(title)”" }
        let version = work.status == .draft ? " (draft)" : work.adopted.map { " (\($0.year))" } ?? ""
        return "article \(id.article) of the \(title)\(version) (\(id))"
    }

    func section(_ history: History, notes: inout SourceNotes, level: Int) -> String {
        let h = String(repeating: "#", count: level + 1)
        let registry = corpus.registry
        let chainSet = Set(history.chain)
        var out = level > 1 ? "\(String(repeating: "#", count: level)) \(Markdown.escape(name(history.asked)))\n\n" : ""

        // Summary.
        let citations = history.entries.filter { $0.kind == .citation }
        let reports = Set(citations.compactMap { $0.passage?.report })
        let caseIDs = Set(history.entries.compactMap(\.caseID))
        let recommendationIDs = Set(history.entries.compactMap(\.recommendationID))
        let problems = citations.filter { !$0.flags.filter { $0 != .noDate }.isEmpty }
        out += "\(h) Summary\n\n"
        var summary: [String] = []
        for id in history.chain {
            guard let provision = registry.provision(id), let work = registry.works[id.work] else { continue }
            let title = provision.title?.text.en.map { " (“\(Markdown.escape($0))”\(provision.title!.provenance.verified || provision.title!.provenance.sources.isEmpty && provision.provenance.verified ? "" : ", *unverified*"))" } ?? ""
            if work.status == .draft {
                summary.append("Article \(id.article) of the draft \(Markdown.escape(work.title.en ?? work.id))\(title) was a draft number, never in force.")
            } else if let life = registry.life(of: provision) {
                let span = life.until.map { "was in force from \(life.from) to \($0)" } ?? "has been in force since \(life.from)"
                summary.append("Article \(id.article) of the \(Markdown.escape(work.title.en ?? work.id)) of \(work.adopted.map { String($0.year) } ?? "?")\(title) \(span).")
            }
        }
        for link in history.links {
            var sentence = "On \(link.effective), \(link.from) was \(describe(link.type)) \(link.to?.description ?? "without successor")"
            sentence += link.provenance.verified ? "" : " (*unverified*)"
            sentence += " " + SourceNotes.marks(link.provenance.sources.map { notes.cite($0) }) + "."
            summary.append(sentence)
        }
        let them = history.chain.count > 1 ? "them" : "it"
        summary.append("\(reports.count) of the \(corpus.analyses.count) reports cite \(history.chain.count > 1 ? "these numbers" : "it") (\(count(citations.count, "citation"))); "
            + "\(count(caseIDs.count, "case")) and \(count(recommendationIDs.count, "recommendation")) concern \(them); "
            + "\(count(problems.count, "citation")) in the sources \(problems.count == 1 ? "is" : "are") stale, a draft number, dubious or unknown.")
        out += summary.joined(separator: " ") + "\n\n"

        // At a glance.
        out += "\(h) At a glance\n\n"
        var rows: [[String]] = []
        for id in history.chain {
            guard let provision = registry.provision(id), let work = registry.works[id.work] else { continue }
            let life = registry.life(of: provision)
            let status: String
            if work.status == .draft { status = "draft, never in force" }
            else if let life { status = life.until == nil ? "in force" : "not in force" }
            else { status = "dates unknown" }
            let period = work.status == .draft ? "draft of \(work.adopted?.description ?? "?")" : life.map { "\($0.from) – \($0.until?.description ?? "")" } ?? "—"
            let verified = provision.provenance.verified ? "verified" : "*unverified*"
            rows.append([Markdown.cell(work.title.en ?? work.id) + (work.status == .draft ? " (draft)" : work.adopted.map { " (\($0.year))" } ?? ""),
                         Markdown.escape(id.article), Markdown.cell(provision.title?.text.en ?? provision.title?.text.ru),
                         period, status, verified + " " + SourceNotes.marks(provision.provenance.sources.prefix(2).map { notes.cite($0) })])
        }
        out += Markdown.table(["Version", "Article", "Title", "In force", "Status", "Record"], rows) + "\n"

        // Timeline.
        out += "\(h) Timeline\n\n"
        for entry in history.entries {
            let date = entry.date?.description ?? "undated"
            var line = "- **\(date)** — \(Markdown.escape(entry.summary))"
            if entry.kind == .statute, !entry.verified { line += " (*unverified*)" }
            if !entry.flags.isEmpty { line += " — *" + entry.flags.map(\.rawValue).joined(separator: ", ") + "*" }
            if let detail = entry.detail, entry.kind != .statute { line += ": “\(Markdown.escape(String(detail.prefix(240))))\(detail.count > 240 ? "…" : "")”" }
            else if let detail = entry.detail { line += " (\(Markdown.escape(detail)))" }
            var marks: [Int] = []
            if let passage = entry.passage { marks.append(notes.cite(passage)) }
            marks += entry.sources.prefix(2).map { notes.cite($0) }
            line += " " + SourceNotes.marks(marks)
            out += line + "\n"
        }
        out += "\n"

        // Cases.
        out += "\(h) Cases\n\n"
        let cases = corpus.cases.filter { caseIDs.contains($0.id) }
        if cases.isEmpty {
            out += "No case in the registry concerns these provisions.\n\n"
        } else {
            var caseRows: [[String]] = []
            for legalCase in cases {
                let events = legalCase.events.filter { $0.provisions.contains { chainSet.contains($0.withoutPart) } }
                guard let first = events.first else { continue }
                guard let last = legalCase.events.last else { continue }
                let what = unique(events.compactMap(\.charge)).joined(separator: "; ")
                let provisions = unique(events.flatMap(\.provisions)).map(\.description).joined(separator: ", ")
                let outcome = "\(last.type.rawValue)\(last.outcome.map { ": \($0)" } ?? "") (\(last.date))"
                let marks = SourceNotes.marks(legalCase.events.map { notes.cite($0.source) })
                caseRows.append([Markdown.cell(legalCase.name), Markdown.cell(what.isEmpty ? nil : what) + " (" + Markdown.escape(provisions) + ")",
                                 first.date.description, Markdown.cell(outcome), marks])
            }
            out += Markdown.table(["Who", "Charge (provision)", "When", "Latest outcome", "Sources"], caseRows) + "\n"
        }

        // Recommendations.
        out += "\(h) Recommendations\n\n"
        let recommendations = corpus.recommendations.filter { recommendationIDs.contains($0.id) }
        if recommendations.isEmpty {
            out += "No recommendation in the reports targets these provisions.\n\n"
        } else {
            var recommendationRows: [[String]] = []
            for r in recommendations {
                let targets = unique(r.targets + r.currentTargets).filter { chainSet.contains($0.withoutPart) }
                let assessment = corpus.assessments
                    .filter { a in a.targets.contains { targets.contains($0) || chainSet.contains($0) } && (a.date?.first.ordinal ?? Int.max) >= (r.date?.first.ordinal ?? Int.min) && a.report != r.report }
                    .max { ($0.date?.first.ordinal ?? Int.min, $0.date?.precision.rawValue ?? 0) < ($1.date?.first.ordinal ?? Int.min, $1.date?.precision.rawValue ?? 0) }
                var status = "—"
                if let assessment { status = Markdown.escape(assessment.status) + " " + SourceNotes.marks([notes.cite(assessment.passage)]) }
                var forum = r.forum ?? "—"
                if let upr = r.upr { forum += ": " + upr.description }
                var flagText = r.citationFlags.filter { $0 != .noDate }.map(\.rawValue).joined(separator: ", ")
                if !flagText.isEmpty { flagText = " — cites a *\(flagText)* number" }
                let text = Markdown.escape(String(r.text.prefix(200))) + (r.text.count > 200 ? "…" : "") + flagText
                let notesText = r.notes.isEmpty ? "" : " (" + Markdown.escape(r.notes.joined(separator: "; ")) + ")"
                recommendationRows.append([Markdown.cell(r.issuer), r.date?.description ?? "—", Markdown.escape(forum) + notesText,
                                           Markdown.cell(r.actions.prefix(3).joined(separator: ", ")), Markdown.cell(r.response),
                                           status, Markdown.escape(targets.map(\.description).joined(separator: ", ")), text,
                                           SourceNotes.marks([notes.cite(r.passage)])])
            }
            out += Markdown.table(["Who", "When", "Forum", "Action", "Response", "Status", "Targets", "Recommendation", "Source"], recommendationRows) + "\n"
        }

        // Citation problems.
        out += "\(h) Citation problems in the sources\n\n"
        if problems.isEmpty {
            out += "None found.\n\n"
        } else {
            var problemRows: [[String]] = []
            for entry in problems {
                guard let passage = entry.passage, let analysis = corpus.analysis(ofReport: passage.report),
                      let citation = analysis.report.citations.first(where: { $0.start == passage.start }) else { continue }
                let flags = citation.flags.filter { $0 != .noDate }.map(\.rawValue).joined(separator: ", ")
                var explanation = citation.resolved?.note ?? ""
                if let suggestion = citation.resolved?.suggestion { explanation += "; likely meant \(suggestion)" }
                problemRows.append([Markdown.cell(analysis.document.metadata.publisher ?? passage.report), analysis.report.document.date?.description ?? "—",
                                    "“" + Markdown.escape(citation.text) + "”", Markdown.escape(citation.resolved?.cited?.description ?? "—"),
                                    "*" + flags + "*", Markdown.cell(explanation), SourceNotes.marks([notes.cite(passage)])])
            }
            out += Markdown.table(["Report", "Date", "Cited as", "Read as", "Problem", "Explanation", "Source"], problemRows) + "\n"
        }
        return out
    }

    /// "1 case", "3 cases".
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    func describe(_ type: Succession.Kind) -> String {
        switch type {
        case .renumbered: return "renumbered as"
        case .replaced: return "replaced by"
        case .draftToEnacted: return "enacted as"
        case .moved: return "moved to"
        case .split: return "split into"
        case .merged: return "merged into"
        case .decriminalised: return "decriminalised, moved to"
        case .repealed: return "repealed"
        }
    }
}
