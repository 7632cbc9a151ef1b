/// Report and case pages of the site.
extension SitePages {
    /// A report's text, paragraph by paragraph, with each citation marked and linked to its lineage
    /// page, then a table of the citations.
    static func report(_ analysis: Citer.Analysis, map: SiteMap, at page: String) -> Page {
        let metadata = analysis.document.metadata
        let name = SiteMap.reportName(analysis)
        var blocks: [Block] = [.heading(1, [.text(metadata.title ?? name)], anchor: nil)]
        var facts: [Inline] = [.text([metadata.publisher, analysis.report.document.date?.description].compactMap { $0 }.joined(separator: ", "))]
        if let url = metadata.url { facts += [.text(facts.isEmpty ? "" : ". "), .link(url, url: url)] }
        facts.append(.text(". Bundled as \(name); \(count(analysis.report.citations.count, "citation")) found."))
        blocks.append(.paragraph(facts))
        blocks.append(.heading(2, ["Text, with its citations marked"], anchor: nil))
        blocks += markedParagraphs(analysis, map: map, at: page)
        blocks.append(.heading(2, ["Citations"], anchor: nil))
        let lines = analysis.lines.positions(of: analysis.report.citations.map(\.start))
        var rows: [[[Inline]]] = []
        for (citation, position) in zip(analysis.report.citations, lines) {
            let cited = citation.resolved?.cited
            rows.append([[.text("\(position.line):\(position.column)")], [.text("“" + Citer.collapseSpaces(ArraySlice(citation.text.utf8)) + "”")],
                         cited.map { provisionLinks([$0], map: map, from: page) } ?? [.text("unresolved")],
                         provisionLinks(citation.resolved?.inForce ?? [], map: map, from: page),
                         [.emphasis(citation.flags.map(\.rawValue).joined(separator: ", "))], [.text(citation.resolved?.note ?? "")]])
        }
        blocks.append(.table([["Line"], ["As written"], ["Read as"], ["In force on its date"], ["Flags"], ["Note"]], rows))
        return Page(title: metadata.title ?? name, blocks: blocks)
    }

    /// The body of a report split at blank lines, each citation a marked, linked run.
    static func markedParagraphs(_ analysis: Citer.Analysis, map: SiteMap, at page: String) -> [Block] {
        let bytes = Array(analysis.document.text.utf8)
        let citations = analysis.report.citations
        var blocks: [Block] = []
        var c = 0
        var start = analysis.document.bodyStart
        // HTML folds white space: line breaks inside a paragraph read as spaces.
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
        while start < bytes.count {
            // A paragraph ends at a blank line.
            var end = start
            while end < bytes.count {
                if bytes[end] == 0x0A {
                    var k = end + 1
                    while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0D || bytes[k] == 0x09 { k += 1 }
                    if k < bytes.count, bytes[k] == 0x0A { break }
                }
                end += 1
            }
            var inlines: [Inline] = []
            var cursor = start
            while c < citations.count, citations[c].start < end {
                let citation = citations[c]
                c += 1
                guard citation.start >= cursor, citation.end <= end else { continue }
                if citation.start > cursor { inlines.append(.text(text(cursor..<citation.start))) }
                let cited = citation.resolved?.cited
                var title = cited.map { "read as \($0)" } ?? "unresolved"
                if let now = citation.resolved?.inForce, !now.isEmpty, now != [cited].compactMap({ $0 }) { title += "; in force on its date: " + now.map(\.description).joined(separator: ", ") }
                let flags = citation.flags.filter { $0 != .noDate }
                if !flags.isEmpty { title += "; " + flags.map(\.rawValue).joined(separator: ", ") }
                let path = cited.flatMap { map.path(of: $0) }.map { SiteMap.relative($0, from: page) }
                inlines.append(.marked(text(citation.start..<citation.end), path: path, title: title, flagged: !flags.isEmpty))
                cursor = citation.end
            }
            if cursor < end { inlines.append(.text(text(cursor..<end))) }
            if inlines.contains(where: { if case .text(let t) = $0 { return !t.trimmingSpaces.isEmpty } else { return true } }) {
                blocks.append(.paragraph(inlines))
            }
            start = end + 1
        }
        return blocks
    }

    /// A case: its names, its events with the provisions and the report passages they come from.
    static func legalCase(_ legalCase: Case, corpus: Corpus, map: SiteMap, at page: String) -> Page {
        var blocks: [Block] = [.heading(1, [.text(legalCase.name)], anchor: nil)]
        var facts = "A \(legalCase.kind.rawValue) in the case registry"
        if !legalCase.variants.isEmpty { facts += "; also written " + legalCase.variants.map { "“\($0)”" }.joined(separator: ", ") }
        blocks.append(.paragraph([.text(facts + ".")] + (legalCase.description.map { [.text(" " + $0)] } ?? [])))
        var notes = SourceNotes(corpus: corpus)
        var rows: [[[Inline]]] = []
        for event in legalCase.events {
            let report = event.source.report
            let source: [Inline] = map.hasReport(report)
                ? [.page(report, path: SiteMap.relative(map.path(ofReport: report), from: page)), .text(" "), .notes([notes.cite(event.source)])]
                : [.notes([notes.cite(event.source)])]
            rows.append([[.text(event.date.description)], [.text(BriefingSection.words(event.type))], [.text(event.charge ?? "")], [.text(event.outcome ?? "")],
                         provisionLinks(event.provisions, map: map, from: page), [.text("“" + (Quote.lead(event.source.quote) ?? "") + "”")], source])
        }
        blocks.append(.heading(2, ["Events"], anchor: nil))
        blocks.append(.table([["Date"], ["Event"], ["Charge as reported"], ["Outcome"], ["Provisions"], ["The source's words"], ["Source"]], rows))
        blocks.append(.heading(2, ["Sources"], anchor: "notes"))
        blocks.append(notes.block)
        return Page(title: legalCase.name, blocks: blocks)
    }
}
