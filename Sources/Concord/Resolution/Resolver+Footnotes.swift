/// Footnote numbers that a text copied from a document flattened onto the words before them: the
/// superscript "2" of "article 22²" becomes "article 222", the "3" of "article 14³" becomes
/// "article 14,3". Read so only where the text's own footnotes show it: glued numbers after the
/// words of the text ("the ICCPR.4 However", and the markers the cleaner removed after a full stop)
/// that run in order around the citation.
extension Resolver {
    /// How far either side of a citation the text's footnote numbers are looked for, in tokens.
    static let footnoteReach = 400

    /// The largest step between the footnote a citation would hold and the text's nearest footnote.
    static let footnoteStep = 2

    /// True when token `k` is a footnote's number: digits glued to a closing mark that is glued to a
    /// word ("ICCPR.4", "wording,3"), followed by a space, a line break or the text's end. Decimals
    /// ("3.5") and parts ("19(3)") are numbers after numbers, not after words.
    static func isFootnoteMarker(_ tokens: [Token], at k: Int) -> Bool {
        guard k >= 2, k < tokens.count, tokens[k].kind == .number, !tokens[k].spaceBefore, !tokens[k].lineBreakBefore,
              tokens[k].folded.utf8.count <= 3,
              tokens[k - 1].kind == .punctuation, !tokens[k - 1].spaceBefore, tokens[k - 2].kind == .word else { return false }
        switch tokens[k - 1].folded {
        case ".", ",", ";", ":", ")", "”", "\"", "’", "»": break
        default: return false
        }
        return k + 1 == tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].lineBreakBefore
    }

    /// True when footnote `number` at token `k` falls in the run of the text's footnotes: the nearest
    /// footnote before it is smaller by at most `footnoteStep`, or, with none before, the nearest
    /// after it is larger by at most that; and neither breaks the order. The footnotes are those
    /// still among the tokens and those the cleaner removed (`removed`, by the token after each).
    static func footnoteFits(_ number: Int, at k: Int, tokens: [Token], removed: [(token: Int, number: Int)] = []) -> Bool {
        guard number > 0 else { return false }
        var before: (at: Int, number: Int)?, after: (at: Int, number: Int)?
        for j in stride(from: k - 1, through: max(0, k - footnoteReach), by: -1) where isFootnoteMarker(tokens, at: j) {
            before = (j, Int(tokens[j].folded) ?? 0); break
        }
        for j in (k + 1)..<min(tokens.count, k + 1 + footnoteReach) where isFootnoteMarker(tokens, at: j) {
            after = (j, Int(tokens[j].folded) ?? 0); break
        }
        // A removed marker stands between token `token - 1` and token `token`.
        let split = removedIndex(removed, firstAfter: k)
        if split > 0 {
            let near = removed[split - 1]
            if (k - near.token) < footnoteReach && near.token > (before?.at ?? -1) { before = (near.token, near.number) }
        }
        if split < removed.count {
            let near = removed[split]
            if (near.token - k) <= footnoteReach && near.token <= (after?.at ?? Int.max) { after = (near.token, near.number) }
        }
        if let before, before.number >= number { return false }
        if let after, after.number <= number { return false }
        if let before { return number - before.number <= footnoteStep }
        if let after { return after.number - number <= footnoteStep }
        return false
    }

    /// The index of the first removed marker that stands after token `k`.
    static func removedIndex(_ removed: [(token: Int, number: Int)], firstAfter k: Int) -> Int {
        var low = 0, high = removed.count
        while low < high {
            let mid = (low + high) / 2
            if removed[mid].token <= k { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The numbered markers the cleaner removed, each placed at the first token that starts at or
    /// after it (one merge of two ordered lists; lettered markers such as "ii" are left out).
    static func removedFootnotes(_ markers: [(offset: Int, label: String)], tokens: [Token]) -> [(token: Int, number: Int)] {
        var result: [(token: Int, number: Int)] = []
        var t = 0
        for marker in markers {
            guard let number = Int(marker.label) else { continue }
            while t < tokens.count, tokens[t].start < marker.offset { t += 1 }
            result.append((t, number))
        }
        return result
    }

    /// The article a number means when its last digits are a footnote's: "article 222" of a code
    /// without an article 222 but with an article 22, in a text whose footnotes run 1, …, 3.
    func footnoteReading(_ mention: Mention, work: String, context: Context) -> (article: String, footnote: Int)? {
        guard let article = mention.article, article.utf8.count >= 2, article.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let k = mention.tokens.reversed().first(where: { context.tokens[$0].kind == .number && context.tokens[$0].folded == article }),
              k + 1 == context.tokens.count || context.tokens[k + 1].spaceBefore || context.tokens[k + 1].lineBreakBefore else { return nil }
        for digits in 1...min(2, article.utf8.count - 1) {
            let shorter = String(article.dropLast(digits)), tail = String(article.suffix(digits))
            guard !tail.hasPrefix("0"), let footnote = Int(tail), registry.provision(ProvisionID(work: work, article: shorter)) != nil,
                  Self.footnoteFits(footnote, at: k, tokens: context.tokens, removed: context.removedFootnotes) else { continue }
            return (shorter, footnote)
        }
        return nil
    }

    /// True when a list member is a footnote's number glued to the comma after an article's number
    /// ("article 14,3 even if"), where the text's footnotes run to it.
    func isGluedFootnote(_ mention: Mention, context: Context) -> Bool {
        let tokens = context.tokens
        guard mention.kind == .listMember, mention.tokens.count == 1, let k = mention.tokens.first, k >= 2,
              tokens[k].kind == .number, !tokens[k].spaceBefore, tokens[k - 1].folded == ",", !tokens[k - 1].spaceBefore,
              tokens[k - 2].kind == .number, let number = Int(tokens[k].folded),
              k + 1 == tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].lineBreakBefore else { return false }
        return Self.footnoteFits(number, at: k, tokens: tokens, removed: context.removedFootnotes)
    }
}
