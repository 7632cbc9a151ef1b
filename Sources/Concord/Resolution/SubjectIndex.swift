/// The words of every provision's headings (all versions, both languages), for telling which
/// version of a code a citation means when several versions have the article number: "Article 164
/// of the Criminal Code" in a sentence about discord is the 1997 article, not the 2014 one on the laws
/// of war.
struct SubjectIndex: Sendable {
    /// Folded heading words and their stem keys, per provision; generic words left out.
    let words: [ProvisionID: [(word: String, key: UInt64)]]

    init(registry: Registry) {
        var stop = PatternIndex<Bool>()
        for rules in registry.languages.values {
            for text in rules.subjectStopwords { if let pattern = WordPattern(text) { stop.add(pattern, true) } }
        }
        var words: [ProvisionID: [(word: String, key: UInt64)]] = [:]
        for provision in registry.provisions {
            var seen = Set<String>()
            var list: [(word: String, key: UInt64)] = []
            let texts = provision.titles.flatMap { [$0.text.en, $0.text.ru].compactMap { $0 } } + [provision.subject].compactMap { $0 }
            for text in texts {
                let tokens = Tokenizer.tokenize(text)
                for (i, token) in tokens.enumerated() where token.kind == .word && token.folded.unicodeScalars.count >= 4 {
                    if stop.longestMatch(tokens, at: i) != nil { continue }
                    if seen.insert(token.folded).inserted { list.append((token.folded, Resolver.stemKey(token.folded))) }
                }
            }
            if !list.isEmpty { words[provision.id] = list }
        }
        self.words = words
    }

    /// How many of a provision's heading words the text has (by stem, allowing a short ending).
    func score(_ id: ProvisionID, words text: [String], keys: [UInt64]) -> Int {
        guard let own = words[id] else { return 0 }
        var score = 0
        for (word, key) in own {
            for (i, other) in keys.enumerated() where other == key && Resolver.sameWord(text[i], word) {
                score += 1
                break
            }
        }
        return score
    }
}
