/// The words of a provision's headings (all versions, both languages), for telling which version of
/// a code a citation means when several versions have the article number: "Article 164 of the
/// Criminal Code" in a sentence about discord is the 1997 article, not the 2014 one on the laws of war.
///
/// Only the stopwords are compiled up front; a provision's words are read when a citation first needs
/// them and kept for every later document (a few provisions per citation, out of thousands).
struct SubjectIndex: Sendable {
    let registry: Registry
    let stopwords: PatternIndex<Bool>
    /// The words of every provision read so far, shared by the documents and threads that use this index.
    private let cache = WordCache()

    /// Provisions' words by identifier, behind a lock: documents are cited in parallel.
    final class WordCache: @unchecked Sendable {
        private var words: [ProvisionID: [(word: String, key: UInt64)]] = [:]
        private let lock = NSLockLike()

        func words(of id: ProvisionID, compute: () -> [(word: String, key: UInt64)]) -> [(word: String, key: UInt64)] {
            if let known = lock.withLock({ words[id] }) { return known }
            let computed = compute()
            lock.withLock { words[id] = computed }
            return computed
        }
    }

    init(registry: Registry) {
        self.registry = registry
        var stop = PatternIndex<Bool>()
        for rules in registry.languages.values {
            for text in rules.subjectStopwords { if let pattern = WordPattern(text) { stop.add(pattern, true) } }
        }
        stopwords = stop
    }

    /// Folded heading words of a provision and their stem keys; generic words left out.
    func words(of id: ProvisionID) -> [(word: String, key: UInt64)] {
        guard let provision = registry.provision(id) else { return [] }
        var seen = Set<String>()
        var list: [(word: String, key: UInt64)] = []
        let texts = provision.titles.flatMap { [$0.text.en, $0.text.ru].compactMap { $0 } } + [provision.subject].compactMap { $0 }
        for text in texts {
            let tokens = Tokenizer.tokenize(text)
            for (i, token) in tokens.enumerated() where token.kind == .word && token.folded.unicodeScalars.count >= 4 {
                if stopwords.longestMatch(tokens, at: i) != nil { continue }
                if seen.insert(token.folded).inserted { list.append((token.folded, Resolver.stemKey(token.folded))) }
            }
        }
        return list
    }

    /// How many of a provision's heading words the text has (by stem, allowing a short ending).
    func score(_ id: ProvisionID, words text: [String], keys: [UInt64], memo: Resolver.Memo) -> Int {
        let own = ownWords(id, memo: memo)
        var score = 0
        for (word, key) in own {
            for (i, other) in keys.enumerated() where other == key && Resolver.sameWord(text[i], word) {
                score += 1
                break
            }
        }
        return score
    }

    /// When every one of `words` (with their stem keys) is among a provision's heading words, how
    /// many heading words it has; nil when one is missing.
    func holdsEvery(_ words: [String], keys: [UInt64], of id: ProvisionID, memo: Resolver.Memo) -> Int? {
        let own = ownWords(id, memo: memo)
        for (i, word) in words.enumerated() where !own.contains(where: { $0.key == keys[i] && Resolver.sameWord(word, $0.word) }) { return nil }
        return own.count
    }

    /// A provision's words: from the document's memo, else the shared cache, else read now.
    private func ownWords(_ id: ProvisionID, memo: Resolver.Memo) -> [(word: String, key: UInt64)] {
        if let known = memo.subjectWords[id] { return known }
        let own = cache.words(of: id) { words(of: id) }
        memo.subjectWords[id] = own
        return own
    }
}
