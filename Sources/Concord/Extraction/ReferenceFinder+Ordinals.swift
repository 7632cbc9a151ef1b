/// Ordinals: an article written as an ordinal («174-я статья»), a part of the article last cited named
/// by an ordinal («в её первой части»), and a member of the list before («по второму обвинению»).
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

    /// «174-я статья», «по 174-й статье УК»: a number written as an ordinal before the article word.
    func ordinalArticle(_ tokens: [Token], at i: Int, sentences: Sentences) -> ([Mention], Int)? {
        guard i + 1 < tokens.count, tokens[i].kind == .number else { return nil }
        let article: String
        let marker: (end: Int, value: CitationGrammar.Marker)
        if i + 3 < tokens.count, tokens[i + 1].folded == "-", !tokens[i + 1].spaceBefore,
           grammar.ordinalSuffixes.contains(tokens[i + 2].folded), !tokens[i + 2].spaceBefore,
           let m = grammar.articleMarkers.longestMatch(tokens, at: i + 3) {
            article = tokens[i].folded
            marker = m
        } else if let (number, numberEnd) = articleNumber(tokens, at: i), numberEnd < tokens.count, number.count <= 5, (Int(number) ?? 0) < 1000,
                  grammar.numberFirstMarkers.longestMatch(tokens, at: numberEnd)?.end == numberEnd + 1,
                  let m = grammar.articleMarkers.longestMatch(tokens, at: numberEnd) {
            // «по 174 статье»: the number before the article word, with no ordinal ending.
            article = number
            marker = m
        } else {
            return nil
        }
        let sentence = sentences.index[i]
        var mention = Mention(kind: .explicit, tokens: i..<marker.end, article: article, sentence: sentence)
        let (cue, cueEnd) = instrumentCue(tokens, at: marker.end, sentence: sentences.ranges[sentence])
        mention.instrument = cue
        if cue == nil, let lawEnd = bareLaw(tokens, at: marker.end, sentence: sentences.ranges[sentence]) {
            mention.bareLaw = true
            return ([mention], lawEnd)
        }
        mention.predicate = predicateWords(tokens, from: max(marker.end, cueEnd), sentence: sentences.ranges[sentence])
        return ([mention], max(marker.end, cueEnd))
    }
}
