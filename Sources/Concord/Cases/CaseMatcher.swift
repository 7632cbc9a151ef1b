/// Finds mentions of known cases in any text through their names and variants, and passages that
/// look like cases the registry does not have yet (a name near a proceeding or a cited provision).
public struct CaseMatcher: Sendable {
    let names: PatternIndex<String>
    let proceedings: PatternIndex<Bool>
    let stopwords: Set<String>
    let cases: [Case]

    /// Compiles the names of `cases` and the proceeding words of the registry's languages.
    public init(cases: [Case], registry: Registry) {
        var index = PatternIndex<String>()
        for legalCase in cases {
            for name in [legalCase.name] + legalCase.variants { if let p = WordPattern(name) { index.add(p, legalCase.id) } }
        }
        names = index
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        proceedings = PatternIndex(rules.flatMap(\.proceedingWords))
        stopwords = Set(rules.flatMap(\.nameStopwords).map(Tokenizer.fold))
        self.cases = cases
    }

    /// A mention of a known case.
    public struct Mention: Sendable, Hashable {
        public var caseID: String
        public var start: Int
        public var end: Int
        public var text: String
    }

    /// A passage that may describe a case not in the registry.
    public struct Candidate: Sendable, Hashable {
        /// The name-like words found.
        public var name: String
        public var start: Int
        public var end: Int
        /// The sentence, white space collapsed.
        public var sentence: String
        /// Why it was picked: the proceeding words and provisions found with it.
        public var reasons: [String]
    }

    /// Every mention of a known case in an analysed document, in order.
    public func mentions(in analysis: Citer.Analysis) -> [Mention] {
        var result: [Mention] = []
        let tokens = analysis.tokens
        let original = Array(analysis.document.text.utf8)
        var i = 0
        while i < tokens.count {
            if let match = names.longestMatch(tokens, at: i), isCapitalised(tokens[i], analysis) {
                let range = analysis.clean.originalRange(tokens[i].start, tokens[match.end - 1].end)
                result.append(Mention(caseID: match.value, start: range.lowerBound, end: range.upperBound, text: String(decoding: original[range], as: UTF8.self)))
                i = match.end
                continue
            }
            i += 1
        }
        return result
    }

    /// Passages naming a person-like name (two or three capitalised words) that is not a known case,
    /// with a proceeding word or a cited provision within a dozen words of it.
    public func candidates(in analysis: Citer.Analysis) -> [Candidate] {
        let tokens = analysis.tokens
        let original = Array(analysis.document.text.utf8)
        let known = mentions(in: analysis).map { $0.start..<$0.end }
        let window = 12
        var result: [Candidate] = []
        for range in analysis.sentences.ranges where !range.isEmpty {
            var k = range.lowerBound
            while k < range.upperBound {
                var end = k
                while end < range.upperBound, end - k < 3, isNameWord(tokens[end], analysis) { end += 1 }
                guard end - k >= 2 else { k += 1; continue }
                defer { k = end }
                let span = analysis.clean.originalRange(tokens[k].start, tokens[end - 1].end)
                if known.contains(where: { $0.overlaps(span) }) { continue }
                let near = max(range.lowerBound, k - window)..<min(range.upperBound, end + window)
                var reasons: [String] = []
                var j = near.lowerBound
                while j < near.upperBound {
                    if let m = proceedings.longestMatch(tokens, at: j) { reasons.append(tokens[j..<m.end].map(\.folded).joined(separator: " ")); j = m.end } else { j += 1 }
                }
                let nearBytes = analysis.clean.originalRange(tokens[near.lowerBound].start, tokens[near.upperBound - 1].end)
                reasons += analysis.report.citations.filter { nearBytes.contains($0.start) }.compactMap { $0.resolved?.cited?.description }
                guard !reasons.isEmpty else { continue }
                let sentence = analysis.clean.originalRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
                var text = Citer.collapseSpaces(original[sentence])
                if text.count > 320 { text = Citer.collapseSpaces(original[nearBytes]) }
                result.append(Candidate(name: String(decoding: original[span], as: UTF8.self), start: span.lowerBound, end: span.upperBound,
                                        sentence: text, reasons: unique(reasons)))
            }
        }
        return result
    }

    func isNameWord(_ token: Token, _ analysis: Citer.Analysis) -> Bool {
        token.kind == .word && token.folded.count >= 2 && !stopwords.contains(token.folded) && isCapitalised(token, analysis)
            && !token.folded.contains("'")
    }

    /// A capital first letter and only lower-case letters after it: a name, not an acronym, a
    /// lower-case word, or words glued together by a web page ("WatchLanguages").
    func isCapitalised(_ token: Token, _ analysis: Citer.Analysis) -> Bool {
        analysis.clean.bytes.withUnsafeBufferPointer { bytes in
            guard Sentences.startsUpper(token, bytes) else { return false }
            var k = token.start + Tokenizer.decode(bytes, at: token.start).length
            guard k < token.end else { return false }
            while k < token.end {
                let (scalar, length) = Tokenizer.decode(bytes, at: k)
                if scalar.properties.isUppercase { return false }
                k += length
            }
            return true
        }
    }
}
