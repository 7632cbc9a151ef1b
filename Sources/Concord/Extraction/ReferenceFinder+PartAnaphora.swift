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

    /// «по первому из этих обвинений», «по второму обвинению», "the second of these charges": an
    /// ordinal, perhaps a link, and a noun of charges or articles. Gives the end and the ordinal.
    func ordinalAnaphora(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> (end: Int, ordinal: Int)? {
        guard tokens[i].kind == .word, let ordinal = grammar.partOrdinals.longestMatch(tokens, at: i), let number = Int(ordinal.value),
              ordinal.end < sentence.upperBound else { return nil }
        var k = ordinal.end
        if let link = grammar.ordinalAnaphoraLinks.longestMatch(tokens, at: k), link.end < sentence.upperBound { k = link.end }
        guard let noun = grammar.ordinalAnaphoraNouns.longestMatch(tokens, at: k), noun.end <= sentence.upperBound else { return nil }
        // «второму обвинению по статье 405»: a citation follows, not a pointer back.
        if noun.end < sentence.upperBound, tokens[noun.end].kind == .number || grammar.articleMarkers.longestMatch(tokens, at: noun.end) != nil { return nil }
        return (noun.end, number)
    }
}

