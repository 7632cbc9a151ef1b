/// The whole citation pipeline for one document: clean, tokenize, find, resolve.
///
/// Build one per registry and reuse it: compiling the grammar is the expensive part, and a
/// `Citer` is immutable and safe to share between threads.
public struct Citer: Sendable {
    public let registry: Registry
    public let grammar: CitationGrammar
    let finder: ReferenceFinder
    let resolver: Resolver

    /// True for the reference path (plain cleaner, every pattern tried everywhere).
    public let reference: Bool

    /// Compiles the registry's grammar. `reference` builds the slow, plain path that tests compare
    /// the fast one against; its output must be byte-identical.
    public init(registry: Registry, reference: Bool = false) {
        self.registry = registry
        self.reference = reference
        grammar = CitationGrammar(registry: registry, exhaustive: reference)
        finder = ReferenceFinder(grammar: grammar)
        resolver = Resolver(registry: registry, lawTitles: grammar.lawTitles)
    }

    /// Finds and resolves every citation in a document. `date` and `language`, when given, take
    /// precedence over the front matter and the text's own clues.
    public func cite(_ document: Document, date: LegalDate? = nil, language: String? = nil) -> CitationReport {
        run(document, date: date, language: language).report
    }

    /// A document taken through the pipeline, with the intermediate results later stages reuse
    /// (recommendations and case mentions work on the same cleaned text and sentences).
    public struct Analysis: Sendable {
        public let document: Document
        public let clean: CleanText
        public let tokens: [Token]
        public let sentences: Sentences
        public let report: CitationReport
        /// Line and column of any offset of the document's text.
        public let lines: LineIndex
    }

    /// Cleans, tokenizes, finds and resolves, keeping every intermediate result.
    public func analyze(_ document: Document, date: LegalDate? = nil, language: String? = nil) -> Analysis {
        let (clean, tokens, sentences, report) = run(document, date: date, language: language)
        return Analysis(document: document, clean: clean, tokens: tokens, sentences: sentences, report: report, lines: LineIndex(document.text))
    }

