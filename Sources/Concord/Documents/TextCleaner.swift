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
    /// Builds the cleaned bytes and their map to the original.
    struct Builder {
        var out: [UInt8] = []
        var segments: [CleanText.Segment] = []

        /// Appends original bytes unchanged.
        mutating func copy(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard !range.isEmpty else { return }
            mapLinear(from: range.lowerBound)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
        }

        /// Appends bytes that stand one for one for the original bytes from `original` on.
        mutating func replace(_ bytes: [UInt8], linearFrom original: Int) {
            mapLinear(from: original)
            out.append(contentsOf: bytes)
        }

        /// Appends bytes that all stand for the one original character at `original`.
        mutating func replace(_ bytes: [UInt8], for original: Int) {
            if bytes.count == 1 { replace(bytes, linearFrom: original); return }
            segments.append(.init(clean: out.count, original: original, constant: true))
            out.append(contentsOf: bytes)
        }

        private mutating func mapLinear(from original: Int) {
            if let last = segments.last, !last.constant, last.original + (out.count - last.clean) == original { return }
            segments.append(.init(clean: out.count, original: original, constant: false))
        }
    }

    /// Bytes that may need more than copying: line breaks (page furniture), '-' (hyphenation),
    /// '.' (footnote markers), and every non-ASCII byte.
    static let interesting: [Bool] = (0..<256).map { b in b == 0x0A || b == 0x2D || b == 0x2E || b >= 0x80 }

    /// Cleans `text[bodyStart...]`; offsets in the result map into the whole `text`.
    public static func clean(_ text: String, from bodyStart: Int = 0) -> CleanText {
        let source = Array(text.utf8)
        var builder = Builder()
        builder.out.reserveCapacity(source.count - bodyStart)
        var markers: [(offset: Int, label: String)] = []
        source.withUnsafeBufferPointer { s in
            let n = s.count
            var i = bodyStart
            var run = bodyStart
            var lineStart = true
            let interesting = Self.interesting
            while i < n {
                if lineStart {
                    lineStart = false
                    if let end = pageNumberLineEnd(source, i) {
                        builder.copy(s, run..<i)
                        for k in i..<end { builder.replace([s[k] == 0x0A ? 0x0A : 0x20], linearFrom: k) }
                        i = end
                        run = end
                        lineStart = true
                        continue
                    }
                }
                let b = s[i]
                guard interesting[Int(b)] else { i += 1; continue }
                if b == 0x0A { i += 1; lineStart = true; continue }
                if b == UInt8(ascii: "-") {
                    if let resume = hyphenationResume(source, i) {
                        builder.copy(s, run..<i)
                        i = resume
                        run = resume
                    } else { i += 1 }
                    continue
                }
                if b == UInt8(ascii: ".") {
                    if let markerEnd = footnoteMarkerEnd(source, i) {
                        builder.copy(s, run..<(i + 1))
                        let label = String(decoding: s[(i + 1)..<markerEnd], as: UTF8.self)
                        markers.append((builder.out.count, label))
                        builder.replace([UInt8](repeating: 0x20, count: markerEnd - i - 1), linearFrom: i + 1)
                        i = markerEnd
                        run = markerEnd
                    } else { i += 1 }
                    continue
                }
                // Non-ASCII.
                let length = sequenceLength(b)
                let scalar = decode(source, i)
                if let safe = numberSafe(scalar, source, i, length: length) {
                    builder.copy(s, run..<i)
                    if !safe.isEmpty { builder.replace(safe, for: i) }
                    i += length
                    run = i
                    continue
                }
                switch scalar {
                case 0x00AD:
                    builder.copy(s, run..<i)
                    i += length
                    run = i
                case 0xF0A7, 0xF0B7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8:
                    // Symbol-font bullet glyphs: a list item starts here.
                    builder.copy(s, run..<i)
                    builder.replace(Array("•".utf8), for: i)
                    i += length
                    run = i
                case 0xE000...0xF8FF, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF:
                    builder.copy(s, run..<i)
                    builder.replace([0x20], for: i)
                    i += length
                    run = i
                case 0x2028, 0x2029:
                    builder.copy(s, run..<i)
                    builder.replace([0x0A], for: i)
                    i += length
                    run = i
                    lineStart = true
                case 0x0400...0x04FF where isLetterScalar(scalar):
                    // A Cyrillic letter (not a sign such as ҂ or a combining mark): check its whole word once; a word of Cyrillic and Latin letters
                    // is rewritten in its majority script, any other word is copied as it is.
                    var wordStart = i
                    while wordStart > bodyStart, isLetterBefore(source, wordStart) { wordStart = previousStart(source, wordStart) }
                    // Where something was just removed or replaced (a footnote marker, a soft hyphen), a
                    // new word starts, as it does for the reference cleaner.
                    wordStart = max(wordStart, run)
                    let wordEnd = self.wordEnd(source, i)
                    if s[wordStart..<wordEnd].contains(where: isASCIILetterByte) {
                        builder.copy(s, run..<wordStart)
                        emitWord(source, wordStart, wordEnd, &builder)
                        run = wordEnd
                    }
                    i = max(wordEnd, i + length) // always forward, whatever the word
                default:
                    i += length
                }
            }
            builder.copy(s, run..<n)
        }
        if builder.segments.isEmpty { builder.segments.append(.init(clean: 0, original: bodyStart, constant: false)) }
        return CleanText(bytes: builder.out, segments: builder.segments, original: source, footnoteMarkers: markers)
    }

    @inline(__always) static func isASCIILetterByte(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Characters that can change what a number reads as, made safe: full-width and Arabic-Indic
    /// digits become ASCII digits, hyphens (U+2010, the non-breaking U+2011) become '-', invisible
    /// format characters (joiners, direction marks, word joiner, bidi controls) are dropped, and a
    /// zero-width space is dropped between digits ("17\u{200B}4" is 174) and is a space elsewhere.
    /// Nil for any other character. Both cleaners apply it, so their output stays the same.
    static func numberSafe(_ scalar: UInt32, _ s: [UInt8], _ i: Int, length: Int) -> [UInt8]? {
        switch scalar {
        case 0xFF10...0xFF19: return [UInt8(scalar - 0xFF10) + 0x30]
        case 0x0660...0x0669: return [UInt8(scalar - 0x0660) + 0x30]
        case 0x06F0...0x06F9: return [UInt8(scalar - 0x06F0) + 0x30]
        case 0x2010, 0x2011: return [0x2D]
        case 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return []
        case 0x200B:
            let before = i > 0 && s[i - 1] >= 0x30 && s[i - 1] <= 0x39
            let after = i + length < s.count && s[i + length] >= 0x30 && s[i + length] <= 0x39
            return before && after ? [] : [0x20]
        default: return nil
        }
    }

    /// The start of the character before `i`.
    static func previousStart(_ s: [UInt8], _ i: Int) -> Int {
        var k = i - 1
        while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// True when the character before `i` is a letter.
    static func isLetterBefore(_ s: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        return isLetterScalar(decode(s, previousStart(s, i)))
    }

    // MARK: Words and scripts

    /// Emits a word, replacing look-alike letters of the minority script with the majority's.
    static func emitWord(_ s: [UInt8], _ start: Int, _ end: Int, _ builder: inout Builder) {
        var latin = 0, cyrillic = 0
        var k = start
        while k < end {
            let b = s[k]
            if b < 0x80 { latin += 1; k += 1; continue }
            let v = decode(s, k)
            if (0x0400...0x04FF).contains(v) { cyrillic += 1 }
            k += sequenceLength(b)
        }
        let toLatin = latin >= cyrillic
        k = start
        var run = start
        s.withUnsafeBufferPointer { buffer in
            while k < end {
                let b = s[k]
                if b < 0x80 {
                    if !toLatin, let c = latinToCyrillic[b] {
                        builder.copy(buffer, run..<k)
                        builder.replace(Array(String(c).utf8), for: k)
                        run = k + 1
                    }
                    k += 1
                    continue
                }
                let length = sequenceLength(b)
                if toLatin, let l = cyrillicToLatin[decode(s, k)] {
                    builder.copy(buffer, run..<k)
                    builder.replace([l], for: k)
                    run = k + length
                }
                k += length
            }
            builder.copy(buffer, run..<end)
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
