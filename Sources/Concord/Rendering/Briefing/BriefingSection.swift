/// The part of a briefing on one chain of provisions.
struct BriefingSection {
    let briefing: Briefing
    let history: History
    /// The heading level of the section's parts.
    let level: Int
    let chainSet: Set<ProvisionID>

    init(briefing: Briefing, history: History, level: Int) {
        self.briefing = briefing
        self.history = history
        self.level = level
        chainSet = Set(history.chain)
    }

    var corpus: Corpus { briefing.corpus }
    var registry: Registry { briefing.corpus.registry }
    var today: Day { briefing.generated.last }

    /// The citations of the chain in the reports.
    var citations: [TimelineEntry] { history.entries.filter { $0.kind == .citation } }
    /// Citations that are stale, a draft number, dubious, unknown or uncertain.
    var problems: [TimelineEntry] { citations.filter { !$0.flags.filter { $0 != .noDate }.isEmpty } }
    /// The cases with an event on a provision of the chain, in registry order.
    var cases: [Case] {
        corpus.cases.filter { $0.events.contains { event in event.provisions.contains { chainSet.contains($0.withoutPart) } } }
    }

    mutating func blocks(notes: inout SourceNotes) -> [Block] {
        var out: [Block] = []
        out += todayBlocks(notes: &notes)
        out += summaryBlocks(notes: &notes)
        out += versionBlocks(notes: &notes)
        out += timelineBlocks(notes: &notes)
        out += reportBlocks(notes: &notes)
        out += caseBlocks(notes: &notes)
        out += recommendationBlocks(notes: &notes)
        out += problemBlocks(notes: &notes)
        return out
    }

    func heading(_ text: String, sub: Int = 0) -> Block { .heading(level + sub, [.text(text)], anchor: nil) }

    /// "*unverified*" after a fact, or nothing.
    static func mark(_ verified: Bool) -> [Inline] { verified ? [] : [.text(" "), .emphasis("unverified")] }

    func marks(_ sources: [Source], notes: inout SourceNotes, limit: Int = 2) -> [Inline] {
        let numbers = sources.prefix(limit).map { notes.cite($0) }
        return numbers.isEmpty ? [] : [.text(" "), .notes(numbers)]
    }

    /// The provision of the chain that applies today, else the newest enacted one, else the asked one.
    var current: ProvisionID {
        let enacted = history.chain.filter { registry.works[$0.work]?.status == .enacted }
        if let inForce = enacted.last(where: { id in registry.provision(id).map { registry.status(of: $0, on: today) == .inForce || registry.status(of: $0, on: today) == .uncertain } ?? false }) {
            return inForce
        }
        return enacted.last ?? history.asked
    }

    // MARK: The provision today

