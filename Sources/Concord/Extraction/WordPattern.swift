import Foundation
/// A pattern of words, as the data files write names and charges: `incit* ... discord`.
///
/// A word ending in `*` matches any word it begins; `...` matches up to `gapLimit` tokens, not
/// counting the commas of an enumeration (never across a sentence end); any other word, number or punctuation mark matches itself, ignoring case.
public struct WordPattern: Sendable, Hashable, CustomStringConvertible {
    /// One element of a pattern.
    public enum Element: Sendable, Hashable {
        /// A whole token: its folded text and hash.
        case exact(String, UInt64)
        /// The start of a word: its folded text, and the mask and value its first four bytes must show.
        case prefix(String, mask: UInt32, value: UInt32)
        case gap

        static func exact(_ text: String) -> Element { .exact(text, Token.fingerprint(text.utf8).hash) }

        static func prefix(_ text: String) -> Element {
            let bytes = Array(text.utf8.prefix(4))
            var mask: UInt32 = 0, value: UInt32 = 0
            for (k, b) in bytes.enumerated() { mask |= 0xFF << (8 * UInt32(k)); value |= UInt32(b) << (8 * UInt32(k)) }
            return .prefix(text, mask: mask, value: value)
        }
    }

    /// The most tokens a `...` may stand for.
    public static let gapLimit = 4

    public let elements: [Element]
    /// The pattern as written.
    public let description: String

    /// Parses a pattern; nil when it is empty, starts or ends with a gap, has two gaps in a row, or a
    /// star inside a word.
    public init?(_ text: String) {
        var elements: [Element] = []
        let tokens = Tokenizer.tokenize(text)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.folded == ".", i + 2 < tokens.count, tokens[i + 1].folded == ".", tokens[i + 2].folded == ".",
               !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
                guard let last = elements.last, last != .gap else { return nil }
                elements.append(.gap)
                i += 3
                continue
            }
            if token.folded == "…" {
                guard let last = elements.last, last != .gap else { return nil }
                elements.append(.gap); i += 1; continue
            }
            if token.folded == "*", !token.spaceBefore, case .exact(let word, _)? = elements.last {
                // "organi*ation": a star inside a word would match nothing the writer meant.
                if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind != .punctuation { return nil }
                elements[elements.count - 1] = .prefix(word)
                i += 1
                continue
            }
            elements.append(.exact(token.folded))
            i += 1
        }
        guard let first = elements.first, first != .gap, elements.last != .gap else { return nil }
        self.elements = elements
        self.description = text
    }

    /// The end (exclusive token index) of a match starting at token `start`, or nil.
    /// Prefers the shortest match.
    public func match(_ tokens: [Token], at start: Int) -> Int? {
        match(tokens, element: 0, at: start)
    }

    private func match(_ tokens: [Token], element e: Int, at start: Int) -> Int? {
        if e == elements.count { return start }
        // A quotation mark between two words of a name is not one of its words: illegal "missionary
        // activity", «распространение «заведомо ложной» информации».
        var i = start
        if e > 0, i < tokens.count, Self.isQuote(tokens, at: i), !isQuoteElement(e) { i += 1 }
        switch elements[e] {
        case .gap:
            // Commas of an enumeration inside the gap are not counted as its words («разжигании
            // национальной, социальной и религиозной розни»), up to as many commas as words.
            var j = i, words = 0, commas = 0
            while true {
                if let end = match(tokens, element: e + 1, at: j) { return end }
                guard j < tokens.count, !isSentenceEnd(tokens, j) else { return nil }
                if tokens[j].kind == .punctuation && tokens[j].head == 0x2C { commas += 1 } else { words += 1 }
                guard words <= Self.gapLimit, commas <= Self.gapLimit else { return nil }
                j += 1
            }
        case .exact(let word, let hash):
            // The hash decides before the text is compared: most tokens tried differ there.
            guard i < tokens.count, tokens[i].hash == hash else { return nil }
            guard tokens[i].folded == word else { return nil }
            return match(tokens, element: e + 1, at: i + 1)
        case .prefix(let stem, let mask, let value):
            guard i < tokens.count, tokens[i].head & mask == value, tokens[i].kind == .word, Self.hasPrefix(tokens[i].folded, stem) else { return nil }
            return match(tokens, element: e + 1, at: i + 1)
        }
    }

    /// The quotation marks a pattern may be written with.
    static let quoteMarks: Set<String> = ["\"", "'", "«", "»", "“", "”", "„", "‘", "’"]

    /// True when element `e` is itself a quotation mark (names written with their quotes).
    private func isQuoteElement(_ e: Int) -> Bool {
        if case .exact(let word, _) = elements[e] { return Self.quoteMarks.contains(word) }
        return false
    }

    /// A quotation mark (by its head bytes): " ' « » “ ” „ ‘ ’.
    @inline(__always)
    static func isQuote(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        switch tokens[i].head {
        case 0x22, 0x27, 0xABC2, 0xBBC2, 0x9C80E2, 0x9D80E2, 0x9E80E2, 0x9880E2, 0x9980E2: return true
        default: return false
        }
    }

    private func isSentenceEnd(_ tokens: [Token], _ j: Int) -> Bool {
        let t = tokens[j]
        return t.kind == .punctuation && (t.folded == "." || t.folded == ";" || t.folded == "!" || t.folded == "?")
    }

    /// True when `text` starts with the bytes of `stem`: compared in place (a generic `starts(with:)`
    /// over two UTF-8 views costs more than the rest of the match).
    @inline(__always)
    static func hasPrefix(_ text: String, _ stem: String) -> Bool {
        let done = text.utf8.withContiguousStorageIfAvailable { t in
            stem.utf8.withContiguousStorageIfAvailable { s in
                guard s.count <= t.count else { return false }
                guard let tb = t.baseAddress, let sb = s.baseAddress else { return s.isEmpty }
                return memcmp(tb, sb, s.count) == 0
            }
        }
        if let done, let answer = done { return answer }
        return text.utf8.starts(with: stem.utf8)
    }
}
