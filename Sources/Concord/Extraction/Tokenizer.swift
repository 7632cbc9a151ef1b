/// Splits text into words, numbers and punctuation marks, working on UTF-8 bytes.
///
/// A word is a run of letters (any script; an apostrophe ends it); a number is a run of ASCII
/// digits; every other visible character is a punctuation token of its own.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
    }

    /// The tokens of UTF-8 bytes (which must be valid UTF-8), in order.
    public static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out = Output(capacity: bytes.count / 5)
        var scratch = ByteScratch()
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || b == 0x09 || b == 0x0D { out.space = true; i += 1; continue }
                if b == 0x0A { out.space = true; out.lineBreak = true; i += 1; continue }
                if isDigit(b) {
                    let start = i
                    scratch.reset()
                    while i < n, isDigit(bytes[i]) { scratch.append(bytes[i]); i += 1 }
                    // Digits carrying a combining mark ("1\u{301}74") cannot be read safely: not a number,
                    // so that no wrong article is ever read from them.
                    out.append(i < n && isCombiningMark(bytes, at: i) ? .punctuation : .number, start, i, scratch)
                    continue
                }
                if isASCIILetter(b) {
                    let end = scanWord(bytes, from: i, into: &scratch)
                    out.append(.word, i, end, scratch)
                    i = end
                    continue
                }
                if b < 0x20 || b == 0x7F { out.space = true; i += 1; continue }
                scratch.reset()
                scratch.append(b)
                out.append(.punctuation, i, i + 1, scratch)
                i += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            if isLetter(scalar) {
                let end = scanWord(bytes, from: i, into: &scratch)
                out.append(.word, i, end, scratch)
                i = end
                continue
            }
            if isSpace(scalar) { out.space = true; i += length; continue }
            scratch.reset()
            if scalar == "\u{2019}" || scalar == "\u{2018}" { scratch.append(UInt8(ascii: "'")) } else { for k in i..<(i + length) { scratch.append(bytes[k]) } }
            out.append(.punctuation, i, i + length, scratch)
            i += length
        }
        return out.tokens
    }

    /// The tokens made so far and the spacing seen since the last one. A value the loop owns, not
    /// variables a nested function captures: captured variables are checked for exclusive access at
    /// run time on every token.
    struct Output {
        var tokens: [Token] = []
        var space = false
        var lineBreak = false

        init(capacity: Int) { tokens.reserveCapacity(capacity) }

        @inline(__always) mutating func append(_ kind: Token.Kind, _ start: Int, _ end: Int, _ scratch: borrowing ByteScratch) {
            let folded = scratch.bytes
            let (hash, head8) = Token.fingerprint8(folded)
            let text = String(decoding: folded, as: UTF8.self)
            tokens.append(Token(kind: kind, start: start, end: end, folded: text, spaceBefore: space, lineBreakBefore: lineBreak, hash: hash, head8: head8))
            space = false
            lineBreak = false
        }
    }

    /// Scans a word starting at `start` (a run of letters), writing its
    /// folded bytes into `out`; returns where the word ends.
    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout ByteScratch) -> Int {
        out.reset()
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isASCIILetter(b) { out.append(b | 0x20); i += 1; continue }
                // An apostrophe ends the word: "Code's" is "code" "'" "s", so names match possessives.
                break
            }
            // Cyrillic: А-Я and а-я in two bytes, folded by arithmetic; ё and Ё as е.
            if b == 0xD0 || b == 0xD1, i + 1 < n {
                let c = bytes[i + 1]
                if b == 0xD0 && c >= 0x90 && c <= 0x9F { out.append(0xD0); out.append(c + 0x20); i += 2; continue }       // А-П
                if b == 0xD0 && c >= 0xA0 && c <= 0xAF { out.append(0xD1); out.append(c - 0x20); i += 2; continue }       // Р-Я
                if b == 0xD0 && c >= 0xB0 && c <= 0xBF { out.append(b); out.append(c); i += 2; continue }                 // а-п
                if b == 0xD1 && c >= 0x80 && c <= 0x8F { out.append(b); out.append(c); i += 2; continue }                 // р-я
                if (b == 0xD0 && c == 0x81) || (b == 0xD1 && c == 0x91) { out.append(0xD0); out.append(0xB5); i += 2; continue } // Ё ё
            }
            let (scalar, length) = decode(bytes, at: i)
            if isLetter(scalar) {
                var folded = String.UnicodeScalarView()
                fold(scalar, into: &folded)
                out.append(contentsOf: String(folded).utf8)
                i += length
                continue
            }
            break
        }
        return i
    }

    static func startsLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        return isLetter(decode(bytes, at: i).scalar)
    }

    /// Lower-cases a letter for matching; `ё` folds to `е`.
    static func fold(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = scalar.value
        switch v {
        case 0x0410...0x042F: out.append(Unicode.Scalar(v + 0x20) ?? scalar)
        case 0x0401, 0x0451: out.append("е")
        case 0x0430...0x044F: out.append(scalar)
        default:
            let lower = scalar.properties.lowercaseMapping
            out.append(contentsOf: lower.unicodeScalars)
        }
    }

    /// Folds a whole string the way words are folded (for patterns and names).
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'"); continue }
            if scalar.isASCII { out.append(Unicode.Scalar(UInt8(scalar.value) >= 0x41 && UInt8(scalar.value) <= 0x5A ? UInt8(scalar.value) | 0x20 : UInt8(scalar.value))); continue }
            fold(scalar, into: &out)
        }
        return String(out)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// True for a combining mark at `i` (U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF, U+FE20–U+FE2F).
    static func isCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard bytes[i] >= 0xCC else { return false }
        let v = decode(bytes, at: i).scalar.value
        return (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
    }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x0400 && v <= 0x04FF { return v >= 0x0410 || v <= 0x040F } // Cyrillic block: all letters but signs
        if v < 0x80 { return isASCIILetter(UInt8(v)) }
        if v >= 0xE000 && v <= 0xF8FF { return false } // private use (PDF bullet glyphs)
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        case 0xE000...0xF8FF: return true // private-use glyphs separate words like spaces do
        default: return false
        }
    }

    /// Decodes the scalar at `i` of valid UTF-8.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: b0)), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)) ?? "\u{FFFD}", 2) }
        if b0 < 0xF0 {
            return (Unicode.Scalar((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)) ?? "\u{FFFD}", 3)
        }
        return (Unicode.Scalar((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)) ?? "\u{FFFD}", 4)
    }
}
