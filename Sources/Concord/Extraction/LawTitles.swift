/// The laws of the registry (lineages whose title opens with a law noun: "Law on peaceful
/// assemblies", «Закон о профессиональных союзах») and the words of their titles, so that "article 26
/// of the law", with no law named, is read as one of them when the words around it tell which, and
/// as an unnamed act otherwise, never as an article of a code.
public struct LawTitles: Sendable {
    /// Each law's title words (folded, five letters or more, the law noun left out), by lineage.
    public let words: [String: [String]]

    /// Reads the laws from the registry's lineages, with the law nouns of its languages (`lawNouns`).
    public init(registry: Registry) {
        let nouns = PatternIndex<Bool>(registry.languages.values.sorted { $0.language < $1.language }.flatMap(\.lawNouns))
        var words: [String: [String]] = [:]
        for lineage in registry.lineages.values {
            for title in [lineage.title.en, lineage.title.ru].compactMap({ $0 }) {
                let tokens = Tokenizer.tokenize(title)
                guard !tokens.isEmpty, nouns.longestMatch(tokens, at: 0) != nil else { continue }
                for (k, token) in tokens.enumerated() where token.kind == .word && HeadingMatcher.letters(token.folded) >= 5 && nouns.longestMatch(tokens, at: k) == nil {
                    if !(words[lineage.id]?.contains(token.folded) ?? false) { words[lineage.id, default: []].append(token.folded) }
                }
            }
        }
        self.words = words
    }

    /// True for a lineage that is a law.
    public func isLaw(_ lineage: String) -> Bool { words[lineage] != nil }
}
