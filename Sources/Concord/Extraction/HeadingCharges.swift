import Foundation
import Dispatch

/// Charge names derived from the official headings of every offence of the codes, so that an
/// offence nobody wrote a pattern for is still found when a text names it («осужден за кражу»,
/// «по делу о нападении на здания», "charged with theft").
///
/// The rules are data (`headingCharges` in each language of `Statutes/language.json`):
/// - `chapterWords`: an article is an offence when its chapter's heading has one of these words
///   («правонарушения», «преступления») with none of `chapterPrepositions` before it («по делам
///   об ...»); other articles (definitions, procedure) give no charge. The official (Russian) heading
///   decides for every language.
/// - `endings`: inflection endings cut from each word of four letters or more before it becomes a
///   prefix (`кража` → `краж*`, which also matches «кражу», «кражи»), longest first, leaving at least
///   three letters.
/// - `drop`: words left out of a heading («Республики», «Казахстан»), since texts omit them.
/// - `strongWords`: a derived name with at least this many words of four letters or more (a
///   heading quoted whole) counts after any charge cue or an opening quote; a shorter one only after
///   a proceeding's cue, not a bare preposition (`bareCues`: "for", «в»), or next to another charge.
/// - `maxWords`: headings with more words than this are too long to be quoted as a charge name.
/// - `shortPrefixLetters`: a first word of exactly this many letters becomes a prefix in a name of
///   several words («акт терроризма» → `акт* терроризм*`, which also matches «актах терроризма»).
/// - `alternatives`: words that join two alternative acts at a heading's start («Хищение либо
///   вымогательство оружия», "Theft or extortion of weapons"): each act with the rest of the heading
///   is a name of its own («хищение оружия»), when the rest is one or two words with no further
///   choice and the second act does not open with an adjective (`adjectiveEndings`: «публичные»).
/// - `spellings`: "from to" pairs of word beginnings written two ways ("honour honor", "offence
///   offense"): headings and texts are compared with the second, so the English headings (British
///   spelling) meet texts in American spelling.
/// - `synonyms`: "word = heading words" ("official = representative authority", «гостайн =
///   государственных секретов»): a text's word that the headings write otherwise counts, for
///   `HeadingMatcher`, as those heading words.
/// A heading is cut at its first comma, semicolon, colon, parenthesis or dash; one word left before
/// a comma, semicolon or colon gives no name, nor do words ending in a word of two letters (a preposition
/// left without its object).
enum HeadingCharges {
    /// The derived names of a provision (patterns as the data writes them, `?` first when a charge
    /// cue must come before), from every heading it has had, in each language that has rules.
    static func derive(_ provision: Provision, rules: [LanguageRules]) -> [String] {
        var deriver = Deriver(rules: rules)
        return deriver.patterns(for: provision)
    }

    /// What `deriveAll` reads from the headings: the names of every provision (in the registry's
    /// order) and the clauses of their headings, in order, for `HeadingMatcher`.
    struct Derived: Sendable {
        var patterns: [[String]]
        var clauses: [Clause]
        var configs: [(language: String, config: Config)]
    }

    /// A clause of one provision's heading: its stems' keys, sorted and distinct, and their texts.
    struct Clause: Sendable, Equatable {
        var id: ProvisionID
        var stems: [UInt64]
        var texts: [String]
        /// Stems of the clause that are alternatives of one act or object ("seizure or retention"),
        /// each group sorted by key: a text naming one of them names the clause's offence.
        var choices: [[UInt64]] = []
    }