    /// The pipeline's stages; the line index is left to `analyze`, since a report alone does not need it.
    func run(_ document: Document, date: LegalDate?, language: String?) -> (clean: CleanText, tokens: [Token], sentences: Sentences, report: CitationReport) {
        let clean = reference ? ReferenceTextCleaner.clean(document.text, from: document.bodyStart) : TextCleaner.clean(document.text, from: document.bodyStart)
        let tokens = clean.bytes.withUnsafeBufferPointer { Tokenizer.tokenize(bytes: $0) }
        let sentences = clean.bytes.withUnsafeBufferPointer { Sentences(tokens: tokens, bytes: $0) }
        var warnings: [String] = []
        if document.hasFrontMatter && document.metadata == FrontMatter() {
            warnings.append("\(document.path):1: front matter is empty")
        }

        var dateSource = CitationReport.DateSource.none
        var resolvedDate: LegalDate?
        if let date { resolvedDate = date; dateSource = .option }
        else if let date = document.metadata.date { resolvedDate = date; dateSource = .frontMatter }
        else if let date = DateClues.find(tokens: tokens, grammar: grammar) { resolvedDate = date; dateSource = .text }
        else { warnings.append("\(document.path): no date known (no --date, no front-matter date, no date in the text); citations are not resolved in time and carry the no-date flag") }
        if dateSource == .text, let resolvedDate { warnings.append("\(document.path): date \(resolvedDate) taken from the text's own clues") }

        let detectedLanguage = language ?? document.metadata.language ?? LanguageGuess.guess(clean.bytes)

        let mentions = finder.find(tokens: tokens, sentences: sentences, text: clean.bytes)
        let treaty = TreatyDocument.lineage(of: document, tokens: tokens, grammar: grammar)
        let outsideTreaty = treaty == nil ? TreatyDocument.outsideTreaty(of: document, tokens: tokens, grammar: grammar) : nil
        let outcomes = resolver.resolve(mentions, context: Resolver.Context(date: resolvedDate, tokens: tokens, sentences: sentences, documentLineage: treaty,
                                                                            documentOutsideTreaty: outsideTreaty,
                                                                            removedFootnotes: Resolver.removedFootnotes(clean.footnoteMarkers, tokens: tokens)))
        var citations: [Citation] = []
        let original = Array(document.text.utf8)
        var sentenceCache: [Int: String] = [:]
        for (mention, outcome) in zip(mentions, outcomes) where outcome.keep {
            let first = tokens[mention.tokens.lowerBound], last = tokens[mention.tokens.upperBound - 1]
            let range = clean.originalRange(first.start, last.end)
            let sentenceRange = sentences.ranges[mention.sentence]
            let sentenceText: String
            if sentenceRange.isEmpty {
                sentenceText = ""
            } else if sentenceRange.count <= Self.longSentence, let cached = sentenceCache[mention.sentence] {
                sentenceText = cached
            } else if sentenceRange.count <= Self.longSentence {
                let s = clean.originalRange(tokens[sentenceRange.lowerBound].start, tokens[sentenceRange.upperBound - 1].end)
                sentenceText = Self.collapseSpaces(original[s])
                sentenceCache[mention.sentence] = sentenceText
            } else {
                // A very long "sentence" (a list of thousands of articles, a page without punctuation):
                // the words around the citation, marked as cut.
                let from = max(sentenceRange.lowerBound, mention.tokens.lowerBound - 40)
                let to = min(sentenceRange.upperBound, mention.tokens.upperBound + 40)
                let s = clean.originalRange(tokens[from].start, tokens[to - 1].end)
                sentenceText = (from > sentenceRange.lowerBound ? "… " : "") + Self.collapseSpaces(original[s]) + (to < sentenceRange.upperBound ? " …" : "")
            }
            citations.append(Citation(
                start: range.lowerBound, end: range.upperBound,
                text: String(decoding: original[range], as: UTF8.self),
                instrument: outcome.instrument, article: outcome.article, part: outcome.part,
                kind: mention.kind, resolved: outcome.resolved, flags: outcome.flags,
                confidence: outcome.confidence, sentence: sentenceText))
        }
        let report = CitationReport(
            document: .init(path: document.path, date: resolvedDate, dateSource: dateSource, language: detectedLanguage),
            citations: citations, warnings: warnings)
        return (clean, tokens, sentences, report)
    }

    /// Sentences longer than this many tokens are quoted only around each citation.
    static let longSentence = 400

