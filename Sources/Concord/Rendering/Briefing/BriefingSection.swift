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
        let changes = provision.events.filter { [.amended, .restated, .retitled, .repealed].contains($0.type) }
        if let latest = changes.max(by: { $0.date.first < $1.date.first }) {
            var item: [Inline] = [.strong("Latest change recorded: "), .text(BriefingSection.change(latest))]
            if let rule = latest.rule { item.append(.text(", \(rule.explanation)")) }
            item += BriefingSection.mark(latest.provenance.verified) + marks(latest.provenance.sources, notes: &notes, limit: 1)
            // One act that amends the text and its heading is one change.
            let acts = Set(changes.map { "\($0.act ?? "?")|\($0.date)" }).count
            item.append(.text(" (\(count(acts, "amending act")) recorded in all)"))
            items.append(item)
        } else if work.status == .enacted {
            items.append([.strong("Latest change recorded: "), .text("none in the registry's record of this version")])
        }
        // The headings before the one that applies today, each with the day it took effect.
        let currentIndex = title.flatMap { t in provision.titles.lastIndex(of: t) } ?? provision.titles.count
        let earlierTitles = Array(provision.titles.prefix(currentIndex))
        if let first = earlierTitles.first, first.text.en != nil || first.text.ru != nil {
            var item: [Inline] = [.strong("Earlier headings: "), .text("as enacted “\(first.englishLabelled ?? first.text.ru ?? "")”")]
            item += BriefingSection.mark(first.provenance.verified) + marks(first.provenance.sources, notes: &notes, limit: 1)
            for change in earlierTitles.dropFirst() {
                item.append(.text("; from \(change.from.map(BriefingSection.fromText) ?? "a day not known") “\(change.englishLabelled ?? change.text.ru ?? "")”"))
                if let act = change.act { item.append(.text(" (act \(act))")) }
                item += BriefingSection.mark(change.provenance.verified) + marks(change.provenance.sources, notes: &notes, limit: 1)
            }
            if let present = title, let from = present.from {
                item.append(.text("; the present heading from \(BriefingSection.fromText(from))" + (present.act.map { " (act \($0))" } ?? "")))
                item += BriefingSection.mark(present.provenance.verified) + marks(present.provenance.sources, notes: &notes, limit: 1)
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
            var item: [Inline] = [.strong("Before: "), .text(capitalisedFirst(registry.articleName(link.from)) + " (\(link.from)), \(BriefingSection.describe(link.type)) \(link.to?.description ?? "") on \(link.effective.readable)")]
            item += BriefingSection.mark(link.provenance.verified) + [.text(" (\(link.evidence.rawValue) evidence)")] + marks(link.provenance.sources, notes: &notes, limit: 1)
            items.append(item)
        }
        items.append([.strong("Proceedings in the case registry: ")] + chargedByYear())
        return [heading("The provision today"), .paragraph([.text(capitalisedFirst(registry.articleName(id)) + " (\(id)).")]), .list(items)]
    }

    func statusText(_ provision: Provision, work: Work, notes: inout SourceNotes) -> [Inline] {
        if work.status == .draft { return [.text("a draft number, never in force")] }
        guard let life = registry.life(of: provision) else { return [.text("dates unknown")] + BriefingSection.mark(false) }
        let datesVerified = provision.provenance.verified && work.inForceVerified
        // A treaty's dates are its own entry into force, not the day it bound Kazakhstan.
        let internationally = work.kind == .treaty ? " internationally" : ""
        switch life.status(on: DayRange(today)) {
        case .inForce: return [.text("in force\(internationally) since \(BriefingSection.fromText(life.from))")] + BriefingSection.mark(datesVerified)
            + (work.kind == .treaty ? [.text(" (the day it bound Kazakhstan is not in the registry)")] : [])
        case .notYetInForce: return [.text("not yet in force; from \(BriefingSection.fromText(life.from))")] + BriefingSection.mark(datesVerified)
        case .ceased: return [.text("no longer in force; last day \(life.until.map { $0.description } ?? "?")")] + BriefingSection.mark(datesVerified)
        case .uncertain: return [.text("in force from \(life.from) to \(life.until.map { $0.description } ?? "—"); the status changes around this date")] + BriefingSection.mark(datesVerified)
        case .notInForce: return [.text("not in force")]
        }
    }

    /// "7 people, by the year of their first event under these numbers: 2011: Natalia Sokolova; …;
    /// 5 organisations, whose bans or designations the sources tie to these offences: …".
    func chargedByYear() -> [Inline] {
        let cases = self.cases
        guard !cases.isEmpty else { return [.text("no one in the registry was proceeded against under these numbers.")] }
        func byYear(_ group: [Case]) -> String {
            var years: [Int: [String]] = [:]
            for legalCase in group {
                guard let first = legalCase.events.first(where: onChain) else { continue }
                years[first.date.year, default: []].append(legalCase.name)
            }
            return years.keys.sorted().map { "\($0): \(years[$0]!.joined(separator: ", "))" }.joined(separator: "; ")
        }
        let people = cases.filter { $0.kind == .person }
        let organisations = cases.filter { $0.kind == .organisation }
        var parts: [String] = []
        if !people.isEmpty { parts.append(count(people.count, "person", plural: "people") + " charged, tried or sentenced under these numbers, by the year of the first such event: " + byYear(people)) }
        if !organisations.isEmpty {
            parts.append(count(organisations.count, "organisation") + " that courts banned, dissolved or declared extremist, or that were investigated, on grounds the sources give in the words of these offences: " + byYear(organisations))
        }
        return [.text(parts.joined(separator: ". ") + ".")]
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
                let from = BriefingSection.fromText(life.from)
                let internationally = work.kind == .treaty ? " internationally" : ""
                let span = life.until.map { "was in force\(internationally) from \(from) to \(BriefingSection.fromText($0))" } ?? "has been in force\(internationally) since \(from)"
                summary += [.text(name)] + title + [.text(" \(span)")] + BriefingSection.mark(provision.provenance.verified && work.inForceVerified) + [.text(". ")]
            }
        }
        for link in history.links {
            summary.append(.text("On \(link.effective.readable), \(link.from) was \(BriefingSection.describe(link.type)) \(link.to?.description ?? "without successor")"))
            summary += BriefingSection.mark(link.provenance.verified) + marks(link.provenance.sources, notes: &notes) + [.text(". ")]
        }
        let reports = Set(citations.compactMap { $0.passage?.report })
        let recommendationIDs = Set(history.entries.compactMap(\.recommendationID))
        let these = history.chain.count > 1 ? "these numbers" : "it"
        let them = history.chain.count > 1 ? "them" : "it"
        let problemCount = problems.count
        let concern = cases.isEmpty && recommendationIDs.isEmpty ? "no case and no recommendation concern \(them)"
            : "\(count(cases.count, "case")) and \(count(recommendationIDs.count, "recommendation")) concern \(them)"
        var byFlag: [String: Int] = [:]
        for entry in problems { for flag in entry.flags where flag != .noDate { byFlag[BriefingSection.flagWords(flag), default: 0] += 1 } }
        let problemText = problemCount == 0 ? "no mention in the reports has a problem."
            : "mentions with a problem: " + byFlag.keys.sorted().map { "\(byFlag[$0]!) \($0)" }.joined(separator: ", ") + "."
        summary.append(.text("\(count(reports.count, "report")) of the \(corpus.analyses.count) \(reports.count == 1 ? "cites" : "cite") \(these) "
            + "(\(count(citations.count, "mention"))); \(concern); " + problemText))
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
                period = [.text(span + (work.kind == .treaty ? " (internationally)" : ""))] + BriefingSection.mark(work.inForceVerified)
            }
            var title: [Inline] = []
            if let t = provision.title { title = [.text(t.englishLabelled ?? t.text.ru ?? "")] + BriefingSection.mark(t.provenance.verified) }
            let record: [Inline] = [.text(provision.provenance.verified ? "verified" : "")] + (provision.provenance.verified ? [] : [.emphasis("unverified")])
                + marks(provision.provenance.sources, notes: &notes)
            rows.append([[.text(work.shortName)], [.code(id.description)], title, period, [.text(status)], record])
        }
        return [heading("Versions"), .table([["Version"], ["Article"], ["Heading"], ["In force"], [.text("Status on \(today)")], ["Record"]], rows)]
    }

    /// "2015-01-01", or "a day between 2020-07-07 and 2020-08-06".
    static func fromText(_ range: DayRange) -> String {
        range.isExact ? range.description : "a day between \(range.earliest) and \(range.latest)"
    }

    /// "amended by Law No. 94-VIII of 2024-06-19"; "heading changed, by an act not identified, between …".
    static func change(_ event: ProvisionEvent) -> String {
        let verb = event.type == .retitled ? "heading changed" : event.type.rawValue
        let when = event.date.readable
        return event.act == nil ? "\(verb), by an act not identified, \(when.hasPrefix("between") ? "" : "on ")\(when)" : "\(verb) by \(event.actDescription)"
    }

    /// A citation problem in words: "stale", "a draft's number", "not in the registry".
    static func flagWords(_ flag: Citation.Flag) -> String {
        switch flag {
        case .stale: return "stale"
        case .draftNumber: return "a draft's number"
        case .dubious: return "dubious"
        case .unknownProvision: return "not in the registry"
        case .uncertain: return "uncertain on its date"
        case .noDate: return "undated"
        }
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
