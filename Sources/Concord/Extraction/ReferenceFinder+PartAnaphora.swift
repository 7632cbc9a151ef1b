/// A part of the article last cited, named by an ordinal with the article implied.
extension ReferenceFinder {
    /// «в её первой части», "in its second part": a lead that points back, an ordinal and a part word.
    /// «во второй части статьи говорится»: an ordinal, a part word and the article word with no number
    /// after it. Gives the end of the phrase and the part's number.
    func partAnaphora(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> (end: Int, part: String)? {
        // Asked at most tokens that pass the finder's filter: one bit test rules most out.
        guard grammar.exhaustive || grammar.partAnaphoraStart.mayStart(tokens, at: i) else { return nil }
        var k = i
        let led: Bool
        if let lead = grammar.partAnaphoraLeads.longestMatch(tokens, at: k), lead.end < sentence.upperBound {
            k = lead.end
            led = true
        } else {
            led = false
        }
        guard k < sentence.upperBound, tokens[k].kind == .word, let ordinal = grammar.partOrdinals.longestMatch(tokens, at: k),
              ordinal.end < sentence.upperBound, let marker = grammar.partMarkers.longestMatch(tokens, at: ordinal.end),
              marker.end <= sentence.upperBound else { return nil }
        if led { return (marker.end, ordinal.value) }
        // Without a lead, the article word must follow, and no number after it: «части статьи 174» is a citation.
        guard marker.end < sentence.upperBound, let article = grammar.articleMarkers.longestMatch(tokens, at: marker.end),
              article.value == .singular else { return nil }
        if article.end < sentence.upperBound, tokens[article.end].kind == .number || grammar.names.longestMatch(tokens, at: article.end) != nil {
            return nil
        }
        return (article.end, ordinal.value)
    }
}