    /// Text with every run of white space (and private-use glyphs) turned into one space, trimmed.
    /// Works on bytes: ASCII white space, no-break and other Unicode spaces, line separators, BOM,
    /// and the private-use area U+E000–U+F8FF.
    static func collapseSpaces(_ bytes: ArraySlice<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            var spaceLength = 0
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0B || b == 0x0C { spaceLength = 1 }
            else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { spaceLength = 2 }
            else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, (0x80...0x8B).contains(bytes[i + 2]) || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF { spaceLength = 3 }
            else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F { spaceLength = 3 }
            else if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { spaceLength = 3 }
            else if b == 0xEF, i + 2 < end, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { spaceLength = 3 }
            else if b == 0xEE || (b == 0xEF && i + 1 < end && bytes[i + 1] <= 0xA3) { spaceLength = 3 } // U+E000–U+F8FF
            if spaceLength > 0 {
                pendingSpace = !out.isEmpty
                i += spaceLength
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A document's date from its own words: a dateline (a full date in its opening bytes, as news
/// items and letters are dated), else "Events of 2018", else the latest month and year named, but
/// never later than a dateline (a hearing a news item announces is not its date).
enum DateClues {
    /// How far into the text a dateline is looked for, in bytes.
    static let datelineReach = 400

    static func find(tokens: [Token], grammar: CitationGrammar) -> LegalDate? {
        if let dateline = dateline(tokens: tokens, grammar: grammar) { return dateline }
        var latest: LegalDate?
        var i = 0
        while i < tokens.count {
            if let marker = grammar.periodMarkers.longestMatch(tokens, at: i), marker.end < tokens.count,
               tokens[marker.end].kind == .number, let date = LegalDate(tokens[marker.end].folded) {
                return date
            }
            if tokens[i].kind == .word, let month = grammar.months[tokens[i].folded] {
                var j = i + 1
                if j < tokens.count, tokens[j].kind == .number, tokens[j].folded.count <= 2 { j += 1 } // "March 12"
                if j < tokens.count, tokens[j].folded == "," { j += 1 }
                if j < tokens.count, tokens[j].kind == .number, tokens[j].folded.count == 4,
                   let year = Int(tokens[j].folded), (1900...2100).contains(year),
                   let date = LegalDate("\(year)-" + pad(month, 2)) {
                    if latest.map({ date > $0 }) ?? true { latest = date }
                }
            }
            i += 1
        }
        return latest
    }

    /// The first full date among the opening bytes: "12 March 2019", "March 12, 2019", "12 марта 2019",
    /// "2019-03-12" or "12.03.2019".
    static func dateline(tokens: [Token], grammar: CitationGrammar) -> LegalDate? {
        func number(_ k: Int, digits: ClosedRange<Int>) -> Int? {
            guard k < tokens.count, tokens[k].kind == .number, digits.contains(tokens[k].folded.count) else { return nil }
            return Int(tokens[k].folded)
        }
        func month(_ k: Int) -> Int? { k < tokens.count && tokens[k].kind == .word ? grammar.months[tokens[k].folded] : nil }
        func punctuation(_ k: Int, _ p: String) -> Bool { k < tokens.count && tokens[k].folded == p }
        func date(_ y: Int, _ m: Int, _ d: Int) -> LegalDate? {
            guard (1900...2100).contains(y), Day(year: y, month: m, day: d) != nil else { return nil }
            return LegalDate("\(y)-" + pad(m, 2) + "-" + pad(d, 2))
        }
        // A dateline opens a line ("14 May 2021", "ALMATY, 14 May 2021") or stands at the end of one;
        // a full date inside the opening sentence of a report is an event, not the date of the text.
        func opensLine(_ k: Int) -> Bool {
            if k == 0 || tokens[k].lineBreakBefore { return true }
            var j = k - 1
            guard punctuation(j, ",") else { return false }
            j -= 1
            while j >= 0, k - j <= 5, tokens[j].kind == .word {
                if j == 0 || tokens[j].lineBreakBefore { return true }
                j -= 1
            }
            return false
        }
        func endsLine(_ next: Int) -> Bool { next >= tokens.count || tokens[next].lineBreakBefore || punctuation(next, ".") && (next + 1 >= tokens.count || tokens[next + 1].lineBreakBefore) }
        var k = 0
        while k < tokens.count, tokens[k].start < datelineReach {
            var found: (LegalDate, next: Int)?
            if let d = number(k, digits: 1...2), let m = month(k + 1), let y = number(k + 2, digits: 4...4), let day = date(y, m, d) { found = (day, k + 3) }
            else if let m = month(k), let d = number(k + 1, digits: 1...2) {
                let comma = punctuation(k + 2, ",")
                if let y = number(k + (comma ? 3 : 2), digits: 4...4), let day = date(y, m, d) { found = (day, k + (comma ? 4 : 3)) }
            }
            else if let y = number(k, digits: 4...4), punctuation(k + 1, "-"), let m = number(k + 2, digits: 2...2), punctuation(k + 3, "-"),
                    let d = number(k + 4, digits: 2...2), let day = date(y, m, d) { found = (day, k + 5) }
            else if let d = number(k, digits: 1...2), punctuation(k + 1, "."), let m = number(k + 2, digits: 2...2), punctuation(k + 3, "."),
                    let y = number(k + 4, digits: 4...4), let day = date(y, m, d) { found = (day, k + 5) }
            if let (day, next) = found, opensLine(k) || endsLine(next) { return day }
            k += 1
        }
        return nil
    }
}

/// Guesses a text's language from its letters: mostly Cyrillic is `ru`, else `en`.
enum LanguageGuess {
    static func guess(_ bytes: [UInt8]) -> String? {
        var latin = 0, cyrillic = 0
        for (i, b) in bytes.enumerated() {
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
            else if (b == 0xD0 || b == 0xD1), i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 { cyrillic += 1 }
        }
        if latin + cyrillic == 0 { return nil }
        return cyrillic > latin ? "ru" : "en"
    }
}
