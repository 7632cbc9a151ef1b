/// Counts of what the registry covers and how much of it is verified, in all and per work.
public struct CoverageSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The counts for one work.
    public struct WorkCounts: Sendable, Hashable, Codable {
        public var work: String
        public var articles = 0
        /// Added, amended, restated, retitled and repealed events.
        public var events = 0
        public var englishOfficial = 0
        public var englishQuoted = 0
        public var englishConcord = 0
        /// Successions starting in this work, by evidence.
        public var successions: [String: Int] = [:]
        public var verifiedFacts = 0
        public var unverifiedFacts = 0
    }

    public var lineages = 0
    public var works = 0
    public var provisions = 0
    public var successions = 0
    public var verifiedFacts = 0
    public var unverifiedFacts = 0
    /// Per work, in identifier order.
    public var perWork: [WorkCounts] = []

    /// Counts the registry's contents. A fact is a work, a provision, a heading with its own sources,
    /// an event or a succession.
    public init(registry: Registry) {
        lineages = registry.lineages.count
        works = registry.works.count
        provisions = registry.provisions.count
        var counts: [String: WorkCounts] = [:]
        for work in registry.works.values {
            var c = WorkCounts(work: work.id)
            if work.provenance.verified { c.verifiedFacts += 1 } else { c.unverifiedFacts += 1 }
            counts[work.id] = c
        }
        for provision in registry.provisions {
            var c = counts[provision.id.work] ?? WorkCounts(work: provision.id.work)
            func count(_ provenance: Provenance) {
                if provenance.verified { c.verifiedFacts += 1 } else { c.unverifiedFacts += 1 }
            }
            c.articles += 1
            count(provision.provenance)
            for title in provision.titles where !title.provenance.sources.isEmpty && title.from != nil { count(title.provenance) }
            if let title = provision.titles.first, title.text.en != nil {
                switch title.english {
                case .official: c.englishOfficial += 1
                case .quoted: c.englishQuoted += 1
                case .concord: c.englishConcord += 1
                }
            }
            for event in provision.events { c.events += 1; count(event.provenance) }
            for succession in provision.successors {
                successions += 1
                c.successions[succession.evidence.rawValue, default: 0] += 1
                count(succession.provenance)
            }
            counts[provision.id.work] = c
        }
        perWork = counts.values.sorted { $0.work < $1.work }
        verifiedFacts = perWork.reduce(0) { $0 + $1.verifiedFacts }
        unverifiedFacts = perWork.reduce(0) { $0 + $1.unverifiedFacts }
    }

    public var description: String {
        "\(lineages) lineages, \(works) works, \(provisions) provisions, \(successions) successions; facts: \(verifiedFacts) verified, \(unverifiedFacts) unverified"
    }

    /// One line per work: articles, events, English headings by origin, successions by evidence, facts.
    public var table: String {
        var out = "English headings: official / translated by a source / translated by Concord; successions from the work: official / secondary / inferred\n"
        out += "work                  articles  events    English         successions    facts verified/unverified\n"
        for c in perWork {
            let english = "\(c.englishOfficial)/\(c.englishQuoted)/\(c.englishConcord)"
            let links = "\(c.successions["official"] ?? 0)/\(c.successions["secondary"] ?? 0)/\(c.successions["inferred"] ?? 0)"
            out += c.work.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(c.articles).leftPadded(8) + String(c.events).leftPadded(8)
                + english.leftPadded(12) + links.leftPadded(16) + "\(c.verifiedFacts)/\(c.unverifiedFacts)".leftPadded(14) + "\n"
        }
        return out
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