    /// The derived names of every enacted provision (in the registry's order) and the clauses of
    /// their headings, read in parallel. The grammar reads them from `DerivedChargeTable` instead
    /// when the data set's table was derived from the same headings and rules.
    static func deriveAll(registry: Registry, rules: [LanguageRules]) -> Derived {
        let provisions = registry.provisions
        let chunks = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        let size = (provisions.count + chunks - 1) / max(chunks, 1)
        let slots = ParallelSlots<([[String]], [Clause])>(count: chunks, empty: ([], []))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var deriver = Deriver(rules: rules)
            var patterns: [[String]] = []
            for provision in provisions[min(c * size, provisions.count)..<min((c + 1) * size, provisions.count)] {
                patterns.append(registry.works[provision.id.work]?.status == .enacted ? deriver.patterns(for: provision) : [])
            }
            slots.set(c, (patterns, deriver.clauses))
        }
        let results = slots.values
        return Derived(patterns: results.flatMap(\.0), clauses: results.flatMap(\.1), configs: Deriver(rules: rules).configs)
    }

    /// The rules of every language, read once, and which chapter headings are offence chapters,
    /// remembered: a registry has thousands of provisions in a few hundred chapters.
    struct Deriver {
        let configs: [(language: String, config: Config)]
        private var offenceChapters: [String: Bool] = [:]
        /// Generic heading words per language (`subjectStopwords`), left out of the matcher's clauses.
        private let stopwords: [String: PatternIndex<Bool>]
        /// The clauses of every heading read so far, for `HeadingMatcher`: each heading is tokenized once.
        private(set) var clauses: [Clause] = []

        init(rules: [LanguageRules]) {
            configs = rules.compactMap { rule in Config(rule).map { (rule.language, $0) } }
            var stopwords: [String: PatternIndex<Bool>] = [:]
            for rule in rules {
                var stop = PatternIndex<Bool>()
                for text in rule.subjectStopwords { if let pattern = WordPattern(text) { stop.add(pattern, true) } }
                stopwords[rule.language] = stop
            }
            self.stopwords = stopwords
        }

        /// True when the provision's chapter, in `language`, is a chapter of offences.
        mutating func isOffence(_ provision: Provision, language: String, config: Config) -> Bool {
            guard let chapterTitle = language == "ru" ? provision.chapter?.title.ru : provision.chapter?.title.en else { return false }
            let key = language + ":" + provision.id.work + ":" + (provision.chapter?.number ?? chapterTitle)
            if let known = offenceChapters[key] { return known }
            let words = Tokenizer.tokenize(chapterTitle)
            let answer = words.firstIndex { config.chapterWords.contains($0.hash) }.map { first in
                !words[..<first].contains { config.chapterPrepositions.contains($0.hash) }
            } ?? false
            offenceChapters[key] = answer
            return answer
        }

        /// The derived names of one provision; its headings' clauses are kept for the matcher.
        mutating func patterns(for provision: Provision) -> [String] {
            var out: [String] = []
            // Whether the chapter is one of offences is read from its official (Russian) heading when it
            // has one: "Legislation on administrative offences" has the word, «... об административных
            // правонарушениях» not the form.
            let official = provision.chapter?.title.ru == nil ? nil : configs.first { $0.language == "ru" }
            for (language, config) in configs where official.map({ isOffence(provision, language: "ru", config: $0.config) }) ?? isOffence(provision, language: language, config: config) {
                for title in provision.titles {
                    guard let heading = language == "ru" ? title.text.ru : title.text.en else { continue }
                    let tokens = Tokenizer.tokenize(heading)
                    if let stop = stopwords[language] {
                        for clause in HeadingMatcher.clauseStems(tokens, config: config, stopwords: stop) {
                            clauses.append(Clause(id: provision.id, stems: clause.stems.map(\.key), texts: clause.stems.map(\.text), choices: clause.choices))
                        }
                    }
                    let generic = stopwords[language].map { stop in { (k: Int) in stop.longestMatch(tokens, at: k) != nil } } ?? { _ in false }
                    for derived in HeadingCharges.names(tokens, config: config, isGeneric: generic) where !out.contains(derived) {
                        out.append(derived)
                    }
                }
            }
            return out
        }
    }

    /// The rules of one language, read from its `headingCharges` group.
    struct Config {
        /// Token hashes (`Token.hash`) of the words: hashing Cyrillic strings is slow.
        var chapterWords: Set<UInt64>
        /// Words that make a chapter word after them the heading's object, not its subject
        /// («Участники производства по делам об административных правонарушениях»).
        var chapterPrepositions: Set<UInt64>
        /// Longest first.
        var endings: [[UInt8]]
        var drop: Set<UInt64>
        var strongWords: Int
        var maxWords: Int
        /// A first word of exactly this many letters becomes a prefix in a name of several words
        /// (`shortPrefixLetters`; none when the language does not inflect short words).
        var shortPrefixLetters: Int?
        /// Word beginnings and the spelling they are compared in (`spellings`).
        var spellings: [(from: String, to: String)]
        /// Token hashes of the words that join two alternative acts (`alternatives`).
        var alternatives: Set<UInt64>
        /// Endings that make the word after such a join an adjective (`adjectiveEndings`), folded.
        var adjectiveEndings: [String]
        /// A text's word and the heading words it stands for (`synonyms`), folded.
        var synonyms: [(word: String, headingWords: [String])]

        init?(_ rule: LanguageRules) {
            guard let group = rule.headingCharges["chapterWords"], !group.isEmpty else { return nil }
            chapterWords = Set(group.map { Token.fingerprint(Tokenizer.fold($0).utf8).hash })
            chapterPrepositions = Set((rule.headingCharges["chapterPrepositions"] ?? []).map { Token.fingerprint(Tokenizer.fold($0).utf8).hash })
            endings = (rule.headingCharges["endings"] ?? []).map { Array(Tokenizer.fold($0).utf8) }.sorted { $0.count > $1.count }
            drop = Set((rule.headingCharges["drop"] ?? []).map { Token.fingerprint(Tokenizer.fold($0).utf8).hash })
            strongWords = (rule.headingCharges["strongWords"]?.first).flatMap { Int($0) } ?? Int.max
            maxWords = (rule.headingCharges["maxWords"]?.first).flatMap { Int($0) } ?? 8
            shortPrefixLetters = (rule.headingCharges["shortPrefixLetters"]?.first).flatMap { Int($0) }
            alternatives = Set((rule.headingCharges["alternatives"] ?? []).map { Token.fingerprint(Tokenizer.fold($0).utf8).hash })
            adjectiveEndings = (rule.headingCharges["adjectiveEndings"] ?? []).map { Tokenizer.fold($0) }
            synonyms = (rule.headingCharges["synonyms"] ?? []).compactMap { line in
                let sides = line.split(separator: "=", maxSplits: 1).map { $0.split(separator: " ").map { Tokenizer.fold(String($0)) } }
                guard sides.count == 2, sides[0].count == 1, !sides[1].isEmpty else { return nil }
                return (sides[0][0], sides[1])
            }
            spellings = (rule.headingCharges["spellings"] ?? []).compactMap { pair in
                let parts = pair.split(separator: " ").map { Tokenizer.fold(String($0)) }
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }
        }

        /// A folded word in the spelling headings are compared in: "honours" → "honors".
        static func respelled(_ word: String, _ spellings: [(from: String, to: String)]) -> String {
            for (from, to) in spellings where word.utf8.count >= from.utf8.count && word.hasPrefix(from) {
                return to + word.dropFirst(from.count)
            }
            return word
        }
    }

    /// The patterns of one heading: the heading's own, and one per alternative act at its start
    /// ("theft of weapons" and "extortion of weapons" from "Theft or extortion of weapons").
    /// `isGeneric` tells the heading's words that say nothing of its subject (`subjectStopwords`).
    static func names(_ heading: [Token], config: Config, isGeneric: (Int) -> Bool = { _ in false }) -> [String] {
        var words: [String] = []
        var joins: [Bool] = []
        var cut = false
        // Words of four letters or more that are not generic: «Нарушение правил, обеспечивающих ...» cut
        // at its comma leaves "violation of rules", which names no offence of its own.
        var specific = 0
        for (index, token) in heading.enumerated() {
            if token.kind != .word {
                if [",", ";", ":", "(", "–", "—", "-"].contains(token.folded) {
                    // A comma or semicolon goes on to more acts or a qualifier; a parenthesis, a dash
                    // or a hyphen ("Robbery (open theft)", "Hostage-taking") only explains or joins.
                    cut = [",", ";", ":"].contains(token.folded)
                    break
                }
                continue
            }
            if config.drop.contains(token.hash) { continue }
            if HeadingMatcher.letters(token.folded) >= 4, !isGeneric(index) { specific += 1 }
            words.append(token.folded)
            joins.append(config.alternatives.contains(token.hash))
        }
        // One word cut off by the rest of its heading names no offence of its own: it opens a list of
        // acts ("Making, keeping, moving or passing counterfeit money") or is qualified by the rest
        // («Убийство, совершенное в состоянии аффекта» is not every murder).
        // Nor do words that end in a preposition the cut left without its object ("Participation in,
        // involvement in or admission to gambling" names no "participation in").
        if cut, words.count == 1 || words.last.map({ HeadingMatcher.letters($0) <= 2 }) == true { return [] }
        // Nor do generic words alone, whatever cut them off. A short word a parenthesis or dash left
        // hanging at the end («Уклонение от уплаты налогов и (или) ...») is not part of the name; one
        // word left once it is gone names nothing («Создание и ...», «Невозвращение из ...»).
        if specific == 0 { return [] }
        var hanging = false
        while words.count > 1, let last = words.last, HeadingMatcher.letters(last) <= 2 {
            words.removeLast(); joins.removeLast(); hanging = true
        }
        if hanging, words.count == 1 { return [] }
        var out = derive(words, config: config).map { [$0] } ?? []
        // "A or B rest": both acts take a short rest (one or two words), unless the rest is a choice
        // of its own or B is an adjective of a longer act («Пропаганда или публичные призывы ...»,
        // «... или иное неисполнение приказа»), where the split would pair the wrong words.
        if words.count >= 4, words.count <= 5, joins[1], !joins[2...].contains(true),
           !config.adjectiveEndings.contains(where: { words[2].hasSuffix($0) }) {
            let rest = words[3...]
            for act in [words[0], words[2]] {
                if let name = derive([act] + rest, config: config), !out.contains(name) { out.append(name) }
            }
        }
        return out
    }

    /// The pattern of a heading's words (folded), or nil when nothing usable is left of them.
    static func derive(_ words: [String], config: Config) -> String? {
        guard !words.isEmpty, words.count <= config.maxWords else { return nil }
        var long = 0
        let parts = words.enumerated().map { index, word -> String in
            let letters = HeadingMatcher.letters(word)
            // A short noun that opens a longer name and inflects («акт»: «актах терроризма») is a
            // prefix; short words further on are mostly conjunctions and prepositions («или», «для»).
            if index == 0, letters == config.shortPrefixLetters, words.count > 1 { return word + "*" }
            guard letters >= 4 else { return word }
            long += 1
            return stem(word, endings: config.endings) + "*"
        }
        return (long >= config.strongWords ? "" : "?") + parts.joined(separator: " ")
    }

    /// A word without its longest inflection ending that leaves at least three letters and four
    /// bytes: a shorter prefix would make every word of a text a candidate start (the index keys
    /// prefixes by their first four bytes). `endings` are folded, longest first.
    static func stem(_ word: String, endings: [[UInt8]]) -> String {
        var word = word
        return word.withUTF8 { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<stemLength(bytes, endings: endings)]), as: UTF8.self) }
    }

    /// How many bytes of a word stay once its longest inflection ending is cut (see `stem`).
    static func stemLength(_ bytes: UnsafeBufferPointer<UInt8>, endings: [[UInt8]]) -> Int {
        let n = bytes.count
        // Letters: every byte that does not continue a UTF-8 sequence.
        let letters = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        for ending in endings where n > ending.count {
            var same = true
            for k in 0..<ending.count where bytes[n - ending.count + k] != ending[k] { same = false; break }
            guard same else { continue }
            let endingLetters = ending.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            if letters - endingLetters >= 3, n - ending.count >= 4 { return n - ending.count }
        }
        return n
    }
}
