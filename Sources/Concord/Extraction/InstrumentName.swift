/// What an instrument's name in a text points to: a lineage, and a specific work when the name
/// belongs to one work only.
public struct InstrumentName: Sendable, Hashable {
    public var lineage: String
    public var work: String?
}

extension Registry {
    /// Every lineage and work name of the registry, in all languages, as one index.
    public func instrumentNameIndex() -> PatternIndex<InstrumentName> {
        var index = PatternIndex<InstrumentName>()
        for lineage in lineages.values.sorted(by: { $0.id < $1.id }) {
            for language in lineage.names.keys.sorted() {
                for name in lineage.names[language] ?? [] {
                    if let pattern = WordPattern(name) { index.add(pattern, InstrumentName(lineage: lineage.id, work: nil)) }
                }
            }
        }
        for work in works.values.sorted(by: { $0.id < $1.id }) {
            for language in work.names.keys.sorted() {
                for name in work.names[language] ?? [] {
                    if let pattern = WordPattern(name) { index.add(pattern, InstrumentName(lineage: work.lineage, work: work.id)) }
                }
            }
        }
        return index
    }
}
