/// Recommendations in a briefing. A recommendation keeps its own identity (who made it, in which
/// forum and review, under which document and paragraph numbers) apart from the report that relays
/// it; where the two disagree, the timeline entry says so.
extension BriefingSection {
    /// The recommendations that target the chain (as cited or through renumbering).
    var recommendations: [Recommendation] {
        let ids = Set(history.entries.compactMap(\.recommendationID))
        return corpus.recommendations.filter { ids.contains($0.id) }
    }

    func publisher(_ report: String) -> String {
        corpus.analysis(ofReport: report)?.document.metadata.publisher ?? report
    }

    /// "UPR, A/HRC/14/10, recommendations 124.4 (Brazil)" or "Human Rights Watch (UPR submission)".
    func identity(_ r: Recommendation) -> String {
        if let upr = r.upr {
            return "UPR recommendation\(upr.items.count == 1 ? "" : "s") \(upr.description)"
        }
        if r.origin == .reported { return "recommendations of \(r.forum ?? "another body") reported by \(publisher(r.report))" }
        return "\(publisher(r.report))\(r.forum.map { " (\($0))" } ?? "")"
    }

    /// " by Brazil, Chile" when the identity does not already name the recommending states.
    func byline(_ r: Recommendation) -> String {
        guard let issuer = r.issuer, r.upr != nil || r.origin == .reported else { return "" }
        if let upr = r.upr, upr.items.contains(where: { $0.state != nil }) { return "" }
        return " by \(issuer)"
    }

    /// The words of the report around the cited provision, bounded.
    func words(_ r: Recommendation) -> String {
        if let analysis = corpus.analysis(ofReport: r.report),
           let citation = analysis.report.citations.first(where: { $0.start >= r.passage.start && $0.end <= r.passage.end && ($0.resolved?.cited).map { chainSet.contains($0.withoutPart) } == true }),
           let quote = Quote.around(citation.text, in: r.text) {
            return quote
        }
        return Quote.lead(r.text) ?? ""
    }

    func targets(_ r: Recommendation) -> [ProvisionID] {
        unique(r.targets + r.currentTargets).filter { chainSet.contains($0.withoutPart) }
    }

    /// The timeline entries of the recommendations, dated by the recommendation itself.
    func recommendationEntries(notes: inout SourceNotes) -> [(date: DateSpec?, inlines: [Inline])] {
        var out: [(date: DateSpec?, inlines: [Inline])] = []
        for r in recommendations {
            let asks = r.actions.isEmpty ? "action on" : r.actions.prefix(3).joined(separator: ", ")
            var line: [Inline]
            let reportDate = corpus.analysis(ofReport: r.report)?.report.document.date
            if r.upr != nil || r.origin == .reported {
                line = [.text(capitalisedFirst(identity(r))), .text(byline(r)), .text(": \(asks) ")]
                line.append(.code(targets(r).map(\.description).joined(separator: ", ")))
                if let response = r.response { line.append(.text(" (\(response))")) }
                line.append(.text("; relayed by \(publisher(r.report))\(reportDate.map { " in \($0)" } ?? ""), whose words are: “\(words(r))”"))
            } else {
                line = [.text("\(identity(r)) recommends: \(asks) ")]
                line.append(.code(targets(r).map(\.description).joined(separator: ", ")))
                line.append(.text(" — “\(words(r))”"))
            }
            let flags = r.citationFlags.filter { $0 != .noDate }.map(\.rawValue)
            if !flags.isEmpty { line += [.text(" — cites a "), .emphasis(flags.joined(separator: ", ")), .text(" number")] }
            for note in r.notes { line.append(.text(". Note: \(note)")) }
            line += [.text(" "), .notes([notes.cite(r.passage)])]
            out.append((r.date.map(DateSpec.init), line))
        }
        return out
    }

    /// The latest later assessment, by another report, of recommendations on these provisions.
    func assessment(of r: Recommendation) -> ImplementationAssessment? {
        let targets = targets(r)
        return corpus.assessments
            .filter { a in a.targets.contains { targets.contains($0) || chainSet.contains($0.withoutPart) } && (a.date?.first.ordinal ?? Int.max) >= (r.date?.first.ordinal ?? Int.min) && a.report != r.report }
            .max { ($0.date?.first.ordinal ?? Int.min, $0.date?.precision.rawValue ?? 0) < ($1.date?.first.ordinal ?? Int.min, $1.date?.precision.rawValue ?? 0) }
    }

    func recommendationBlocks(notes: inout SourceNotes) -> [Block] {
        let recommendations = self.recommendations
        guard !recommendations.isEmpty else { return [heading("Recommendations"), .paragraph(["No recommendation in the reports targets these provisions."])] }
        var rows: [[[Inline]]] = []
        for r in recommendations {
            var status: [Inline] = [.text("—")]
            if let a = assessment(of: r) { status = [.text(a.status + " (\(publisher(a.report)), \(a.date?.description ?? "undated"))"), .text(" "), .notes([notes.cite(a.passage)])] }
            let reportDate = corpus.analysis(ofReport: r.report)?.report.document.date
            var made: [Inline] = [.text(capitalisedFirst(identity(r)))]
            made.append(.text(byline(r)))
            let flags = r.citationFlags.filter { $0 != .noDate }.map(\.rawValue)
            var wordsCell: [Inline] = [.text("“\(words(r))”")]
            if !flags.isEmpty { wordsCell += [.text(" — cites a "), .emphasis(flags.joined(separator: ", ")), .text(" number")] }
            if !r.notes.isEmpty { wordsCell.append(.text(" (\(r.notes.joined(separator: "; ")))")) }
            rows.append([made, [.text(r.date?.description ?? "—")], [.text(r.actions.prefix(3).joined(separator: ", "))], [.text(r.response ?? "")], status,
                         [.code(targets(r).map(\.description).joined(separator: ", "))],
                         [.text(publisher(r.report) + (reportDate.map { ", \($0)" } ?? ""))], wordsCell, [.notes([notes.cite(r.passage)])]])
        }
        return [heading("Recommendations"),
                .table([["Recommendation"], ["Made"], ["Asks"], ["Response"], ["Later assessment"], ["Targets"], ["Relayed by"], ["The report's words"], ["Source"]], rows)]
    }
}
