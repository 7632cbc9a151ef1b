import Foundation

/// Choosing among a code's versions by what the words around a citation are about.
extension Resolver {
    /// When a citation names a code without saying which version, and the number exists in several
    /// versions: the version whose article the words around the citation are about, if the chosen
    /// one's are not and exactly one other's are (its topics, then its headings).
    func versionBySubject(_ cue: Mention.InstrumentCue, article: String, chosen: Work, mention: Mention, context: Context,
                          neighbours: [(article: String, lineage: String)]) -> Work? {
        guard cue.work == nil, cue.year == nil, !cue.latest, !cue.previous, !cue.draft else { return nil }
        // Never a version adopted after the document was written: a 2011 text cannot mean the 2026 Constitution.
        let day = referenceDay(context)
        let versions = otherVersions(of: article, in: cue.lineage, besides: chosen, adoptedBy: day, memo: context.memo)
        guard !versions.isEmpty else { return nil }
        var (words, keys) = wordsAround(mention, context: context)
        func score(_ work: Work) -> Int {
            let id = ProvisionID(work: work.id, article: article)
            return topicScore(id, words: words, keys: keys) * 2 + subjects.score(id, words: words, keys: keys, memo: context.memo)
        }
        // A sentence of numbers alone («Ему также предъявлены обвинения по статьям 311 ч.5, ...») takes
        // its subject from the sentence before, which names the acts («подозревается в получении взятки»).
        // Each version is scored once, and again only when the words grow.
        var chosenScore = score(chosen)
        var versionScores = versions.map(score)
        if mention.sentence > 0, chosenScore == 0, versionScores.allSatisfy({ $0 == 0 }),
           let before = sentenceWords(mention.sentence - 1, context: context) {
            // The sentence before, when ordinary: its words are read once per sentence.
            words += before.words
            keys += before.keys
            chosenScore = score(chosen)
            versionScores = versions.map(score)
        }
        // The words are about the chosen version's article ("defamation and insult (art 130 and art
        // 131)" in 2019): no other version is meant, whatever else the sentence cites.
        guard chosenScore == 0 else { return nil }
        // "Article 164 (now Article 174)": the version whose article the same sentence names a successor of.
        let cited = Set(neighbours.filter { $0.lineage == cue.lineage }.map(\.article))
        if !cited.isEmpty {
            let withSuccessor = versions.filter { work in
                registry.successions(from: ProvisionID(work: work.id, article: article)).contains { link in
                    link.to.map { cited.contains($0.article) && registry.works[$0.work]?.lineage == cue.lineage } ?? false
                }
            }
            if withSuccessor.count == 1 { return withSuccessor[0] }
        }
        // A version not in force on the document's day needs two of its words: one word («сроком» for
        // «сроков» of a repealed customs article) is chance, and the day's version is the better guess.
        func least(_ work: Work) -> Int {
            guard let day, let range = work.inForceRange else { return 1 }
            return range.earliest <= day && range.latest >= day ? 1 : 2
        }
        let scored = zip(versions, versionScores).map { ($0, $1) }.filter { $0.1 >= least($0.0) }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, scored.count == 1 || scored[1].1 < best.1 else { return nil }
        return best.0
    }

    /// The enacted versions of a lineage other than `chosen` that have the article and were adopted
    /// by the day, computed once per document for each article (the same article is cited again and again).
    func otherVersions(of article: String, in lineage: String, besides chosen: Work, adoptedBy day: Day?, memo: Memo) -> [Work] {
        let key = Memo.VersionsKey(lineage: lineage, article: article, chosen: chosen.id, day: day?.ordinal)
        if let known = memo.otherVersions[key] { return known }
        let versions = registry.works(inLineage: lineage).filter { work in
            work.status == .enacted && work.id != chosen.id && registry.provision(ProvisionID(work: work.id, article: article)) != nil
                && !(day.map { day in (work.adopted?.first).map { $0 > day } ?? false } ?? false)
        }
        memo.otherVersions[key] = versions
        return versions
    }

    /// The words around a citation in its sentence: the whole sentence when ordinary, else the blocks
    /// of 40 tokens that hold the citation and one block each side (a sentence may be a list of
    /// thousands of articles: at least 40 tokens each side, at most 160 in all), computed once per
    /// sentence or window.
    func wordsAround(_ mention: Mention, context: Context) -> (words: [String], keys: [UInt64]) {
        if let whole = sentenceWords(mention.sentence, context: context) { return whole }
        let sentence = context.sentences.ranges[mention.sentence]
        let block = Self.windowBlock
        let first = (mention.tokens.lowerBound - sentence.lowerBound) / block
        let last = (max(mention.tokens.lowerBound, mention.tokens.upperBound - 1) - sentence.lowerBound) / block
        let key = Memo.WindowKey(sentence: mention.sentence, first: first, last: last)
        if let known = context.memo.windowWords[key] { return known }
        let around = max(sentence.lowerBound, sentence.lowerBound + (first - 1) * block)..<min(sentence.upperBound, sentence.lowerBound + (last + 2) * block)
        let words = context.tokens[around].filter { $0.kind == .word }.map(\.folded)
        let result = (words, words.map(Self.stemKey))
        context.memo.windowWords[key] = result
        return result
    }

    /// The size of the blocks of tokens a long sentence's windows are made of.
    static let windowBlock = 40

    /// The words of an ordinary sentence (at most 80 tokens) and their stem keys, computed once per
    /// sentence; nil for a longer one, whose words are only read in a window.
    func sentenceWords(_ index: Int, context: Context) -> (words: [String], keys: [UInt64])? {
        let range = context.sentences.ranges[index]
        guard range.count <= 80 else { return nil }
        if let cached = context.memo.sentenceWords[index] { return cached }
        let words = context.tokens[range].filter { $0.kind == .word }.map(\.folded)
        let result = (words, words.map(Self.stemKey))
        context.memo.sentenceWords[index] = result
        return result
    }
}
