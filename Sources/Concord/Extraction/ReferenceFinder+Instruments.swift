/// Instruments named around a reference: after it (the name, its qualifiers, an act outside the
/// registry, another state's code) and before it, and the words of the clause that follows.
extension ReferenceFinder {
    /// The instrument named after a reference: an optional linker, qualifiers and fillers, then a
    /// name; then qualifiers later in the clause ("adopted in 2014", "(adopted in its first reading ...)").
    func instrumentCue(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> (Mention.InstrumentCue?, Int) {
        var j = start
        // "Article 174, part 2, of the Criminal Code", «статье 488, часть 7, адмкодекса»: a comma before the linker or the name.
        if j < tokens.count, tokens[j].folded == ",", j + 1 < tokens.count,
           grammar.linkers.longestMatch(tokens, at: j + 1) != nil || grammar.names.longestMatch(tokens, at: j + 1) != nil { j += 1 }
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        var latest = false, previous = false, draft = false
        var year: Int?
        var steps = 0
        while j < tokens.count, steps < 10 {
            steps += 1
            if let name = grammar.names.longestMatch(tokens, at: j) {
                var cue = Mention.InstrumentCue(lineage: name.value.lineage, work: name.value.work)
                cue.latest = latest; cue.previous = previous; cue.draft = draft; cue.year = year
                let end = name.end
                scanTrailingQualifiers(tokens, from: end, sentence: sentence, into: &cue)
                return (cue, end)
            }
            if let m = grammar.latest.longestMatch(tokens, at: j) { latest = true; j = m.end; continue }
            if let m = grammar.previous.longestMatch(tokens, at: j) { previous = true; j = m.end; continue }
            if let m = grammar.draft.longestMatch(tokens, at: j) { draft = true; j = m.end; continue }
            if isYear(tokens[j]) { year = Int(tokens[j].folded); j += 1; continue }
            if let m = grammar.fillers.longestMatch(tokens, at: j) { j = m.end; continue }
            break
        }
        return (nil, start)
    }

    /// "of the law", «закона», "of this Law": a law noun after the number (past a linker and fillers)
    /// with no name of the registry's; the token after the noun.
    func bareLaw(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> Int? {
        var j = start
        if j < sentence.upperBound, let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        var steps = 0
        while j < sentence.upperBound, steps < 4 {
            steps += 1
            if let noun = grammar.lawNouns.longestMatch(tokens, at: j) { return noun.end }
            guard let filler = grammar.fillers.longestMatch(tokens, at: j) else { return nil }
            j = filler.end
        }
        return nil
    }

    /// The name of an act the registry does not hold, right after an article: "of the Code of Criminal
    /// Procedure", «Уголовно-процессуального кодекса». At least two words, one an act's noun, within
    /// eight tokens; a bare "the Code" or "the Convention" is left to the context.
    func outsideInstrument(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> (name: String, end: Int)? {
        var j = start
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        // «статья 165 ТК»: an abbreviation of such an act.
        if j < sentence.upperBound, let abbreviation = grammar.outsideActAbbreviations.longestMatch(tokens, at: j) { return (abbreviation.value, abbreviation.end) }
        var words = 0
        // The name's words up to its noun: words after the noun belong to the sentence ("article 14
        // of the Convention requires ..."), unless a linking word carries the name on.
        var wordsAtNoun = 0
        var nounEnd: Int?
        let limit = min(sentence.upperBound, j + 8)
        var k = j
        while k < limit {
            let t = tokens[k]
            if t.kind == .punctuation && t.folded != "-" { break }
            if grammar.articleMarkers.longestMatch(tokens, at: k) != nil { break }
            if let noun = grammar.instrumentNouns.longestMatch(tokens, at: k) { nounEnd = noun.end; words += 1; wordsAtNoun = words; k = noun.end; continue }
            if t.kind == .word, grammar.fillers.longestMatch(tokens, at: k) == nil {
                words += 1
                // The noun comes within the name's first three words ("of the Criminal Procedure Code",
                // «Уголовно-процессуального кодекса»); words before it are the sentence's ("Article 26
                // sets out the rules for the Labour Code").
                if nounEnd == nil, words > 2 { return nil }
            }
            k += 1
            // A name ends at its noun unless more name words follow it ("Law on Mass Media").
            if let end = nounEnd, k - end > 3 { break }
        }
        guard let end = nounEnd, words >= 2, end > j else { return nil }
        // "Law on Mass Media": a linking word after the noun carries the name on, three words at most.
        var nameEnd = end
        var nameWords = wordsAtNoun
        if let link = grammar.instrumentNameLinks.longestMatch(tokens, at: end) {
            nameEnd = link.end
            while nameEnd < min(k, link.end + 3), tokens[nameEnd].kind == .word { nameEnd += 1; nameWords += 1 }
        }
        guard nameWords >= 2 else { return nil }
        let name = tokens[j..<nameEnd].map(\.folded).joined(separator: " ")
        return (name, nameEnd)
    }

    /// The end of another state's name right after a code's name, with a linking word between them
    /// ("of the Russian Federation", «Казахской ССР»), or nil.
    func foreignJurisdiction(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> Int? {
        let j = afterLinkerAndFillers(tokens, from: start, before: sentence.upperBound)
        guard j < sentence.upperBound, let name = grammar.foreignJurisdictions.longestMatch(tokens, at: j), name.end <= sentence.upperBound else { return nil }
        return name.end
    }

    /// The token after a linking word and at most a few fillers at `start` ("of the"), none of them
    /// reaching `limit`.
    func afterLinkerAndFillers(_ tokens: [Token], from start: Int, before limit: Int) -> Int {
        var j = start
        if j < limit, let linker = grammar.linkers.longestMatch(tokens, at: j), linker.end < limit { j = linker.end }
        while j < limit, j < start + 4, let filler = grammar.fillers.longestMatch(tokens, at: j), filler.end > j, filler.end < limit { j = filler.end }
        return j
    }

    /// Qualifiers after the instrument's name, up to the end of the clause.
    func scanTrailingQualifiers(_ tokens: [Token], from start: Int, sentence: Range<Int>, into cue: inout Mention.InstrumentCue) {
        var j = start
        let limit = min(sentence.upperBound, start + 16)
        while j < limit {
            if grammar.articleMarkers.longestMatch(tokens, at: j) != nil || grammar.names.longestMatch(tokens, at: j) != nil { return }
            if let m = grammar.draft.longestMatch(tokens, at: j) { cue.draft = true; j = m.end; continue }
            if cue.year == nil, isYear(tokens[j]) { cue.year = Int(tokens[j].folded) }
            j += 1
        }
    }

    /// The words of the clause after a reference: up to 12 tokens, stopping at clause punctuation,
    /// another article or an instrument's name.
    func predicateWords(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> [String] {
        var words: [String] = []
        var j = start
        let limit = min(sentence.upperBound, start + 12)
        while j < limit {
            let t = tokens[j]
            if t.kind == .punctuation, [",", ";", ".", ":", "(", ")", "!", "?"].contains(t.folded) { break }
            if grammar.articleMarkers.longestMatch(tokens, at: j) != nil || grammar.names.longestMatch(tokens, at: j) != nil { break }
            if t.kind == .word { words.append(t.folded) }
            j += 1
        }
        return words
    }

    /// An instrument named earlier in the same clause as a charge ("the new Criminal Code ... relating
    /// to criminal libel"): the charge is that version's offence. Looks back at most 8 tokens.
    func precedingInstrument(_ tokens: [Token], before i: Int, sentence: Range<Int>) -> Mention.InstrumentCue? {
        var j = i - 1
        let floor = max(sentence.lowerBound, i - 14)
        while j >= floor {
            if tokens[j].kind == .punctuation, [",", ";", ":", "(", ")"].contains(tokens[j].folded) { return nil }
            for start in stride(from: j, through: max(floor, j - 7), by: -1) {
                guard let name = grammar.names.longestMatch(tokens, at: start), name.end == j + 1 else { continue }
                guard i - name.end <= 8 else { return nil }
                var cue = Mention.InstrumentCue(lineage: name.value.lineage, work: name.value.work)
                var k = start - 1
                while k >= max(sentence.lowerBound, start - 3) {
                    if grammar.latest.longestMatch(tokens, at: k) != nil { cue.latest = true }
                    else if grammar.previous.longestMatch(tokens, at: k) != nil { cue.previous = true }
                    else if grammar.draft.longestMatch(tokens, at: k) != nil { cue.draft = true }
                    else if isYear(tokens[k]) { cue.year = Int(tokens[k].folded) }
                    k -= 1
                }
                return cue.latest || cue.previous || cue.draft || cue.year != nil || cue.work != nil ? cue : nil
            }
            j -= 1
        }
        return nil
    }
}
