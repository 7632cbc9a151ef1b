/// The cases of a briefing. A row shows what happened *under the chain's numbers*: an outcome
/// under another provision (a charge requalified, a later case) is shown apart, as such.
extension BriefingSection {
    func onChain(_ event: CaseEvent) -> Bool { event.provisions.contains { chainSet.contains($0.withoutPart) } }

    func caseBlocks(notes: inout SourceNotes) -> [Block] {
        let cases = self.cases
        guard !cases.isEmpty else { return [heading("Cases"), .paragraph(["No case in the registry concerns these provisions."])] }
        var rows: [[[Inline]]] = []
        for legalCase in cases {
            let events = legalCase.events.filter(onChain)
            // The latest step under these numbers; of two on the same date, the one the registry lists later.
            guard let first = events.first,
                  let last = events.indices.max(by: { (events[$0].date.first, $0) < (events[$1].date.first, $1) }).map({ events[$0] }) else { continue }
            // The first event, dated as precisely as any source that reports it dates it.
            let firstDate = events.filter { BriefingSection.overlap($0.date, first.date) }.max { $0.date.precision < $1.date.precision }?.date ?? first.date
            let charges = BriefingSection.distinctCharges(events.compactMap(\.charge)).joined(separator: "; ")
            let provisions = unique(events.flatMap(\.provisions).filter { chainSet.contains($0.withoutPart) }).map(\.description).joined(separator: ", ")
            var latest: [Inline] = [.text("\(BriefingSection.describe(last.type, charge: nil, outcome: last.outcome)) (\(last.date))")]
            let others = last.provisions.filter { !chainSet.contains($0.withoutPart) }
            if !others.isEmpty { latest += [.text("; on charges under these numbers and "), .code(others.map(\.description).joined(separator: ", ")), .text(" together")] }
            if last.type == .chargesDropped { latest.append(.text(" — the charge under these numbers was dropped")) }
            var afterwards: [Inline] = []
            let later = legalCase.events.filter { !onChain($0) && $0.date.first > last.date.last }
            // A later step that names another provision is another proceeding: show the latest of those;
            // only when none names one, the latest step with no provision named.
            let named = later.filter { !$0.provisions.isEmpty }
            if let final = (named.isEmpty ? later : named).max(by: { $0.date.first < $1.date.first }) {
                let other = final.provisions.map(\.description).joined(separator: ", ")
                let charge = final.charge.map { " (\($0))" } ?? ""
                afterwards.append(.text((other.isEmpty ? "no provision named: " : "under \(other) (another provision)\(charge): ") + "\(BriefingSection.describe(final.type, charge: nil, outcome: final.outcome)) (\(final.date))"))
                afterwards += [.text(" "), .notes([notes.cite(final.source)])]
            }
            let sources = unique(events.map(\.source)).map { notes.cite($0) }
            rows.append([[.text(legalCase.name)], [.text(charges.isEmpty ? "—" : charges), .text(" ("), .code(provisions), .text(")")],
                         [.text(firstDate.description)], latest, afterwards, [.notes(sources)]])
        }
        return [heading("Cases"),
                .paragraph(["Each row shows the events under the numbers of this briefing; what happened afterwards under another provision, or with no provision named, is in its own column."]),
                .table([["Who"], ["Charge as reported (provision)"], ["First event"], ["Latest under these numbers"], ["Afterwards"], ["Sources"]], rows)]
    }
}
