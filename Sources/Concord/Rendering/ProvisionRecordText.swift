/// Renders a provision's record and its chain through time as plain text, for `concord show`.
public struct ProvisionRecordText {
    public let registry: Registry

    /// Creates a renderer over a registry.
    public init(registry: Registry) { self.registry = registry }

    /// The record of `id` (its part ignored for the record, shown in the heading); with `day`, the
    /// heading and status of that day come first.
    public func render(_ id: ProvisionID, on day: Day? = nil, alternatives: [ProvisionID] = []) -> String {
        guard let provision = registry.provision(id) else { return "\(id): not in the registry\n" }
        var out = heading(provision, asked: id) + "\n"
        out += describe(provision, on: day, indent: "  ")
        if !alternatives.isEmpty {
            out += "  Also numbered \(id.article): " + alternatives.map { alt in
                let title = registry.provision(alt)?.title.flatMap { $0.text.en ?? $0.text.ru }.map { " (\($0))" } ?? ""
                return alt.description + title
            }.joined(separator: "; ") + "\n"
        }
        let chain = chainLines(provision.id)
        if !chain.isEmpty {
            out += "\nChain through time:\n"
            out += chain.joined(separator: "\n") + "\n"
        }
        return out
    }

    func heading(_ provision: Provision, asked: ProvisionID) -> String {
        let work = registry.works[provision.id.work]
        let workName = work.map { "\($0.title.en ?? $0.title.ru ?? $0.id)\(workYear($0))" } ?? provision.id.work
        let part = asked.part.map { ", part \($0)" } ?? ""
        return "\(provision.id)\(asked.part.map { "(\($0))" } ?? "") — \(workName), article \(provision.id.article)\(part)"
    }

    func workYear(_ work: Work) -> String {
        if work.status == .draft { return " (draft, \(work.adopted?.description ?? "undated"))" }
        return work.adopted.map { " (\($0.year))" } ?? ""
    }