    func todayBlocks(notes: inout SourceNotes) -> [Block] {
        let id = current
        guard let provision = registry.provision(id), let work = registry.works[id.work] else { return [] }
        var items: [[Inline]] = []
        let (title, uncertainTitle) = provision.title(on: today)
        if let title {
            var item: [Inline] = [.strong("Heading: "), .text("“" + (title.englishLabelled ?? title.text.ru ?? "") + "”")]
            if let ru = title.text.ru, title.text.en != nil { item.append(.text(" (Russian: «\(ru)»)")) }
            item += BriefingSection.mark(title.provenance.verified) + marks(title.provenance.sources, notes: &notes, limit: 1)
            if uncertainTitle { item.append(.text("; a change of heading takes effect around this date, see below")) }
            items.append(item)
        }
        items.append([.strong("Status on \(today): ")] + statusText(provision, work: work, notes: &notes))
        let changes = provision.events.filter { [.amended, .restated, .retitled].contains($0.type) }
        if let latest = changes.max(by: { $0.date.first < $1.date.first }) {
            var item: [Inline] = [.strong("Latest change recorded: "), .text("\(latest.type == .retitled ? "heading changed" : latest.type.rawValue) by \(latest.actDescription)")]
            if let rule = latest.rule { item.append(.text(", \(rule.explanation)")) }
            item += BriefingSection.mark(latest.provenance.verified) + marks(latest.provenance.sources, notes: &notes, limit: 1)
            item.append(.text(" (\(count(changes.count, "change")) recorded in all)"))
            items.append(item)
        } else if work.status == .enacted {
            items.append([.strong("Latest change recorded: "), .text("none in the registry's record of this version")])
        }
        let earlier = provision.titles.filter { $0.from != nil }
        if !earlier.isEmpty, let first = provision.titles.first {
            var item: [Inline] = [.strong("Earlier headings: "), .text("as enacted “\(first.englishLabelled ?? first.text.ru ?? "")”")]
            item += BriefingSection.mark(first.provenance.verified)
            for change in earlier {
                item.append(.text("; from \(change.from.map { $0.description } ?? "?") “\(change.englishLabelled ?? change.text.ru ?? "")”"))
                if let act = change.act { item.append(.text(" (act \(act))")) }
                item += BriefingSection.mark(change.provenance.verified) + marks(change.provenance.sources, notes: &notes, limit: 1)
            }
            items.append(item)
        }
        // What it was before: every link that leads, step by step, to the current provision.
        var reached: Set<ProvisionID> = [id]
        var before: [Succession] = []
        for link in history.links.reversed() {
            guard let to = link.to?.withoutPart, reached.contains(to) else { continue }
            reached.insert(link.from)
            before.insert(link, at: 0)
        }
        for link in before {
            var item: [Inline] = [.strong("Before: "), .text(capitalisedFirst(registry.articleName(link.from)) + " (\(link.from)), \(BriefingSection.describe(link.type)) \(link.to?.description ?? "") on \(link.effective)")]
            item += BriefingSection.mark(link.provenance.verified) + [.text(" (\(link.evidence.rawValue) evidence)")] + marks(link.provenance.sources, notes: &notes, limit: 1)
            items.append(item)
        }
        items.append([.strong("Proceedings in the case registry: ")] + chargedByYear())
        return [heading("The provision today"), .paragraph([.text(capitalisedFirst(registry.articleName(id)) + " (\(id)).")]), .list(items)]
    }

    func statusText(_ provision: Provision, work: Work, notes: inout SourceNotes) -> [Inline] {
        if work.status == .draft { return [.text("a draft number, never in force")] }
        guard let life = registry.life(of: provision) else { return [.text("dates unknown")] + BriefingSection.mark(false) }
        let datesVerified = provision.provenance.verified && work.provenance.verified
        switch life.status(on: DayRange(today)) {
        case .inForce: return [.text("in force since \(life.from)")] + BriefingSection.mark(datesVerified)
        case .notYetInForce: return [.text("not yet in force; from \(life.from)")] + BriefingSection.mark(datesVerified)
        case .ceased: return [.text("no longer in force; last day \(life.until.map { $0.description } ?? "?")")] + BriefingSection.mark(datesVerified)
        case .uncertain: return [.text("in force from \(life.from) to \(life.until.map { $0.description } ?? "—"); the status changes around this date")] + BriefingSection.mark(datesVerified)
        case .notInForce: return [.text("not in force")]
        }
    }

    /// "3 people and 4 organisations: 2011: Natalia Sokolova; 2012: Vladimir Kozlov, …".
    func chargedByYear() -> [Inline] {
        let cases = self.cases
        guard !cases.isEmpty else { return [.text("no one in the registry was proceeded against under these numbers")] }
        var byYear: [Int: [String]] = [:]
        for legalCase in cases {
            guard let first = legalCase.events.first(where: { $0.provisions.contains { chainSet.contains($0.withoutPart) } }) else { continue }
            byYear[first.date.year, default: []].append(legalCase.name)
        }
        let people = cases.filter { $0.kind == .person }.count
        let organisations = cases.count - people
        var text = count(people, "person", plural: "people")
        if organisations > 0 { text += " and \(count(organisations, "organisation"))" }
        text += ", by the year of the first event under these numbers: "
        text += byYear.keys.sorted().map { "\($0): \(byYear[$0]!.joined(separator: ", "))" }.joined(separator: "; ")
        return [.text(text + ".")]
    }

