/// Finds mentions of known cases in any text through their names and variants, and passages that
/// look like cases the registry does not have yet (a name near a proceeding or a cited provision).
public struct CaseMatcher: Sendable {
    /// A name or variant of a case, as compiled.
    struct Name: Sendable, Hashable {
        var caseID: String
        var text: String
        /// True for a person's surname alone ("Sadykov" of "Aidos Sadykov"), which needs support.
        var surnameOnly: Bool
    }

    let names: PatternIndex<Name>
    let proceedings: PatternIndex<Bool>
    let titles: PatternIndex<Bool>
    let organisationWords: PatternIndex<Bool>
    let stopwords: Set<String>
    let cases: [Case]

    /// Compiles the names of `cases` and the proceeding words of the registry's languages.
    public init(cases: [Case], registry: Registry) {
        var index = PatternIndex<Name>()
        for legalCase in cases {
            let fullWords = legalCase.name.split(separator: " ").count
            for name in [legalCase.name] + legalCase.variants {
                guard let p = WordPattern(name) else { continue }
                let surnameOnly = legalCase.kind == .person && fullWords > 1 && name.split(separator: " ").count == 1
                index.add(p, Name(caseID: legalCase.id, text: name, surnameOnly: surnameOnly))
            }
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
        /// Why the words were taken for this case: "full name", "variant …", or for a surname alone
        /// what in the text ties it to the case.
        public var basis: String
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

    /// Every mention of a known case in an analysed document, in order. A person's surname alone
    /// counts only when no other first name stands before it and the text ties it to the case (the
    /// full name elsewhere in the document, a year of one of its events or one of its provisions in
    /// the same sentence); the others are in `rejectedSurnames(in:)`.
    public func mentions(in analysis: Citer.Analysis) -> [Mention] { review(analysis).accepted }

    /// Surnames alone that were not taken for a case, each with the reason.
    public func rejectedSurnames(in analysis: Citer.Analysis) -> [Mention] { review(analysis).rejected }

    func review(_ analysis: Citer.Analysis) -> (accepted: [Mention], rejected: [Mention]) {
        let tokens = analysis.tokens
        let original = Array(analysis.document.text.utf8)
        var found: [(name: Name, tokens: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            if let match = names.longestMatch(tokens, at: i), isCapitalised(tokens[i], analysis) {
                found.append((match.value, i..<match.end))
                i = match.end
                continue
            }
            i += 1
        }
        let named = Set(found.filter { !$0.name.surnameOnly }.map(\.name.caseID))
        // Another first name before the same surname ("Nurlan Sadykov") makes the bare surname ambiguous.
        var otherPerson: [String: String] = [:]
        for (name, range) in found where name.surnameOnly {
            let k = range.lowerBound
            guard k > 0, isNameWord(tokens[k - 1], analysis), titles.longestMatch(tokens, at: k - 1) == nil else { continue }
            let words = analysis.clean.bytes[tokens[k - 1].start..<tokens[range.upperBound - 1].end]
            if otherPerson[name.caseID] == nil { otherPerson[name.caseID] = Citer.collapseSpaces(words) }
        }
        var accepted: [Mention] = [], rejected: [Mention] = []
        for (name, range) in found {
            let bytes = analysis.clean.originalRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
            var mention = Mention(caseID: name.caseID, start: bytes.lowerBound, end: bytes.upperBound,
                                  text: Citer.collapseSpaces(original[bytes]), basis: "")
            guard name.surnameOnly else {
                mention.basis = cases.first { $0.id == name.caseID }?.name == name.text ? "full name" : "variant “\(name.text)”"
                accepted.append(mention)
                continue
            }
            var (ok, basis) = surnameSupport(name, at: range.lowerBound, named: named, analysis)
            if ok, let other = otherPerson[name.caseID] {
                (ok, basis) = (false, "surname of \(cases.first { $0.id == name.caseID }?.name ?? name.caseID), but the text also names \(other)")
            }
            mention.basis = basis
            if ok { accepted.append(mention) } else { rejected.append(mention) }
        }
        return (accepted, rejected)
    }

    /// Whether a surname alone at token `k` is the case's, and why.
    func surnameSupport(_ name: Name, at k: Int, named: Set<String>, _ analysis: Citer.Analysis) -> (Bool, String) {
        let tokens = analysis.tokens
        let full = cases.first { $0.id == name.caseID }
        let fullName = full?.name ?? name.caseID
        if k > 0, isNameWord(tokens[k - 1], analysis), titles.longestMatch(tokens, at: k - 1) == nil {
            let first = String(decoding: analysis.clean.bytes[tokens[k - 1].start..<tokens[k - 1].end], as: UTF8.self)
            return (false, "surname of \(fullName), but the text names “\(first)” before it")
        }
        if named.contains(name.caseID) { return (true, "surname, with the full name \(fullName) in the same text") }
        guard let full else { return (false, "surname alone") }
        // The sentence around the surname, bounded: a run-on "sentence" must not make this grow.
        let whole = analysis.sentences.ranges[analysis.sentences.index[k]]
        let sentence = max(whole.lowerBound, k - Self.candidateWindow)..<min(whole.upperBound, k + 1 + Self.candidateWindow)
        let years = Set(full.events.map { String($0.date.year) })
        let provisions = Set(full.provisions.map(\.withoutPart))
        for j in sentence where tokens[j].kind == .number && years.contains(tokens[j].folded) {
            return (true, "surname, with \(tokens[j].folded), a year of one of \(fullName)'s events, in the sentence")
        }
        let span = analysis.clean.originalRange(tokens[sentence.lowerBound].start, tokens[sentence.upperBound - 1].end)
        let citations = analysis.report.citations
        var c = firstCitation(atOrAfter: span.lowerBound, in: citations)
        while c < citations.count, citations[c].start < span.upperBound {
            if let cited = citations[c].resolved?.cited?.withoutPart, provisions.contains(cited) {
                return (true, "surname, with \(cited), a provision of \(fullName)'s case, in the sentence")
            }
            c += 1
        }
        return (false, "surname of \(fullName) alone, with nothing in the text tying it to that case")
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
