/// Counts of what the registry covers and how much of it is verified.
public struct CoverageSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    public var lineages = 0
    public var works = 0
    public var provisions = 0
    public var successions = 0
    public var verifiedFacts = 0
    public var unverifiedFacts = 0

    /// Counts the registry's contents. A fact is a work, a provision, a provision title with its own
    /// sources, an event or a succession.
    public init(registry: Registry) {
        lineages = registry.lineages.count
        works = registry.works.count
        provisions = registry.provisions.count
        func count(_ provenance: Provenance) {
            if provenance.verified { verifiedFacts += 1 } else { unverifiedFacts += 1 }
        }
        for work in registry.works.values { count(work.provenance) }
        for provision in registry.provisions {
            count(provision.provenance)
            if let title = provision.title, !title.provenance.sources.isEmpty { count(title.provenance) }
            for event in provision.events { count(event.provenance) }
            for succession in provision.successors { successions += 1; count(succession.provenance) }
        }
    }

    public var description: String {
        "\(lineages) lineages, \(works) works, \(provisions) provisions, \(successions) successions; facts: \(verifiedFacts) verified, \(unverifiedFacts) unverified"
    }
}
