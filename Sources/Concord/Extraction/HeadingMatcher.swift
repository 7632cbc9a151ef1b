import Foundation

/// Finds an offence named in the author's own words after a charge cue ("convicted of calls to
/// continue taking part in a strike", «осуждён за создание организованной преступной группы») by
/// the distinctive words of its official heading, in any order and inflection.
///
/// Each clause of an offence's heading (cut at commas, semicolons and dashes) with at least two
/// content words is a group; a word's weight is rarer the more headings use it. The words after a
/// cue match a group when they hold at least two of its words and most of its weight, and no other
/// group matches as well. The work per cue is bounded by `window` tokens.
struct HeadingMatcher: Sendable {
    /// A clause of one or more provisions' headings (the same words in several versions are one group).
    struct Group: Sendable {
        /// The stems' keys (`stemKey`), sorted.
        var stems: [UInt64]
        /// The weight of the words a text must name: of alternatives ("seizure or retention"), the heaviest.
        var weight: Double
        var ids: [ProvisionID]
        /// Groups of alternative stems (`HeadingCharges.Clause.choices`).
        var choices: [[UInt64]] = []
    }

    private(set) var groups: [Group] = []
    private var byStem: [UInt64: [Int]] = [:]
    private var weights: [UInt64: Double] = [:]
    private var endings: [[UInt8]] = []
    private var spellings: [(from: String, to: String)] = []
    /// A text word's stem and the heading stems it stands for (`synonyms` of the rules).
    private var synonyms: [UInt64: [UInt64]] = [:]

    /// How many tokens after a cue are read.
    static let window = 10
    /// How many tokens may stand between two words of the offence (short ones such as "of", «к»).
    static let maximumGap = 3
    /// The share of a group's weight the words must hold.
    static let coverage = 0.6
    /// How many tokens of a quoted name are read.
    static let quotedWindow = 40
    /// The share of a group's weight a quoted name's words must hold (a paraphrase of a long heading
    /// keeps one act of each alternative: «участие в деятельности организации после решения суда о
    /// запрете ...» of «Организация и участие ... общественного или религиозного объединения либо иной
    /// организации ...»).
    static let quotedCoverage = 0.35
    /// The share of a quoted name's distinct words that must be the group's.
    static let quotedOwnShare = 0.7
    /// Stems are cut to this many letters, so that "participation" and "participating" meet.
    static let stemLetters = 6

    /// Builds the groups from every offence heading of the registry.
    init(registry: Registry, rules: [LanguageRules]) {
        let derived = HeadingCharges.deriveAll(registry: registry, rules: rules)
        self.init(configs: derived.configs, clauses: derived.clauses)
    }

    /// Builds the groups from the clauses read from the headings, in order.
    init(configs: [(language: String, config: HeadingCharges.Config)], clauses: [HeadingCharges.Clause]) {
        self.init(configs: configs, clauses: clauses.map { (stems: $0.stems, id: $0.id, choices: $0.choices) })
    }

    /// Builds the groups from the clauses read from the headings (`HeadingCharges.deriveAll`).
    init(configs: [(language: String, config: HeadingCharges.Config)], clauses: [(stems: [UInt64], id: ProvisionID, choices: [[UInt64]])]) {
        var endingSet = Set<[UInt8]>()
        for (_, config) in configs { endingSet.formUnion(config.endings) }
        endings = endingSet.sorted { $0.count > $1.count }
        spellings = configs.flatMap(\.config.spellings)
        for (_, config) in configs {
            for (word, headingWords) in config.synonyms {
                let respelled = { (w: String) in HeadingCharges.Config.respelled(w, config.spellings) }
                synonyms[Self.stemKey(respelled(word), endings: endings), default: []] += headingWords
                    .filter { Self.letters($0) >= 4 }.map { Self.stemKey(respelled($0), endings: endings) }
            }
        }
        // Weights: rarer words weigh more.
        var headingsUsing: [UInt64: Int] = [:]
        var seen: [[UInt64]: Int] = [:]
        for clause in clauses {
            if let index = seen[clause.stems] {
                if !groups[index].ids.contains(clause.id) { groups[index].ids.append(clause.id) }
                continue
            }
            seen[clause.stems] = groups.count
            groups.append(Group(stems: clause.stems, weight: 0, ids: [clause.id], choices: clause.choices))
            for stem in clause.stems { headingsUsing[stem, default: 0] += 1 }
        }
        let total = Double(max(groups.count, 1))
        for (stem, count) in headingsUsing { weights[stem] = log(1 + total / Double(count)) }
        for k in groups.indices {
            groups[k].weight = groups[k].stems.reduce(0) { $0 + (weights[$1] ?? 0) }
            // One of two alternatives is the whole of what the heading asks: the lighter ones do not count.
            for choice in groups[k].choices {
                let members = choice.map { weights[$0] ?? 0 }
                groups[k].weight -= members.reduce(0, +) - (members.max() ?? 0)
            }
            for stem in groups[k].stems { byStem[stem, default: []].append(k) }
        }
    }

