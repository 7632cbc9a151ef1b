/// Charge names derived from the official headings of every offence of the codes, so that an
/// offence nobody wrote a pattern for is still found when a text names it («осужден за кражу»,
/// «по делу о нападении на здания», "charged with theft").
///
/// The rules are data (`headingCharges` in each language of `Statutes/language.json`):
/// - `chapterWords`: an article is an offence when its chapter's heading has one of these words
///   («правонарушения», «преступления»); other articles (definitions, procedure) give no charge.
/// - `endings`: inflection endings cut from each word of four letters or more before it becomes a
///   prefix (`кража` → `краж*`, which also matches «кражу», «кражи»), longest first, leaving at least
///   three letters.
/// - `drop`: words left out of a heading («Республики», «Казахстан»), since texts omit them.
/// - `strongWords`: a derived name with at least this many words of four letters or more is a
///   charge on its own; a shorter one counts only after a charge cue, like `?libel` in the data.
/// - `maxWords`: headings with more words than this are too long to be quoted as a charge name.
/// A heading is cut at its first comma, semicolon, colon, parenthesis or dash.
enum HeadingCharges {
    /// The derived names of a provision (patterns as the data writes them, `?` first when a charge
    /// cue must come before), from every heading it has had, in each language that has rules.
    static func derive(_ provision: Provision, rules: [LanguageRules]) -> [String] {
        var out: [String] = []
        for rule in rules {
            guard let config = Config(rule) else { continue }
            let chapterTitle = rule.language == "ru" ? provision.chapter?.title.ru : provision.chapter?.title.en
            guard let chapterTitle, Tokenizer.tokenize(chapterTitle).contains(where: { config.chapterWords.contains($0.folded) }) else { continue }
            for title in provision.titles {
                let heading = rule.language == "ru" ? title.text.ru : title.text.en
                guard let heading, let derived = derive(heading, config: config), !out.contains(derived) else { continue }
                out.append(derived)
            }
        }
        return out
    }

    /// The rules of one language, read from its `headingCharges` group.
    struct Config {
        var chapterWords: Set<String>
        var endings: [[UInt8]]
        var drop: Set<String>
        var strongWords: Int
        var maxWords: Int

        init?(_ rule: LanguageRules) {
            guard let group = rule.headingCharges["chapterWords"], !group.isEmpty else { return nil }
            chapterWords = Set(group.map(Tokenizer.fold))
            endings = (rule.headingCharges["endings"] ?? []).map { Array(Tokenizer.fold($0).utf8) }.sorted { $0.count > $1.count }
            drop = Set((rule.headingCharges["drop"] ?? []).map(Tokenizer.fold))
            strongWords = (rule.headingCharges["strongWords"]?.first).flatMap { Int($0) } ?? Int.max
            maxWords = (rule.headingCharges["maxWords"]?.first).flatMap { Int($0) } ?? 8
        }
    }

    /// The pattern of one heading, or nil when nothing usable is left of it.
    static func derive(_ heading: String, config: Config) -> String? {
        var words: [String] = []
        for token in Tokenizer.tokenize(heading) {
            if token.kind != .word {
                if [",", ";", ":", "(", "–", "—", "-"].contains(token.folded) { break }
                continue
            }
            if config.drop.contains(token.folded) { continue }
            words.append(token.folded)
        }
        guard !words.isEmpty, words.count <= config.maxWords else { return nil }
        var long = 0
        let parts = words.map { word -> String in
            let letters = Array(word.unicodeScalars)
            guard letters.count >= 4 else { return word }
            long += 1
            return stem(word, endings: config.endings) + "*"
        }
        return (long >= config.strongWords ? "" : "?") + parts.joined(separator: " ")
    }

    /// A word without its longest inflection ending that leaves at least three letters.
    static func stem(_ word: String, endings: [[UInt8]]) -> String {
        let bytes = Array(word.utf8)
        let letters = word.unicodeScalars.count
        for ending in endings where bytes.count > ending.count && bytes.suffix(ending.count).elementsEqual(ending) {
            let endingLetters = String(decoding: ending, as: UTF8.self).unicodeScalars.count
            if letters - endingLetters >= 3 { return String(decoding: bytes.dropLast(ending.count), as: UTF8.self) }
        }
        return word
    }
}
