/// Finds mentions of known cases in any text through their names and variants, and passages that
/// look like cases the registry does not have yet (a name near a proceeding or a cited provision).
public struct CaseMatcher: Sendable {
    let names: PatternIndex<String>
    let proceedings: PatternIndex<Bool>
    let titles: PatternIndex<Bool>
    let organisationWords: PatternIndex<Bool>
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
        titles = PatternIndex(rules.flatMap(\.nameTitles))
        organisationWords = PatternIndex(rules.flatMap(\.organisationWords))
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
        /// The person's or organisation's name as written.
        public var name: String
        public var start: Int
        public var end: Int
        /// The passage (the sentence, or the words around the name in a long one), white space collapsed.
        public var sentence: String
        /// Why it was picked: the proceeding words and the provisions found with it.
        public var reasons: [String]
        /// How much evidence the passage holds (events, provisions, a full name); candidates are ranked by it.
        public var score: Int
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
