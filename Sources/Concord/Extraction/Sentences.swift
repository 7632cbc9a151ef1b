/// Sentence boundaries over tokens: a sentence ends at `.`, `!` or `?` when what follows starts a
/// new sentence (an upper-case word, an opening quote, or the end), not after an abbreviation that
/// a number follows ("art. 174"). A bullet starts a new sentence.
public struct Sentences: Sendable {
    /// For each token, the index of its sentence.
    public let index: [Int]
    /// The token range of each sentence.
    public let ranges: [Range<Int>]
    /// For each sentence, whether it starts with a bullet.
    let bullets: [Bool]

    /// True when sentence `s` is a list item that starts with a bullet.
    public func startsWithBullet(_ s: Int) -> Bool { s < bullets.count && bullets[s] }

    /// Splits `tokens` of the UTF-8 text `bytes`.
    public init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        var index = [Int](repeating: 0, count: tokens.count)
        var ranges: [Range<Int>] = []
        var current = 0
        var start = 0
        var lineStart = 0
        var i = -1
        // Punctuation is told by its token's head (its folded bytes, zero-padded): no string is
        // made or compared per token.
        func isMark(_ k: Int, _ heads: Set<UInt32>) -> Bool { tokens[k].kind == .punctuation && heads.contains(tokens[k].head) }
        func isMark(_ k: Int, _ head: UInt32) -> Bool { tokens[k].kind == .punctuation && tokens[k].head == head }
        while i + 1 < tokens.count {
            i += 1
            // A short line standing alone (a headline or a heading: no full stop) ends where a blank line
            // and a capitalised word follow. Text extracted from PDFs has blank lines inside sentences,
            // so a long line, or a lower-case word after the blank, continues the sentence.
            if tokens[i].lineBreakBefore {
                if start < i, i - lineStart <= Self.headingTokens, Self.startsUpper(tokens[i], bytes),
                   tokens[i - 1].kind != .punctuation || Self.headingClosers.contains(tokens[i - 1].head),
                   Self.blankLine(bytes, from: tokens[i - 1].end, to: tokens[i].start) {
                    ranges.append(start..<i)
                    current += 1
                    start = i
                }
                lineStart = i
            }
            index[i] = current
            guard tokens[i].kind == .punctuation else { continue }
            let head = tokens[i].head
            if Self.bulletHeads.contains(head) {
                // A bullet starts a new sentence (a list item).
                if start < i { ranges.append(start..<i); current += 1; start = i; index[i] = current }
                continue
            }
            let isEnd: Bool
            if head == Self.periodHead || head == Self.exclamationHead || head == Self.questionHead {
                if i + 1 >= tokens.count {
                    isEnd = true
                } else {
                    var next = i + 1
                    while next < tokens.count, next - i < 3, isMark(next, Self.quoteOrBracketHeads) { next += 1 }
                    // An upper-case word starts a sentence; so does a number at the start of a line
                    // (a footnote or a numbered item), but not "art. 174".
                    // A capital glued to the full stop ("Stan.TV", "Forbes.kz") is within a name, not a new sentence.
                    isEnd = next < tokens.count && (tokens[next].kind == .number ? tokens[next].lineBreakBefore || Self.opensWithCount(tokens, period: i, number: next)
                        : Self.startsUpper(tokens[next], bytes) && (tokens[next].spaceBefore || tokens[next].lineBreakBefore || next > i + 1))
                        // An endnote marker in lower-case roman numerals before a new sentence ("case. ii HRW Letter").
                        || next + 1 < tokens.count && Self.isRomanMarker(tokens[next]) && Self.startsUpper(tokens[next + 1], bytes)
                }
            } else {
                isEnd = false
            }
            if isEnd {
                // Closing quotes and brackets right after the period belong to the sentence they close.
                var end = i + 1
                while end < tokens.count, end - i <= 2, Self.closerHeads.contains(tokens[end].head), tokens[end].kind == .punctuation, !tokens[end].spaceBefore {
                    index[end] = current
                    end += 1
                }
                ranges.append(start..<end)
                current += 1
                start = end
                i = end - 1
            }
        }
        if start < tokens.count || ranges.isEmpty { ranges.append(start..<tokens.count) }
        self.index = index
        self.ranges = ranges
        bullets = ranges.map { !$0.isEmpty && tokens[$0.lowerBound].kind == .punctuation && Self.bulletHeads.contains(tokens[$0.lowerBound].head) }
    }

    /// The head (`Token.head`) of a one-character punctuation mark.
    static func head(_ mark: String) -> UInt32 { Token.fingerprint(Tokenizer.fold(mark).utf8).head }
    static let periodHead = head("."), exclamationHead = head("!"), questionHead = head("?")
    static let bulletHeads = Set(["•", "▪", "◦"].map(head))
    /// Marks after which a short line standing alone may still end as a heading.
    static let headingClosers = Set([")", "”", "\"", "»"].map(head))
    /// Closing quotes and brackets that stay with the sentence they close (’ is folded to ').
    static let closerHeads = Set(["”", "»", "\"", ")", "'"].map(head))
    static let quoteOrBracketHeads = Set(["\"", "'", "“", "”", "«", "»", "(", "["].map(head))

    /// The most tokens a line standing alone may have to be taken for a heading.
    static let headingTokens = 14

    /// True when the white space between two tokens holds two line breaks.
    static func blankLine(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var breaks = 0
        var k = from
        while k < to, k < bytes.count {
            if bytes[k] == 0x0A { breaks += 1; if breaks == 2 { return true } }
            k += 1
        }
        return false
    }

    /// «…под подписку о невыезде. 22 января …», "… of the law. 19 people …": after a full word (five
    /// letters or more, so not an abbreviation such as "art.", «ст.», "para."), a number and then a word
    /// start a sentence.
    static func opensWithCount(_ tokens: [Token], period: Int, number: Int) -> Bool {
        guard period > 0, tokens[period - 1].kind == .word, HeadingMatcher.letters(tokens[period - 1].folded) >= 5,
              tokens[number].spaceBefore, number + 1 < tokens.count, tokens[number + 1].kind == .word,
              tokens[number + 1].spaceBefore, HeadingMatcher.letters(tokens[number + 1].folded) >= 3 else { return false }
        return true
    }

    /// "i" to "xxix": a lower-case roman numeral, as endnotes are marked.
    static func isRomanMarker(_ token: Token) -> Bool {
        let f = token.folded
        guard token.kind == .word, f.utf8.count <= 5, f != "i" || token.end - token.start == 1 else { return false }
        return !f.isEmpty && f.utf8.allSatisfy { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") }
    }

    static func isQuoteOrBracket(_ s: String) -> Bool {
        ["\"", "'", "“", "”", "‘", "’", "«", "»", "(", "["].contains(s)
    }

    static func startsUpper(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[token.start]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        if b == 0xD0 && token.start + 1 < bytes.count { return bytes[token.start + 1] >= 0x81 && bytes[token.start + 1] <= 0xAF }
        let (scalar, _) = Tokenizer.decode(bytes, at: token.start)
        return scalar.properties.isUppercase
    }
}
