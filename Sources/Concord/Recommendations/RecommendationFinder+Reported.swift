/// Recommendations a report quotes from other bodies, and the UPR references of its footnotes.
extension RecommendationFinder {
    /// The token ranges inside “…” quotes in a sentence; nil when there are none.
    func quotedSegments(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>]? {
        var segments: [Range<Int>] = []
        var open: Int?
        for k in range {
            let f = tokens[k].folded
            if f == "“" || f == "«" || (f == "\"" && open == nil) { open = k + 1; continue }
            if (f == "”" || f == "»" || f == "\""), let o = open { if k > o { segments.append(o..<k) }; open = nil }
        }
        return segments.isEmpty ? nil : segments
    }

    /// "recommendations to define ...": from "to" to the end of the sentence.
    func toClause(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound {
            if let m = recommendationWords.longestMatch(tokens, at: k) {
                // "recommendations to define ...", "recommendations about strengthening ..."
                if m.end < range.upperBound, ["to", "about", "on", "concerning", "regarding"].contains(tokens[m.end].folded) {
                    return m.end..<range.upperBound
                }
                k = m.end
                continue
            }
            k += 1
        }
        return nil
    }

    /// The year of the review a sentence speaks of: a year named right after a review ("UPR in March
    /// 2015", "previous UPR in 2010") in the sentence, else in the nearest sentence before it, else after it.
    func reviewYear(_ range: Range<Int>, _ tokens: [Token], analysis: Citer.Analysis) -> Int? {
        func year(in r: Range<Int>) -> Int? {
            for k in r {
                guard let m = forums.longestMatch(tokens, at: k), m.value == "UPR" else { continue }
                for j in m.end..<min(r.upperBound, m.end + 5) {
                    if tokens[j].kind == .number, tokens[j].folded.count == 4, let y = Int(tokens[j].folded), (1990...2100).contains(y) { return y }
                }
            }
            return nil
        }
        if let y = year(in: range) { return y }
        let index = analysis.sentences.index[range.lowerBound]
        for s in stride(from: index - 1, through: 0, by: -1) { if let y = year(in: analysis.sentences.ranges[s]) { return y } }
        for s in (index + 1)..<analysis.sentences.ranges.count { if let y = year(in: analysis.sentences.ranges[s]) { return y } }
        return nil
    }

    /// The UPR reference of a footnote whose marker stands in the range: "A/HRC/14/10, recommendations
    /// 124.4 (Brazil), 124.5 (Chile)".
    func footnoteUPR(in range: Range<Int>, analysis: Citer.Analysis) -> UPRReference? {
        guard let marker = analysis.clean.footnoteMarkers.first(where: { range.contains($0.offset) || $0.offset == range.upperBound }) else { return nil }
        let tokens = analysis.tokens
        // The footnote: a later line that starts with the marker's label.
        var k = tokens.firstIndex { $0.start >= marker.offset } ?? tokens.count
        while k < tokens.count {
            if tokens[k].lineBreakBefore, tokens[k].folded == marker.label, k + 1 < tokens.count, !tokens[k + 1].lineBreakBefore {
                return parseUPR(tokens, from: k + 1)
            }
            k += 1
        }
        return nil
    }

    /// Reads "A/HRC/14/10, recommendations 124.4 (Brazil), 124.5 (Chile)" from the tokens at `start`.
    func parseUPR(_ tokens: [Token], from start: Int) -> UPRReference? {
        var k = start
        let limit = min(tokens.count, start + 60)
        while k + 6 < limit {
            if tokens[k].folded == "a", tokens[k + 1].folded == "/", tokens[k + 2].folded == "hrc", tokens[k + 3].folded == "/",
               tokens[k + 4].kind == .number, tokens[k + 5].folded == "/", tokens[k + 6].kind == .number,
               let session = Int(tokens[k + 4].folded.prefix(9)) {
                let document = "A/HRC/\(tokens[k + 4].folded)/\(tokens[k + 6].folded)"
                var items: [UPRReference.Item] = []
                var j = k + 7
                // The footnote ends at the next line that starts with a number (the next footnote).
                var seenWord = false
                while j < limit, !(tokens[j].lineBreakBefore && tokens[j].kind == .number) {
                    if !seenWord { if let m = recommendationWords.longestMatch(tokens, at: j) { seenWord = true; j = m.end } else { j += 1 }; continue }
                    if j + 2 < limit, tokens[j].kind == .number, tokens[j + 1].folded == ".", tokens[j + 2].kind == .number,
                       !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore {
                        var item = UPRReference.Item(number: "\(tokens[j].folded).\(tokens[j + 2].folded)", state: nil)
                        j += 3
                        if j < limit, tokens[j].folded == "(" {
                            var words: [String] = []
                            var m = j + 1
                            while m < limit, tokens[m].folded != ")", m - j < 8 { words.append(tokens[m].folded); m += 1 }
                            item.state = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                            j = m + 1
                        }
                        items.append(item)
                        continue
                    }
                    j += 1
                }
                // Human Rights Council sessions: three a year since 2006.
                return UPRReference(document: document, items: items, sessionYear: 2006 + (session - 1) / 3)
            }
            k += 1
        }
        return nil
    }
}
