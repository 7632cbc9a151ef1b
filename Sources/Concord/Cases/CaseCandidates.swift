extension CaseMatcher {
    /// Words either side of a name that a candidate's evidence is looked for in.
    static let candidateWindow = 15
    /// Words either side of a name that the provision of its event is looked for in: a charge is
    /// often named at the end of the clause ("… was charged with “…” under article 274").
    static let provisionWindow = 30

    /// Passages that look like cases the registry does not have: a person (two or three capitalised
    /// words, or a title and a surname, "Ms Tleuzhan") or an organisation (a quoted name after
    /// "newspaper", «газета») with both a proceeding word (charged, detained, fined, sentenced,
    /// acquitted; осужден, задержан …) and a cited provision or charge within the passage. Headlines
    /// (lines of capitalised words) are not names. Ranked by evidence, then by position; linear in the
    /// text (each name looks at a bounded window, citations are found by binary search).
    public func candidates(in analysis: Citer.Analysis) -> [Candidate] {
        let tokens = analysis.tokens
        let original = Array(analysis.document.text.utf8)
        let known = mentions(in: analysis).map { $0.start..<$0.end }
        let citations = analysis.report.citations
        var knownCursor = 0
        var result: [Candidate] = []
        var k = 0
        while k < tokens.count {
            guard let (nameRange, kindScore) = nameAt(k, tokens, analysis) else { k += 1; continue }
            defer { k = nameRange.upperBound }
            let span = analysis.clean.originalRange(tokens[nameRange.lowerBound].start, tokens[nameRange.upperBound - 1].end)
            while knownCursor < known.count, known[knownCursor].upperBound <= span.lowerBound { knownCursor += 1 }
            if knownCursor < known.count, known[knownCursor].overlaps(span) { continue }
            let sentence = analysis.sentences.ranges[analysis.sentences.index[nameRange.lowerBound]]
            let near = max(sentence.lowerBound, nameRange.lowerBound - Self.candidateWindow)..<min(sentence.upperBound, nameRange.upperBound + Self.candidateWindow)
            if isHeadline(near, excluding: nameRange, tokens, analysis) { continue }
            var events: [String] = []
            var j = near.lowerBound
            while j < near.upperBound {
                if let m = proceedings.longestMatch(tokens, at: j) { events.append(tokens[j..<m.end].map(\.folded).joined(separator: " ")); j = m.end } else { j += 1 }
            }
            guard !events.isEmpty else { continue }
            let nearBytes = analysis.clean.originalRange(tokens[near.lowerBound].start, tokens[near.upperBound - 1].end)
            let wide = max(sentence.lowerBound, nameRange.lowerBound - Self.provisionWindow)..<min(sentence.upperBound, nameRange.upperBound + Self.provisionWindow)
            let wideBytes = analysis.clean.originalRange(tokens[wide.lowerBound].start, tokens[wide.upperBound - 1].end)
            var provisions: [String] = []
            var c = firstCitation(atOrAfter: wideBytes.lowerBound, in: citations)
            while c < citations.count, citations[c].start < wideBytes.upperBound {
                if let cited = citations[c].resolved?.cited?.description { provisions.append(cited) }
                c += 1
            }
            guard !provisions.isEmpty else { continue }
            let passage = sentence.count <= 60 ? analysis.clean.originalRange(tokens[sentence.lowerBound].start, tokens[sentence.upperBound - 1].end) : nearBytes
            let name = Citer.collapseSpaces(original[span])
            result.append(Candidate(name: name, start: span.lowerBound, end: span.upperBound, sentence: Citer.collapseSpaces(original[passage]),
                                    reasons: unique(events) + unique(provisions), score: kindScore + unique(events).count + 2 * unique(provisions).count))
        }
        return result.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    /// A name starting at token `k`, and how much the form of the name itself says (a full name 2, a
    /// title and a surname or an organisation's quoted name 1).
    func nameAt(_ k: Int, _ tokens: [Token], _ analysis: Citer.Analysis) -> (Range<Int>, Int)? {
        if let title = titles.longestMatch(tokens, at: k), title.end < tokens.count, isNameWord(tokens[title.end], analysis) {
            var end = title.end
            while end < tokens.count, end - title.end < 3, isNameWord(tokens[end], analysis) { end += 1 }
            return (title.end..<end, end - title.end >= 2 ? 2 : 1)
        }
        if let noun = organisationWords.longestMatch(tokens, at: k), noun.end < tokens.count, Sentences.isQuoteOrBracket(tokens[noun.end].folded) {
            var end = noun.end + 1
            while end < tokens.count, end - noun.end <= 6, tokens[end].kind == .word { end += 1 }
            if end > noun.end + 1, end < tokens.count, ["»", "”", "\"", "“"].contains(tokens[end].folded) { return ((noun.end + 1)..<end, 1) }
        }
        var end = k
        while end < tokens.count, end - k < 3, isNameWord(tokens[end], analysis), end == k || !tokens[end].lineBreakBefore { end += 1 }
        guard end - k >= 2 else { return nil }
        return (k..<end, 2)
    }

    /// True when most words around a name, on its line, are capitalised: a headline ("Activist Charged
    /// Over Social Media Posts"), not running text. The words of a cited provision ("Article 174 of
    /// the Criminal Code") are capitalised in running text too, and are not counted.
    func isHeadline(_ near: Range<Int>, excluding name: Range<Int>, _ tokens: [Token], _ analysis: Citer.Analysis) -> Bool {
        var start = name.lowerBound, end = name.upperBound
        while start > near.lowerBound, !tokens[start].lineBreakBefore { start -= 1 }
        while end < near.upperBound, !tokens[end].lineBreakBefore { end += 1 }
        let citations = analysis.report.citations
        var c = firstCitation(atOrAfter: analysis.clean.originalRange(tokens[start].start, tokens[start].end).lowerBound, in: citations)
        var upper = 0, lower = 0
        for j in start..<end where !name.contains(j) && tokens[j].kind == .word && tokens[j].folded.count > 3 {
            let offset = analysis.clean.originalRange(tokens[j].start, tokens[j].end).lowerBound
            while c < citations.count, citations[c].end <= offset { c += 1 }
            if c < citations.count, citations[c].start <= offset { continue }
            if isCapitalised(tokens[j], analysis) { upper += 1 } else { lower += 1 }
        }
        return upper >= 3 && upper > lower
    }

    /// The first citation starting at or after a byte offset (citations are in text order).
    func firstCitation(atOrAfter offset: Int, in citations: [Citation]) -> Int {
        var low = 0, high = citations.count
        while low < high {
            let mid = (low + high) / 2
            if citations[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
