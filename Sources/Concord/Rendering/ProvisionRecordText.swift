/// Renders a provision's record and its chain through time as plain text, for `concord show`.
public struct ProvisionRecordText {
    public let registry: Registry

    /// Creates a renderer over a registry.
    public init(registry: Registry) { self.registry = registry }

    /// The record of `id` (its part ignored for the record, shown in the heading).
    public func render(_ id: ProvisionID) -> String {
        guard let provision = registry.provision(id) else { return "\(id): not in the registry\n" }
        var out = ""
        out += heading(provision, asked: id) + "\n"
        out += describe(provision, indent: "  ")
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
    func describe(_ provision: Provision, indent: String) -> String {
        var out = ""
        if let title = provision.title {
            let provenance = title.provenance.sources.isEmpty ? provision.provenance : title.provenance
            if let en = title.text.en { out += "\(indent)Title: \(en) [\(provenance.label)]\n" }
            if let ru = title.text.ru { out += "\(indent)Title (ru): \(ru) [\(provenance.label)]\n" }
            if !title.provenance.sources.isEmpty { out += sources(title.provenance, indent: indent + "  ") }
        } else {
            out += "\(indent)Title: not known\n"
        }
        if let chapter = provision.chapter { out += "\(indent)Chapter: \(chapter)\n" }
        out += "\(indent)Status: \(status(provision))\n"
        if let summary = provision.summary { out += "\(indent)Summary: \(summary)\n" }
        let charges = provision.charges.keys.sorted().flatMap { provision.charges[$0]! }
        if !charges.isEmpty { out += "\(indent)Charge names: \(charges.joined(separator: "; "))\n" }
        out += "\(indent)Record [\(provision.provenance.label)]:\n" + sources(provision.provenance, indent: indent + "  ")
        for event in provision.events {
            out += "\(indent)\(event.date) \(event.type.rawValue)\(event.act.map { " by \($0)" } ?? "")\(event.note.map { " — \($0)" } ?? "") [\(event.provenance.label)]\n"
            out += sources(event.provenance, indent: indent + "  ")
        }
        return out
    }

    func status(_ provision: Provision) -> String {
        guard let work = registry.works[provision.id.work] else { return "unknown work" }
        if work.status == .draft { return "draft number, never in force (draft of \(work.adopted?.description ?? "unknown date"))" }
        guard let life = registry.life(of: provision) else { return "dates not known" }
        let until = life.until.map { "until \($0)" } ?? "in force"
        return "from \(life.from) \(until)"
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
            let title = p.title?.text.en ?? p.title?.text.ru ?? "(title not known)"
            let marker = provisionID == id.withoutPart ? "▶ " : "  "
            return "\(marker)\(provisionID)  \(status(p))  \(title)"
        }
        let ordered = links.sorted { ($0.effective, $0.from) < ($1.effective, $1.from) }
        for link in ordered {
            if listed.insert(link.from).inserted { lines.append(line(for: link.from)) }
            let target = link.to.map(\.description) ?? "no successor"
            lines.append("      ↓ \(link.type.rawValue) → \(target), effective \(link.effective) [\(link.provenance.label)]")
            for source in link.provenance.sources { lines.append("        - \(source.citation)") }
            if let to = link.to, listed.insert(to.withoutPart).inserted { lines.append(line(for: to.withoutPart)) }
        }
        return lines
    }
}