    /// The provision's facts, one per line, each with its verification status and sources.
    func describe(_ provision: Provision, on day: Day?, indent: String) -> String {
        var out = ""
        if let day {
            let (title, uncertain) = provision.title(on: day)
            let status = registry.life(of: provision).map { $0.status(on: DayRange(day)) } ?? .notInForce
            out += "\(indent)On \(day): \(statusWords(status))\n"
            if let title {
                out += titleLines(title, label: "Title on \(day)", provenanceFallback: provision.provenance, indent: indent)
                if uncertain { out += "\(indent)  (the heading changed around that day; the date it took effect is not known exactly)\n" }
            }
        }
        if let title = provision.title, day == nil || provision.titles.count > 1 {
            out += titleLines(title, label: provision.titles.count > 1 ? "Title now" : "Title", provenanceFallback: provision.provenance, indent: indent)
        } else if provision.titles.isEmpty {
            out += "\(indent)Title: \(provision.subject.map { "none in the text; subject: \($0) (Concord's description)" } ?? "not known")\n"
        }
        if provision.titles.count > 1 {
            out += "\(indent)Headings over time:\n"
            for title in provision.titles {
                let when = title.from.map { "from \(DateSpec($0).readable)" } ?? "as first enacted"
                let how = title.act.map { " by Law No. \($0)" } ?? ""
                let dateVerified = title.from == nil || provision.events.contains { $0.type == .retitled && $0.effective == title.from && $0.provenance.verified }
                let evidence = title.evidence.map { " [\($0.rawValue)]" } ?? ""
                out += "\(indent)  \(when)\(how)\(evidence): \(title.text.ru ?? title.text.en ?? "wording not known")"
                out += title.englishLabelled.map { " — \($0)" } ?? "" 
                out += dateVerified ? " [verified]\n" : " [wording verified; date of the change inferred, unverified]\n"
            }
        }
        if let section = provision.section { out += "\(indent)\(section.label)\n" }
        if let chapter = provision.chapter { out += "\(indent)\(chapter.label)\n" }
        out += "\(indent)Status: \(status(provision))\n"
        if let summary = provision.summary { out += "\(indent)Summary: \(summary)\n" }
        let charges = provision.charges.keys.sorted().flatMap { provision.charges[$0] ?? [] }
        if !charges.isEmpty { out += "\(indent)Charge names: \(charges.joined(separator: "; "))\n" }
        for note in provision.notes { out += "\(indent)Note: \(note)\n" }
        out += "\(indent)Record [\(provision.provenance.label)]:\n" + sources(provision.provenance, indent: indent + "  ")
        if !provision.events.isEmpty { out += "\(indent)History:\n" }
        for event in provision.events {
            out += "\(indent)  \(event.date.readable) \(event.type.rawValue)"
            if event.act != nil { out += " by \(event.actDescription)" }
            if let rule = event.rule { out += "; \(rule.explanation), effective \(event.effective)" }
            if let note = event.note { out += " — \(note)" }
            out += " [\(event.provenance.label)]\n"
            out += sources(event.provenance, indent: indent + "    ")
        }
        return out
    }

    func titleLines(_ title: Provision.Title, label: String, provenanceFallback: Provenance, indent: String) -> String {
        let provenance = title.provenance.sources.isEmpty ? provenanceFallback : title.provenance
        var out = ""
        if let en = title.englishLabelled { out += "\(indent)\(label): \(en) [\(provenance.label)]\n" }
        if let ru = title.text.ru { out += "\(indent)\(label) (ru): \(ru) [\(provenance.label)]\n" }
        return out
    }

    func statusWords(_ status: Life.Status) -> String {
        switch status {
        case .inForce: return "in force"
        case .notYetInForce: return "not yet in force"
        case .ceased: return "no longer in force"
        case .uncertain: return "uncertain (the day falls inside the window in which it came into force or ceased)"
        case .notInForce: return "never in force (a draft number)"
        }
    }

    func status(_ provision: Provision, brief: Bool = false) -> String {
        guard let work = registry.works[provision.id.work] else { return "unknown work" }
        if work.status == .draft { return "draft number, never in force (draft of \(work.adopted?.description ?? "unknown date"))" }
        guard let life = registry.life(of: provision) else { return "dates not known" }
        var text = "from \(DateSpec(life.from).readable)"
        if let until = life.until {
            text += " until \(DateSpec(until).readable)"
            if !brief, let repeal = provision.events.last(where: { $0.type == .repealed }) {
                text += " (repealed by \(repeal.actDescription))"
            }
        } else {
            text += ", in force"
        }
        if !brief, !life.from.isExact || !(life.until?.isExact ?? true) {
            text += "; a window of days means the publication date the change hangs on is not in the registry (taken as within \(InForceRule.publicationWindow) days of signing)"
        }
        return text
    }

    func sources(_ provenance: Provenance, indent: String) -> String {
        provenance.sources.map { source in
            var line = "\(indent)- \(source.citation)"
            if let note = source.note { line += " (\(note))" }
            return line + "\n"
        }.joined()
    }

    /// The provisions linked to `id` by succession, oldest first, with each link's type, date and evidence.
    func chainLines(_ id: ProvisionID) -> [String] {
        let links = registry.predecessions(of: id) + registry.successions(from: id)
        guard !links.isEmpty else { return [] }
        var lines: [String] = []
        var listed = Set<ProvisionID>()
        func line(for provisionID: ProvisionID) -> String {
            guard let p = registry.provision(provisionID) else { return "  \(provisionID)" }
            let title = p.title?.englishLabelled ?? p.title?.text.ru ?? p.subject ?? "(title not known)"
            let marker = provisionID == id.withoutPart ? "▶ " : "  "
            return "\(marker)\(provisionID)  \(status(p, brief: true))  \(title)"
        }
        let ordered = links.sorted { ($0.effective, $0.from) < ($1.effective, $1.from) }
        for link in ordered {
            if listed.insert(link.from).inserted { lines.append(line(for: link.from)) }
            let target = link.to.map(\.description) ?? "no successor"
            lines.append("      ↓ \(link.type.rawValue) → \(target), effective \(link.effective.readable) [\(link.evidence.rawValue), \(link.provenance.label)]")
            if let note = link.note { lines.append("        \(note)") }
            for source in link.provenance.sources { lines.append("        - \(source.citation)") }
            if let to = link.to, listed.insert(to.withoutPart).inserted { lines.append(line(for: to.withoutPart)) }
        }
        return lines
    }
}
