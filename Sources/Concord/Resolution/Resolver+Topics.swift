/// Topics: whether the words around a citation are about the cited provision, and which provision
/// they are about when they are not.
extension Resolver {
    /// For a cited provision whose subject its sentence does not mention, while the clause right after
    /// the citation names the subject of another provision of the same lineage, that other provision.
    func dubiousSuggestion(for cited: ProvisionID, mention: Mention, context: Context) -> ProvisionID? {
        guard let record = registry.provision(cited), let work = registry.works[cited.work], work.status == .enacted,
              !record.topics.isEmpty else { return nil }
        let (aroundWords, aroundKeys) = wordsAround(mention, context: context)
        let aroundScore = mention.parentheticalTitle.isEmpty ? topicScore(record.id, words: aroundWords, keys: aroundKeys)
            : topicScore(record.id, words: aroundWords + mention.parentheticalTitle, keys: aroundKeys + mention.parentheticalTitle.map(Self.stemKey))
        if aroundScore > 0 { return nil }
        // What the text says the article does: the clause after it, and a title in parentheses.
        let words = mention.predicate + mention.parentheticalTitle
        guard !words.isEmpty else { return nil }
        let keys = words.map(Self.stemKey)
        var candidates: [ProvisionID] = []
        for key in Set(keys) { candidates += topicIndex[work.lineage]?[key] ?? [] }
        var best: (score: Int, id: ProvisionID)?
        var tie = false
        for other in Set(candidates).sorted() where other != cited {
            let score = topicScore(other, words: words, keys: keys)
            guard score > 0 else { continue }
            // Prefer the version in force with the cited work.
            let key = score * 2 + (other.work == cited.work ? 1 : 0)
            if let current = best {
                if key > current.score { best = (key, other); tie = false } else if key == current.score { tie = true }
            } else {
                best = (key, other)
            }
        }
        return tie ? nil : best?.id
    }

    /// How many of a provision's topics appear in the words (a multi-word topic needs all its words
    /// in order). Words match when they differ only in a short ending ("assembly", "assemblies").
    func topicScore(_ provision: ProvisionID, words: [String], keys: [UInt64]) -> Int {
        var score = 0
        for parts in topicWords[provision] ?? [] where parts.count <= words.count {
            var found = false
            for i in 0...(words.count - parts.count) where keys[i] == parts[0].key {
                var all = true
                for (offset, part) in parts.enumerated() where keys[i + offset] != part.key || !Self.sameWord(words[i + offset], part.word) {
                    all = false
                    break
                }
                if all { found = true; break }
            }
            if found { score += 1 }
        }
        return score
    }

    /// The first four letters of a word (the whole word when shorter): words that `sameWord` accepts share it.
    static func stemKey(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for scalar in word.unicodeScalars {
            key = key << 16 | UInt64(scalar.value & 0xFFFF)
            count += 1
            if count == 4 { return key }
        }
        return key | UInt64(count) << 62 | 1 << 61
    }

    /// True when two folded words share all but a short ending (at most two letters of the shorter).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var common = 0, lengthA = 0, lengthB = 0
        var diverged = false
        var ia = a.unicodeScalars.makeIterator(), ib = b.unicodeScalars.makeIterator()
        while true {
            let x = ia.next(), y = ib.next()
            if x == nil && y == nil { break }
            if x != nil { lengthA += 1 }
            if y != nil { lengthB += 1 }
            if !diverged { if x != nil && x == y { common += 1 } else { diverged = true } }
        }
        let shorter = min(lengthA, lengthB)
        guard shorter >= 4 else { return false }
        return common >= max(4, shorter - 2) && max(lengthA, lengthB) - common <= 4
    }
}