    /// The offence the words from `start` name, with the token after the last matched word; nil when
    /// none is clearly named.
    /// `strict` (after a bare cue such as «в»): at least three of the words and three quarters of the weight.
    /// `quoted`: the words inside quotes, read to `limit` (the closing quote, at most
    /// `quotedWindow` tokens on), where words that match nothing do not end the phrase: at least
    /// four of a group's words, `quotedCoverage` of its weight, and `quotedOwnShare` of the words read.
    func match(_ tokens: [Token], from start: Int, limit: Int, strict: Bool = false, quoted: Bool = false) -> (end: Int, ids: [ProvisionID])? {
        let end = min(limit, start + (quoted ? Self.quotedWindow : Self.window))
        guard start < end else { return nil }
        var found: [Int: (weight: Double, count: Int, last: Int)] = [:]
        var counted: [UInt64] = []
        var lastMatched = start - 1
        // The phrase's first word that any heading has: the act it names ("attack on the life of a
        // serviceman" is no "evasion of military service", whatever else it shares with it).
        var head: [UInt64] = []
        var headToken = -1
        for k in start..<end {
            let token = tokens[k]
            // A sentence end or a new clause closes the phrase, and so do words that match nothing:
            // the offence's words follow the cue and one another closely.
            if token.kind == .punctuation, [".", ";", "!", "?", ",", "(", ")"].contains(token.folded) { break }
            if !quoted, k - lastMatched > Self.maximumGap { break }
            guard token.kind == .word, token.end - token.start >= 4, Self.letters(token.folded) >= 4 else { continue }
            let own = Self.stemKey(spellings.isEmpty ? token.folded : HeadingCharges.Config.respelled(token.folded, spellings), endings: endings)
            var matchedHere = false
            func take(_ stem: UInt64) {
                let fresh = !counted.contains(stem)
                if fresh { counted.append(stem) }
                guard fresh, let indices = byStem[stem] else { return }
                matchedHere = true
                if headToken < 0 || headToken == k { headToken = k; head.append(stem) }
                let weight = weights[stem] ?? 0
                for g in indices {
                    let previous = found[g] ?? (0, 0, k)
                    found[g] = (previous.weight + weight, previous.count + 1, k)
                }
            }
            // The word's own stem, then the heading words it stands for ("official": "representative", "authority").
            take(own)
            if let more = synonyms[own] { for stem in more { take(stem) } }
            if matchedHere {
                lastMatched = k
            } else if !quoted, k == start + 1, lastMatched < start {
                return nil // the phrase starts right after the cue (one word may come first)
            }
        }
        let (least, share) = quoted ? (3, Self.quotedCoverage) : strict ? (3, 0.75) : (2, Self.coverage)
        // A text that names both alternatives holds no more than the whole heading.
        for (g, value) in found where value.weight > groups[g].weight { found[g]?.weight = groups[g].weight }
        let scored = found.filter { $0.value.count >= least && $0.value.weight >= share * groups[$0.key].weight }
            // The group that holds more of the words first («причинении тяжкого вреда здоровью» is the
            // heading with «тяжкого», not a shorter clause with the rest), then the larger share of it.
            .sorted { ($0.value.count, $0.value.weight / groups[$0.key].weight, $0.value.weight, -$0.key) > ($1.value.count, $1.value.weight / groups[$1.key].weight, $1.value.weight, -$1.key) }
        guard let best = scored.first else { return nil }
        if !quoted, !head.isEmpty, !head.contains(where: groups[best.key].stems.contains) { return nil }
        // Quoted words are the offence's own: most of them are its heading's («распространения заведомо
        // ложных сведений» after «неоднократного и умышленного» names no offence about candidates).
        if quoted, Double(best.value.count) < Self.quotedOwnShare * Double(counted.count) { return nil }
        // Groups matched nearly as well are the same offence in other versions of the code (one
        // provision per work), or a tie between offences, which names none.
        let bestShare = best.value.weight / groups[best.key].weight
        var ids = groups[best.key].ids
        var last = best.value.last
        for other in scored.dropFirst() where other.value.weight / groups[other.key].weight >= bestShare - 0.1 {
            for id in groups[other.key].ids where !ids.contains(id) {
                if ids.contains(where: { $0.work == id.work }) { return nil }
                ids.append(id)
            }
            last = max(last, other.value.last)
        }
        return (last + 1, ids)
    }

