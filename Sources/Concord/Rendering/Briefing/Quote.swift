/// A short quotation from a report for a briefing: it always contains the words cited, it starts
/// and ends at the sentence around them (a sentence that runs on into endnotes is cut where the
/// next one begins), and it is bounded in length, with "…" where it was shortened.
enum Quote {
    /// The longest quotation shown, in characters.
    static let limit = 280

    /// The part of `sentence` to quote for the `cited` words, or nil when `cited` is not in it.
    static func around(_ cited: String, in sentence: String, limit: Int = Quote.limit) -> String? {
        let text = Array(collapse(sentence))
        let words = Array(collapse(cited))
        guard !words.isEmpty, let found = firstIndex(of: words, in: text) else { return nil }
        var start = sentenceStart(text, before: found)
        var end = sentenceEnd(text, after: found + words.count)
        var prefix = "", suffix = ""
        if end - start > limit {
            let room = max(0, limit - words.count) / 2
            if found - start > room {
                start = wordStart(text, from: found - room, floor: found)
                prefix = "…"
            }
            if end - (found + words.count) > room {
                end = wordEnd(text, from: found + words.count + room, ceiling: end)
                suffix = "…"
            }
        }
        // An endnote marker left at the start ("viii In October, …") is not the author's sentence.
        var body = String(text[start..<end]).trimmingSpaces
        if let space = body.firstIndex(of: " "), body[..<space].allSatisfy({ "ivx".contains($0) }), body.index(after: space) < body.endIndex,
           body[body.index(after: space)].isUppercase, body.distance(from: body.startIndex, to: space) <= 5 {
            body = String(body[body.index(after: space)...])
        }
        return prefix + body + suffix
    }

    /// The opening of a passage, up to the end of its first sentence and at most `limit` characters.
    static func lead(_ passage: String, limit: Int = Quote.limit) -> String? {
        let text = Array(collapse(passage))
        guard !text.isEmpty else { return nil }
        var end = sentenceEnd(text, after: 0)
        var suffix = ""
        if end > limit {
            end = wordEnd(text, from: limit, ceiling: end)
            suffix = "…"
        }
        return String(text[0..<end]).trimmingSpaces + suffix
    }

    /// Whitespace runs (including line breaks) become one space.
    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text {
            if c.isWhitespace { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        return out
    }

    static func firstIndex(of needle: [Character], in haystack: [Character]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    /// Closing quotes and brackets that belong to the sentence they follow.
    static let closers: Set<Character> = ["”", "’", "\"", "'", ")", "»", "]"]

    /// Where a sentence ending at the mark `i` stops (after its closing quotes), or nil when `i` is
    /// not the end of one. A sentence ends at ".", "?" or "!" before an upper-case word or an opening
    /// quote, or before endnote digits ("discord.”23 Ibid"); not after an abbreviation ("No. 5").
    static func sentenceEnd(_ text: [Character], at i: Int) -> Int? {
        guard i > 0, i < text.count, ".?!".contains(text[i]) else { return nil }
        var j = i + 1
        while j < text.count, j - i <= 2, closers.contains(text[j]) { j += 1 }
        guard j < text.count else { return j }
        if text[j].isNumber, text[i - 1].isLetter || closers.contains(text[i - 1]) || j > i + 1 { return j }
        guard text[j] == " ", j + 1 < text.count else { return nil }
        let after = text[j + 1]
        func boundary(_ k: Int) -> Bool { k < 0 || text[k] == " " }
        if j == i + 1, text[i - 1].isLetter, boundary(i - 2) || (text[i - 2].isLetter && boundary(i - 3)) { return nil }
        if j == i + 1, i >= 3, String(text[(i - 3)..<i]) == "Mrs", boundary(i - 4) { return nil }
        return after.isUppercase || after == "“" || after == "\"" || after == "«" ? j : nil
    }

    static func sentenceStart(_ text: [Character], before index: Int) -> Int {
        var i = index - 1
        while i > 0 {
            if let end = sentenceEnd(text, at: i), end <= index {
                var s = end
                while s < index, text[s] == " " || text[s].isNumber { s += 1 }
                return s
            }
            i -= 1
        }
        return 0
    }

    static func sentenceEnd(_ text: [Character], after index: Int) -> Int {
        var i = index
        while i < text.count {
            if let end = sentenceEnd(text, at: i) { return end }
            i += 1
        }
        return text.count
    }

    static func wordStart(_ text: [Character], from index: Int, floor: Int) -> Int {
        var i = max(0, index)
        while i < floor, text[i] != " " { i += 1 }
        return min(i + 1, floor)
    }

    static func wordEnd(_ text: [Character], from index: Int, ceiling: Int) -> Int {
        var i = min(index, ceiling)
        while i > 0, i < ceiling, text[i] != " " { i -= 1 }
        return i
    }
}
