/// The pages of the site other than the lineage pages (which are briefings).
enum SitePages {
    /// Links to the lineage page of each provision, relative to `page`.
    static func provisionLinks(_ ids: [ProvisionID], map: SiteMap, from page: String, separator: String = ", ") -> [Inline] {
        var out: [Inline] = []
        for (k, id) in ids.enumerated() {
            if k > 0 { out.append(.text(separator)) }
            if let path = map.path(of: id) { out.append(.page(id.description, path: SiteMap.relative(path, from: page))) } else { out.append(.code(id.description)) }
        }
        return out
    }

    static func index(_ corpus: Corpus, map: SiteMap, generated: LegalDate) -> Page {
        let registry = corpus.registry
        let page = "index.html"
        var blocks: [Block] = [.heading(1, ["Concord: provisions, reports and cases"], anchor: nil)]
        blocks.append(.paragraph([.text("Generated \(generated) from a registry of \(count(registry.works.count, "instrument")) "
            + "(\(count(registry.provisions.count, "provision"))), \(count(corpus.analyses.count, "report")) and \(count(corpus.cases.count, "case")). ")]
            + [.strong("How to read the marks. ")] + Briefing.marksExplanation))
        blocks.append(.heading(2, ["Codes, laws and treaties"], anchor: nil))
        var rows: [[[Inline]]] = []
        for work in map.works {
            let provisions = registry.provisions(inWork: work.id)
            let span = work.status == .draft ? "draft of \(work.adopted?.description ?? "?")"
                : work.inForceRange.map { from in work.inForceUntil.map { "\(from) – \($0)" } ?? "since \(from)" } ?? "—"
            rows.append([[.page(work.shortName, path: SiteMap.relative(map.path(ofWork: work.id), from: page))], [.code(work.id)],
                         [.text(String(provisions.count))], [.text(span)] + BriefingSection.mark(work.provenance.verified)])
        }
        blocks.append(.table([["Instrument"], ["Identifier"], ["Articles"], ["In force"]], rows))
        blocks.append(.heading(2, ["Reports"], anchor: nil))
        rows = corpus.analyses.map { analysis in
            let name = SiteMap.reportName(analysis)
            let metadata = analysis.document.metadata
            let problems = analysis.report.citations.filter { !$0.flags.filter { $0 != .noDate }.isEmpty }.count
            return [[.text(metadata.publisher ?? "—")], [.page(metadata.title ?? name, path: SiteMap.relative(map.path(ofReport: name), from: page))],
                    [.text(analysis.report.document.date?.description ?? "undated")], [.text(String(analysis.report.citations.count))], [.text(String(problems))]]
        }
        blocks.append(.table([["Publisher"], ["Report"], ["Date"], ["Citations"], ["Problems"]], rows))
        blocks.append(.heading(2, ["Cases"], anchor: nil))
        rows = corpus.cases.map { legalCase in
            [[.page(legalCase.name, path: SiteMap.relative(map.path(ofCase: legalCase.id), from: page))], [.text(legalCase.kind.rawValue)],
             [.text(String(legalCase.events.count))], provisionLinks(legalCase.provisions, map: map, from: page)]
        }
        blocks.append(.table([["Name"], ["Kind"], ["Events"], ["Provisions"]], rows))
        return Page(title: "Concord: provisions, reports and cases", blocks: blocks)
    }

    /// Every article of a work, by section and chapter, each with its chain through time.
    static func code(_ work: Work, corpus: Corpus, map: SiteMap, today: Day) -> Page {
        let registry = corpus.registry
        let page = map.path(ofWork: work.id)
        var blocks: [Block] = [.heading(1, [.text(capitalisedFirst(work.shortName))], anchor: nil)]
        var facts: [Inline] = [.code(work.id), .text(work.number.map { ", No. \($0)" } ?? "")]
        facts.append(.text(work.adopted.map { ", adopted \($0)" } ?? ""))
        if let from = work.inForceRange { facts.append(.text(", in force \(work.inForceUntil.map { "from \(from) to \($0)" } ?? "since \(from)")")) }
        facts += BriefingSection.mark(work.provenance.verified)
        var notes = SourceNotes(corpus: corpus)
        let numbers = work.provenance.sources.prefix(3).map { notes.cite($0) }
        if !numbers.isEmpty { facts += [.text(" "), .notes(numbers)] }
        blocks.append(.paragraph(facts + [.text(".")]))
        var heading: String?
        var rows: [[[Inline]]] = []
        let header: [[Inline]] = [["Article"], ["Heading"], [.text("Status on \(today)")], ["Chain through time"]]
        func flush() { if !rows.isEmpty { blocks.append(.table(header, rows)); rows = [] } }
        for provision in registry.provisions(inWork: work.id) {
            let label = [provision.section?.label, provision.chapter?.label].compactMap { $0 }.joined(separator: " — ")
            if label != heading {
                flush()
                heading = label
                if !label.isEmpty { blocks.append(.heading(2, [.text(label)], anchor: nil)) }
            }
            let title = provision.title(on: today).title ?? provision.title
            let status: String
            if work.status == .draft { status = "draft" } else {
                switch registry.status(of: provision, on: today) {
                case .inForce: status = "in force"
                case .notYetInForce: status = "not yet in force"
                case .ceased: status = "not in force"
                case .uncertain: status = "changing"
                case .notInForce: status = "not in force"
                }
            }
            let chain = map.chain(of: provision.id)
            let article: [Inline] = map.path(of: provision.id).map { [.page(provision.id.article, path: SiteMap.relative($0, from: page))] } ?? [.text(provision.id.article)]
            rows.append([article, [.text(title?.englishLabelled ?? title?.text.ru ?? "")] + BriefingSection.mark(title?.provenance.verified ?? provision.provenance.verified),
                         [.text(status)], chain.count > 1 ? provisionLinks(chain, map: map, from: page, separator: " → ") : [.text("—")]])
        }
        flush()
        if !notes.notes.isEmpty {
            blocks.append(.heading(2, ["Sources"], anchor: "notes"))
            blocks.append(notes.block)
        }
        return Page(title: capitalisedFirst(work.shortName), blocks: blocks)
    }
}
