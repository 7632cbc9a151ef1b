/// The reports that cite a chain, one row per report, with every mention in an appendix; and the
/// mentions whose number is stale, a draft's, dubious, uncertain or unknown.
extension BriefingSection {
    /// The citations of the chain in one report, in text order.
    func citations(in report: String) -> [Citation] {
        guard let analysis = corpus.analysis(ofReport: report) else { return [] }
        return analysis.report.citations.filter { ($0.resolved?.cited).map { chainSet.contains($0.withoutPart) } == true }
    }

    var citingReports: [String] { unique(citations.compactMap { $0.passage?.report }) }

    func appendixAnchor(_ report: String) -> String {
        "mentions-" + Briefing.anchor(history.chain.first ?? history.asked) + "-" + String(report.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    func reportBlocks(notes: inout SourceNotes) -> [Block] {
        let reports = citingReports
        guard !reports.isEmpty else { return [heading("Reports that cite it"), .paragraph(["None of the reports cites these numbers."])] }
        var rows: [[[Inline]]] = []
        for report in reports {
            let found = citations(in: report)
            let date = corpus.analysis(ofReport: report)?.report.document.date
            let asCited = unique(found.map { Citer.collapseSpaces(ArraySlice($0.text.utf8)) })
            let readAs = unique(found.compactMap { $0.resolved?.cited?.withoutPart.description })
            var problems: [String: Int] = [:]
            for citation in found { for flag in citation.flags where flag != .noDate { problems[flag.rawValue, default: 0] += 1 } }
            let problemText = problems.keys.sorted().map { "\(problems[$0]!) \($0)" }.joined(separator: ", ")
            rows.append([[.text(publisher(report))], [.text(date?.description ?? "undated")],
                         [.page(String(found.count), path: "#" + appendixAnchor(report))],
                         [.text(asCited.prefix(6).map { "“\($0)”" }.joined(separator: ", ") + (asCited.count > 6 ? ", …" : ""))],
                         [.code(readAs.joined(separator: ", "))], problemText.isEmpty ? [.text("none")] : [.emphasis(problemText)],
                         [.notes([notes.cite(report: report)])]])
        }
        return [heading("Reports that cite it"),
                .paragraph([.text("Mentions are counted per report; each is listed, with its line and sentence, in the appendix.")]),
                .table([["Report"], ["Date"], ["Mentions"], ["As cited"], ["Read as"], ["Problems"], ["Report"]], rows)]
    }

    func problemBlocks(notes: inout SourceNotes) -> [Block] {
        var rows: [[[Inline]]] = []
        for entry in problems {
            guard let passage = entry.passage, let analysis = corpus.analysis(ofReport: passage.report),
                  let citation = analysis.report.citations.first(where: { $0.start == passage.start }) else { continue }
            let flags = citation.flags.filter { $0 != .noDate }.map(\.rawValue).joined(separator: ", ")
            var explanation = citation.resolved?.note ?? ""
            if let suggestion = citation.resolved?.suggestion { explanation += (explanation.isEmpty ? "" : "; ") + "likely meant \(suggestion)" }
            rows.append([[.text(analysis.document.metadata.publisher ?? passage.report)], [.text(analysis.report.document.date?.description ?? "—")],
                         [.text("“" + Citer.collapseSpaces(ArraySlice(citation.text.utf8)) + "”")], [.code(citation.resolved?.cited?.description ?? "—")],
                         [.emphasis(flags)], [.text(explanation)], [.notes([notes.cite(passage)])]])
        }
        guard !rows.isEmpty else { return [heading("Citation problems in the sources"), .paragraph(["None found."])] }
        return [heading("Citation problems in the sources"), .table([["Report"], ["Date"], ["Cited as"], ["Read as"], ["Problem"], ["Explanation"], ["Source"]], rows)]
    }

    /// The appendix part for this chain: every mention, by report, with its line and a bounded quote.
    func mentionBlocks(notes: inout SourceNotes, multiple: Bool) -> [Block] {
        var blocks: [Block] = []
        for report in citingReports {
            guard let analysis = corpus.analysis(ofReport: report) else { continue }
            let found = citations(in: report)
            let lines = analysis.lines.positions(of: found.map(\.start))
            var items: [[Inline]] = []
            for (citation, position) in zip(found, lines) {
                let cited = Citer.collapseSpaces(ArraySlice(citation.text.utf8))
                var item: [Inline] = [.text("line \(position.line), column \(position.column): “\(cited)” read as "), .code(citation.resolved?.cited?.description ?? "—")]
                let flags = citation.flags.filter { $0 != .noDate }.map(\.rawValue)
                if !flags.isEmpty { item += [.text(" — "), .emphasis(flags.joined(separator: ", "))] }
                if let quote = Quote.around(cited, in: citation.sentence) { item.append(.text(" — “\(quote)”")) }
                items.append(item)
            }
            let title = (multiple ? "\(history.asked): " : "") + "\(publisher(report)), \(analysis.report.document.date?.description ?? "undated") (\(count(found.count, "mention")))"
            blocks.append(.heading(level + 1, [.text(title)], anchor: appendixAnchor(report)))
            blocks.append(.paragraph([.text("Source: "), .notes([notes.cite(report: report)])]))
            blocks.append(.list(items))
        }
        return blocks
    }
}