    /// The clauses of a heading (cut at commas, semicolons, parentheses and dashes) with at least two
    /// content words: their distinct stems sorted by key, each with its text (the bytes its key is
    /// the hash of), so that they can be written out and read back (`DerivedChargeTable`); and the
    /// groups of stems an alternatives word joins («захвату или удержанию», "seizure or retention").
    static func clauseStems(_ tokens: [Token], config: HeadingCharges.Config, stopwords: PatternIndex<Bool>) -> [(stems: [(key: UInt64, text: String)], choices: [[UInt64]])] {
        var out: [(stems: [(key: UInt64, text: String)], choices: [[UInt64]])] = []
        var clause: [(key: UInt64, text: String)] = []
        var choices: [[UInt64]] = []
        // The stem before an alternatives word, waiting for the content word after it.
        var choiceOpen: UInt64?
        func close() {
            var unique: [(key: UInt64, text: String)] = []
            for stem in clause.sorted(by: { $0.key < $1.key }) where unique.last?.key != stem.key { unique.append(stem) }
            let groups = choices.map { Array(Set($0)).sorted() }.filter { $0.count >= 2 }
            if unique.count >= 2 { out.append((unique, groups)) }
            clause = []
            choices = []
            choiceOpen = nil
        }
        for (i, token) in tokens.enumerated() {
            if token.kind != .word {
                if [",", ";", "(", ")", "–", "—"].contains(token.folded) { close() }
                continue
            }
            if config.alternatives.contains(token.hash) {
                choiceOpen = clause.last?.key
                continue
            }
            guard token.end - token.start >= 4, letters(token.folded) >= 4, !config.drop.contains(token.hash),
                  stopwords.longestMatch(tokens, at: i) == nil else { continue }
            let text = stemText(HeadingCharges.Config.respelled(token.folded, config.spellings), endings: config.endings)
            let key = Token.fingerprint(text.utf8).hash
            if let first = choiceOpen {
                if let k = choices.firstIndex(where: { $0.contains(first) }) { choices[k].append(key) } else { choices.append([first, key]) }
                choiceOpen = nil
            }
            clause.append((key: key, text: text))
        }
        close()
        return out
    }

    /// The number of letters of a word (bytes that do not continue a UTF-8 sequence).
    static func letters(_ word: String) -> Int {
        var n = 0
        for b in word.utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// A word without its longest inflection ending (as `HeadingCharges.stem` cuts it), cut to
    /// `stemLetters` letters, as a 64-bit key: no string is made, whatever the script.
    static func stemKey(_ word: String, endings: [[UInt8]]) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in Token.fingerprint(UnsafeBufferPointer(rebasing: bytes[0..<stemCut(bytes, endings: endings)])).hash }
    }

    /// The stem whose hash `stemKey` is, as text.
    static func stemText(_ word: String, endings: [[UInt8]]) -> String {
        var word = word
        return word.withUTF8 { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<stemCut(bytes, endings: endings)]), as: UTF8.self) }
    }

    /// How many bytes of a folded word its stem keeps: the longest inflection ending cut, then at
    /// most `stemLetters` letters.
    static func stemCut(_ bytes: UnsafeBufferPointer<UInt8>, endings: [[UInt8]]) -> Int {
        let length = HeadingCharges.stemLength(bytes, endings: endings)
        var seen = 0, cut = 0
        while cut < length {
            if bytes[cut] & 0xC0 != 0x80 {
                if seen == stemLetters { break }
                seen += 1
            }
            cut += 1
        }
        return cut
    }
}
