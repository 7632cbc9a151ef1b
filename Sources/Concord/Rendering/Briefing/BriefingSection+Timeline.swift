/// The timeline of a briefing: statute events, case events, recommendations and assessments, by
/// year. A case event reported by several sources is one entry with all of them; cases that one
/// passage reports together with the same event (the outlets of one court decision) are one entry.
extension BriefingSection {
    /// One case event on the chain, merged from every source that reports it.
    struct MergedCaseEvent {
        var names: [String]
        var type: CaseEvent.Kind
        var date: LegalDate
        var charge: String?
        var outcome: String?
        var provisions: [ProvisionID]
        var sources: [Passage]
    }

    /// The case events on the chain, merged by case, type and date, then grouped across cases that
    /// the same passages report together.
    func mergedCaseEvents() -> [MergedCaseEvent] {
        var merged: [MergedCaseEvent] = []
        for legalCase in cases {
            var own: [MergedCaseEvent] = []
            for event in legalCase.events {
                guard onChain(event) else { continue }
                // Every provision the event names, the chain's first: a sentence on several charges is not one article's.
                let provisions = event.provisions.filter { chainSet.contains($0.withoutPart) } + event.provisions.filter { !chainSet.contains($0.withoutPart) }
                // The same step reported by two sources, one of them less precise ("2011-08" and
                // "2011-08-08"), is one event, dated as precisely as any source dates it.
                if let i = own.firstIndex(where: { $0.type == event.type && BriefingSection.overlap($0.date, event.date) }) {
                    if event.date.precision > own[i].date.precision { own[i].date = event.date }
                    own[i].charge = longer(own[i].charge, event.charge)
                    own[i].outcome = longer(own[i].outcome, event.outcome)
                    own[i].provisions = unique(own[i].provisions + provisions)
                    if !own[i].sources.contains(event.source) { own[i].sources.append(event.source) }
                } else {
                    own.append(MergedCaseEvent(names: [legalCase.name], type: event.type, date: event.date, charge: event.charge,
                                               outcome: event.outcome, provisions: provisions, sources: [event.source]))
                }
            }
            merged += own
        }
        var grouped: [MergedCaseEvent] = []
        var groupIndex: [String: Int] = [:]
        for event in merged {
            let passages = event.sources.map { "\($0.report)@\($0.start)" }.sorted().joined(separator: ",")
            // Only what is the same for all of them is said once: the type, the date, the charge, the outcome.
            let key = "\(event.type.rawValue)|\(event.date)|\(event.provisions.map(\.description).sorted())|\(passages)|\(event.charge ?? "")|\(event.outcome ?? "")"
            if let i = groupIndex[key] {
                grouped[i].names.append(contentsOf: event.names)
            } else {
                groupIndex[key] = grouped.count
                grouped.append(event)
            }
        }
        return grouped
    }

    /// True when one date lies within the other ("2011-08" and "2011-08-08").
    static func overlap(_ a: LegalDate, _ b: LegalDate) -> Bool {
        (a.first <= b.first && b.last <= a.last) || (b.first <= a.first && a.last <= b.last)
    }

    /// The charges as reported, without one that another contains.
    static func distinctCharges(_ charges: [String]) -> [String] {
        let all = unique(charges)
        return all.filter { c in !all.contains { $0 != c && $0.contains(c) } }
    }

    func longer(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return b.count > a.count ? b : a
    }

    /// "sentenced (inciting social discord) — six years in prison"; an outcome that starts with the
    /// event's own words stands for them ("appeal rejected by the Aktobe Regional Court").
    static func describe(_ type: CaseEvent.Kind, charge: String?, outcome: String?) -> String {
        let words = BriefingSection.words(type)
        let charge = charge.map { " (\($0))" } ?? ""
        guard let outcome, !outcome.isEmpty else { return words + charge }
        if outcome.lowercased().hasPrefix(words) { return outcome + charge }
        return words + charge + " — " + outcome
    }

    /// "appeal rejected", "declared extremist".
    static func words(_ type: CaseEvent.Kind) -> String { type.rawValue.replacingOccurrences(of: "-", with: " ") }

    mutating func timelineBlocks(notes: inout SourceNotes) -> [Block] {
        struct Item { var date: DateSpec?; var order: Int; var inlines: [Inline] }
        var items: [Item] = []
        for entry in history.entries where entry.kind == .statute {
            var line: [Inline] = [.text(entry.summary)]
            if let detail = entry.detail { line.append(.text(" (\(detail))")) }
            line += BriefingSection.mark(entry.verified)
            let numbers = entry.sources.prefix(2).map { notes.cite($0) }
            if !numbers.isEmpty { line += [.text(" "), .notes(numbers)] }
            items.append(Item(date: entry.date, order: 0, inlines: line))
        }
        for event in mergedCaseEvents() {
            var line: [Inline] = [.text(event.names.joined(separator: ", ") + ": " + BriefingSection.describe(event.type, charge: event.charge, outcome: event.outcome))]
            line.append(.text(event.provisions.count > 1 ? "; on charges under " : "; under "))
            line.append(.code(event.provisions.map(\.description).joined(separator: ", ")))
            if event.provisions.count > 1 { line.append(.text(" together")) }
            let numbers = event.sources.map { notes.cite($0) }
            line += [.text(" "), .notes(numbers)]
            if event.sources.count > 1 { line.append(.text(" (\(count(event.sources.count, "source")))")) }
            items.append(Item(date: DateSpec(event.date), order: 2, inlines: line))
        }
        for entry in recommendationEntries(notes: &notes) { items.append(Item(date: entry.date, order: 1, inlines: entry.inlines)) }
        for assessment in corpus.assessments where assessment.targets.contains(where: { chainSet.contains($0.withoutPart) }) {
            let publisher = corpus.analysis(ofReport: assessment.report)?.document.metadata.publisher ?? assessment.report
            var line: [Inline] = [.text("\(publisher) assesses recommendations on \(assessment.targets.filter { chainSet.contains($0.withoutPart) }.map(\.description).joined(separator: ", ")): \(assessment.status)")]
            if let quote = Quote.lead(assessment.passage.quote) { line.append(.text(" — “\(quote)”")) }
            line += [.text(" "), .notes([notes.cite(assessment.passage)])]
            items.append(Item(date: assessment.date.map(DateSpec.init), order: 3, inlines: line))
        }
        items.sort { a, b in
            let da = a.date.map { ($0.first.ordinal, -$0.last.ordinal) } ?? (Int.max, 0)
            let db = b.date.map { ($0.first.ordinal, -$0.last.ordinal) } ?? (Int.max, 0)
            return da != db ? da < db : a.order < b.order
        }
        var blocks: [Block] = [heading("Timeline")]
        blocks.append(.paragraph([.text("Changes to the law, case events, recommendations and assessments, by year; the reports' citations are listed under “Reports that cite it”.")]))
        var year: String?
        var list: [[Inline]] = []
        for item in items {
            // Grouped by the year an entry starts in; an entry dated to a span of years says so itself.
            let itemYear = item.date.map { String($0.first.components.year) } ?? "Undated"
            if itemYear != year {
                if !list.isEmpty { blocks.append(.list(list)) }
                list = []
                year = itemYear
                blocks.append(heading(itemYear, sub: 1))
            }
            list.append([.strong(item.date.map { $0.description.replacingOccurrences(of: "..", with: " to ") } ?? "undated"), .text(" — ")] + item.inlines)
        }
        if !list.isEmpty { blocks.append(.list(list)) }
        return blocks
    }
}
