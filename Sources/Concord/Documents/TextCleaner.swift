import Foundation

/// Cleans text as it comes out of PDFs and web pages, keeping a map back to the original offsets.
///
/// What it does, each step keeping the offsets of what remains:
/// - joins words hyphenated across a line break ("crimi-\nnal");
/// - removes footnote markers glued to a sentence end ("offense.ii", "reporting.iIn", "standards.2 However");
/// - turns private-use bullet glyphs into `•` (a list item starts there), other private-use glyphs,
///   no-break and other special spaces into spaces, drops soft hyphens;
/// - blanks lines that hold only a page number;
/// - replaces Cyrillic look-alike letters inside Latin words (and the reverse) with the word's own script.
public enum TextCleaner {
    /// Cleans `text[bodyStart...]`; offsets in the result map into the whole `text`.
    public static func clean(_ text: String, from bodyStart: Int = 0) -> CleanText {
        let source = Array(text.utf8)
        var out: [UInt8] = []
        var origin: [Int] = []
        var markers: [(offset: Int, label: String)] = []
        out.reserveCapacity(source.count - bodyStart)
        origin.reserveCapacity(source.count - bodyStart + 1)
        let n = source.count
        var i = bodyStart
        var lineStart = true

        func emit(_ byte: UInt8, _ from: Int) { out.append(byte); origin.append(from) }
        func emitRange(_ from: Int, _ to: Int) { for k in from..<to { out.append(source[k]); origin.append(k) } }

        while i < n {
            if lineStart, let end = pageNumberLineEnd(source, i) {
                for k in i..<end { emit(source[k] == 0x0A ? 0x0A : 0x20, k) }
                i = end
                continue
            }
            let b = source[i]
            lineStart = false
            if b == 0x0A { emit(b, i); i += 1; lineStart = true; continue }
            if b < 0x80 {
                if isLetter(b) || b >= 0x80 {
                    let end = wordEnd(source, i)
                    emitWord(source, i, end, &out, &origin)
                    i = end
                    continue
                }
                if b == UInt8(ascii: "-"), let resume = hyphenationResume(source, i) {
                    i = resume
                    continue
                }
                if b == UInt8(ascii: "."), let markerEnd = footnoteMarkerEnd(source, i) {
                    emit(b, i)
                    let label = String(decoding: source[(i + 1)..<markerEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    markers.append((out.count, label))
                    for k in (i + 1)..<markerEnd { emit(0x20, k) }
                    i = markerEnd
                    continue
                }
                emit(b, i)
                i += 1
                continue
            }
            let length = sequenceLength(b)
            let scalar = decode(source, i)
            switch scalar {
            case 0x00AD: // soft hyphen: drop
                i += length
            case 0xF0A7, 0xF0B7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8:
                // Symbol-font bullet glyphs: a list item starts here.
                for byte in "•".utf8 { emit(byte, i) }
                i += length
            case 0xE000...0xF8FF, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF:
                emit(0x20, i)
                i += length
            case 0x2028, 0x2029:
                emit(0x0A, i)
                i += length
                lineStart = true
            default:
                if isLetterScalar(scalar) {
                    let end = wordEnd(source, i)
                    emitWord(source, i, end, &out, &origin)
                    i = end
                } else {
                    emitRange(i, i + length)
                    i += length
                }
            }
        }
        origin.append(n)
        return CleanText(bytes: out, origin: origin, original: source, footnoteMarkers: markers)
    }

    // MARK: Words and scripts

    /// Emits a word, replacing look-alike letters of the minority script with the majority's.
    static func emitWord(_ s: [UInt8], _ start: Int, _ end: Int, _ out: inout [UInt8], _ origin: inout [Int]) {
        var latin = 0, cyrillic = 0
        var k = start
        while k < end {
            let b = s[k]
            if b < 0x80 { latin += 1; k += 1; continue }
            let v = decode(s, k)
            if (0x0400...0x04FF).contains(v) { cyrillic += 1 }
            k += sequenceLength(b)
        }
        guard latin > 0, cyrillic > 0 else {
            for j in start..<end { out.append(s[j]); origin.append(j) }
            return
        }
        let toLatin = latin >= cyrillic
        k = start
        while k < end {
            let b = s[k]
            if b < 0x80 {
                if !toLatin, let c = latinToCyrillic[b] {
                    for byte in String(c).utf8 { out.append(byte); origin.append(k) }
                } else { out.append(b); origin.append(k) }
                k += 1
                continue
            }
            let length = sequenceLength(b)
            let v = decode(s, k)
            if toLatin, let l = cyrillicToLatin[v] {
                out.append(l); origin.append(k)
            } else {
                for j in k..<(k + length) { out.append(s[j]); origin.append(j) }
            }
            k += length
        }
    }

    static let cyrillicToLatin: [UInt32: UInt8] = [
        0x0430: 0x61, 0x0435: 0x65, 0x043E: 0x6F, 0x0440: 0x70, 0x0441: 0x63, 0x0443: 0x79, 0x0445: 0x78,
        0x0456: 0x69, 0x0410: 0x41, 0x0412: 0x42, 0x0415: 0x45, 0x041A: 0x4B, 0x041C: 0x4D, 0x041D: 0x48,
        0x041E: 0x4F, 0x0420: 0x50, 0x0421: 0x43, 0x0422: 0x54, 0x0425: 0x58,
    ]
    static let latinToCyrillic: [UInt8: Character] = [
        0x61: "а", 0x65: "е", 0x6F: "о", 0x70: "р", 0x63: "с", 0x79: "у", 0x78: "х",
        0x41: "А", 0x42: "В", 0x45: "Е", 0x4B: "К", 0x4D: "М", 0x48: "Н", 0x4F: "О", 0x50: "Р", 0x43: "С", 0x54: "Т", 0x58: "Х",
    ]

    static func wordEnd(_ s: [UInt8], _ start: Int) -> Int {
        var k = start
        while k < s.count {
            let b = s[k]
            if b < 0x80 {
                if isLetter(b) { k += 1; continue }
                return k
            }
            let v = decode(s, k)
            guard isLetterScalar(v) else { return k }
            k += sequenceLength(b)
        }
        return k
    }

    // MARK: Page furniture

    /// The end (after its line break) of a line holding only a page number (1 to 4 digits), or nil.
    static func pageNumberLineEnd(_ s: [UInt8], _ start: Int) -> Int? {
        var k = start
        while k < s.count, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0D { k += 1 }
        let digitsStart = k
        while k < s.count, s[k] >= 0x30 && s[k] <= 0x39 { k += 1 }
        let digits = k - digitsStart
        guard (1...4).contains(digits) else { return nil }
        while k < s.count, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0D { k += 1 }
        guard k < s.count, s[k] == 0x0A else { return nil }
        // A lone number is page furniture only when blank lines or the text edge surround it.
        guard isBlankBefore(s, start), isBlankLineAt(s, k + 1) else { return nil }
        return k + 1
    }

    static func isBlankBefore(_ s: [UInt8], _ lineStart: Int) -> Bool {
        guard lineStart > 0 else { return true }
        var k = lineStart - 2
        while k >= 0, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0D { k -= 1 }
        return k < 0 || s[k] == 0x0A
    }

    static func isBlankLineAt(_ s: [UInt8], _ start: Int) -> Bool {
        var k = start
        while k < s.count, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0D { k += 1 }
        return k >= s.count || s[k] == 0x0A
    }

    // MARK: Hyphenation and footnote markers

    /// For a hyphen ending a line between two parts of a word, where the word resumes; else nil.
    static func hyphenationResume(_ s: [UInt8], _ i: Int) -> Int? {
        guard i > 0, isLowerLetterBefore(s, i) else { return nil }
        var k = i + 1
        while k < s.count, s[k] == 0x20 || s[k] == 0x0D || s[k] == 0x09 { k += 1 }
        guard k < s.count, s[k] == 0x0A else { return nil }
        k += 1
        while k < s.count, s[k] == 0x20 || s[k] == 0x09 { k += 1 }
        guard k < s.count, isLowerLetterAt(s, k) else { return nil }
        return k
    }

    /// For a period followed by a glued footnote marker (a lower-case roman numeral, or 1 to 3 digits,
    /// then a space, an upper-case letter or the end), the end of the marker; else nil.
    static func footnoteMarkerEnd(_ s: [UInt8], _ dot: Int) -> Int? {
        guard dot > 0, isLowerLetterBefore(s, dot) || s[dot - 1] == UInt8(ascii: ")") else { return nil }
        var k = dot + 1
        let markerStart = k
        let roman: Set<UInt8> = [UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x")]
        if k < s.count, roman.contains(s[k]) {
            while k < s.count, roman.contains(s[k]), k - markerStart < 6 { k += 1 }
            guard k - markerStart >= 1 else { return nil }
            if k >= s.count || s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x0D || isUpperLetterAt(s, k) { return k }
            return nil
        }
        // A number after a short word is an abbreviation's ("ст.274 УК", "Art.5 CC"), not a footnote.
        guard s[dot - 1] == UInt8(ascii: ")") || wordLengthBefore(s, dot) >= 5 else { return nil }
        while k < s.count, s[k] >= 0x30 && s[k] <= 0x39, k - markerStart < 3 { k += 1 }
        guard k > markerStart, k < s.count, s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x0D else { return nil }
        var j = k
        while j < s.count, s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x0D { j += 1 }
        return j < s.count && isUpperLetterAt(s, j) ? k : nil
    }

    /// The number of letters in the word that ends just before `i`.
    static func wordLengthBefore(_ s: [UInt8], _ i: Int) -> Int {
        var count = 0
        var k = i - 1
        while k >= 0 {
            while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
            guard isLetterScalar(decode(s, k)) else { break }
            count += 1
            k -= 1
        }
        return count
    }

    static func isLowerLetterBefore(_ s: [UInt8], _ i: Int) -> Bool {
        var k = i - 1
        while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
        return isLowerLetterAt(s, k)
    }

    static func isLowerLetterAt(_ s: [UInt8], _ k: Int) -> Bool {
        let b = s[k]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        let v = decode(s, k)
        return (0x0430...0x045F).contains(v) || (v > 0x7F && Unicode.Scalar(v).map { $0.properties.isLowercase } == true)
    }

    static func isUpperLetterAt(_ s: [UInt8], _ k: Int) -> Bool {
        let b = s[k]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        let v = decode(s, k)
        return (0x0400...0x042F).contains(v) || (Unicode.Scalar(v).map { $0.properties.isUppercase } == true)
    }

    // MARK: UTF-8

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    @inline(__always) static func isLetterScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isLetter(UInt8(v)) }
        if (0x0410...0x044F).contains(v) || v == 0x0401 || v == 0x0451 { return true }
        if (0xE000...0xF8FF).contains(v) { return false }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    @inline(__always) static func decode(_ s: [UInt8], _ i: Int) -> UInt32 {
        let b0 = UInt32(s[i])
        if b0 < 0x80 { return b0 }
        if b0 < 0xE0 { return (b0 & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F) }
        if b0 < 0xF0 { return (b0 & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F) }
        return (b0 & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6 | UInt32(s[i + 3] & 0x3F)
    }
}