    // MARK: Summary

    func summaryBlocks(notes: inout SourceNotes) -> [Block] {
        var summary: [Inline] = []
        for id in history.chain {
            guard let provision = registry.provision(id), let work = registry.works[id.work] else { continue }
            let name = capitalisedFirst(registry.articleName(id))
            var title: [Inline] = []
            if let t = provision.title, let en = t.englishLabelled ?? t.text.ru { title = [.text(" (“\(en)”")] + BriefingSection.mark(t.provenance.verified) + [.text(")")] }
            if work.status == .draft {
                summary += [.text(name)] + title + [.text(" was a draft number, never in force. ")]
            } else if let life = registry.life(of: provision) {
                let span = life.until.map { "was in force from \(life.from) to \($0)" } ?? "has been in force since \(life.from)"
                summary += [.text(name)] + title + [.text(" \(span)")] + BriefingSection.mark(provision.provenance.verified && work.provenance.verified) + [.text(". ")]
            }
        }
        for link in history.links {
            summary.append(.text("On \(link.effective), \(link.from) was \(BriefingSection.describe(link.type)) \(link.to?.description ?? "without successor")"))
            summary += BriefingSection.mark(link.provenance.verified) + marks(link.provenance.sources, notes: &notes) + [.text(". ")]
        }
        let reports = Set(citations.compactMap { $0.passage?.report })
        let recommendationIDs = Set(history.entries.compactMap(\.recommendationID))
        let these = history.chain.count > 1 ? "these numbers" : "it"
        let them = history.chain.count > 1 ? "them" : "it"
        let problemCount = problems.count
        summary.append(.text("\(count(reports.count, "report")) of the \(corpus.analyses.count) \(reports.count == 1 ? "cites" : "cite") \(these) "
            + "(\(count(citations.count, "mention"))); \(count(cases.count, "case")) and \(count(recommendationIDs.count, "recommendation")) concern \(them); "
            + (problemCount == 0 ? "no mention in the reports is stale, a draft number, dubious, uncertain or unknown."
                : "\(count(problemCount, "mention")) in the reports \(problemCount == 1 ? "is" : "are") stale, a draft number, dubious, uncertain or unknown.")))
        return [heading("Summary"), .paragraph(summary)]
    }

    // MARK: Versions

    func versionBlocks(notes: inout SourceNotes) -> [Block] {
        var rows: [[[Inline]]] = []
        for id in history.chain {
            guard let provision = registry.provision(id), let work = registry.works[id.work] else { continue }
            let life = registry.life(of: provision)
            let status: String
            if work.status == .draft { status = "draft, never in force" } else if let life {
                switch life.status(on: DayRange(today)) {
                case .inForce: status = "in force"
                case .notYetInForce: status = "not yet in force"
                case .uncertain: status = "changing around \(today)"
                default: status = "not in force"
                }
            } else { status = "dates unknown" }
            var period: [Inline] = [.text("—")]
            if work.status == .draft {
                period = [.text("draft of \(work.adopted?.description ?? "?")")] + BriefingSection.mark(work.provenance.verified)
            } else if let life {
                let span = life.until.map { "\(life.from) – \($0)" } ?? "since \(life.from)"
                period = [.text(span)] + BriefingSection.mark(work.provenance.verified)
            }
            var title: [Inline] = []
            if let t = provision.title { title = [.text(t.englishLabelled ?? t.text.ru ?? "")] + BriefingSection.mark(t.provenance.verified) }
            let record: [Inline] = [.text(provision.provenance.verified ? "verified" : "")] + (provision.provenance.verified ? [] : [.emphasis("unverified")])
                + marks(provision.provenance.sources, notes: &notes)
            rows.append([[.text(work.shortName)], [.code(id.description)], title, period, [.text(status)], record])
        }
        return [heading("Versions"), .table([["Version"], ["Article"], ["Heading"], ["In force"], [.text("Status on \(today)")], ["Record"]], rows)]
    }

    static func describe(_ type: Succession.Kind) -> String {
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
