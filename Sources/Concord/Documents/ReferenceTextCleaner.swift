import Foundation

/// The reference implementation of the cleaner: byte by byte, with one map entry per byte. It is
/// slow and plain on purpose; tests compare `TextCleaner` against it on every bundled and generated
/// document.
enum ReferenceTextCleaner {
    static func clean(_ text: String, from bodyStart: Int = 0) -> CleanText {
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
            if lineStart, let end = TextCleaner.pageNumberLineEnd(source, i) {
                for k in i..<end { emit(source[k] == 0x0A ? 0x0A : 0x20, k) }
                i = end
                continue
            }
            let b = source[i]
            lineStart = false
            if b == 0x0A { emit(b, i); i += 1; lineStart = true; continue }
            if b < 0x80 {
                if TextCleaner.isLetter(b) || b >= 0x80 {
                    let end = TextCleaner.wordEnd(source, i)
                    emitWordByByte(source, i, end, &out, &origin)
                    i = end
                    continue
                }
                if b == UInt8(ascii: "-"), let resume = TextCleaner.hyphenationResume(source, i) {
                    i = resume
                    continue
                }
                if b == UInt8(ascii: "."), let markerEnd = TextCleaner.footnoteMarkerEnd(source, i) {
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
            let length = TextCleaner.sequenceLength(b)
            let scalar = TextCleaner.decode(source, i)
            if let safe = TextCleaner.numberSafe(scalar, source, i, length: length) {
                for byte in safe { emit(byte, i) }
                i += length
                continue
            }
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
                if TextCleaner.isLetterScalar(scalar) {
                    let end = TextCleaner.wordEnd(source, i)
                    emitWordByByte(source, i, end, &out, &origin)
                    i = end
                } else {
                    emitRange(i, i + length)
                    i += length
                }
            }
        }
        origin.append(n)
        // Every byte its own segment: the plainest possible map.
        let segments = (0..<out.count).map { CleanText.Segment(clean: $0, original: origin[$0], constant: false) }
        return CleanText(bytes: out, segments: segments.isEmpty ? [CleanText.Segment(clean: 0, original: bodyStart, constant: false)] : segments, original: source, footnoteMarkers: markers)
    }

    static func emitWordByByte(_ s: [UInt8], _ start: Int, _ end: Int, _ out: inout [UInt8], _ origin: inout [Int]) {
        var latin = 0, cyrillic = 0
        var k = start
        while k < end {
            let b = s[k]
            if b < 0x80 { latin += 1; k += 1; continue }
            let v = TextCleaner.decode(s, k)
            if (0x0400...0x04FF).contains(v) { cyrillic += 1 }
            k += TextCleaner.sequenceLength(b)
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
                if !toLatin, let c = TextCleaner.latinToCyrillic[b] {
                    for byte in String(c).utf8 { out.append(byte); origin.append(k) }
                } else { out.append(b); origin.append(k) }
                k += 1
                continue
            }
            let length = TextCleaner.sequenceLength(b)
            let v = TextCleaner.decode(s, k)
            if toLatin, let l = TextCleaner.cyrillicToLatin[v] {
                out.append(l); origin.append(k)
            } else {
                for j in k..<(k + length) { out.append(s[j]); origin.append(j) }
            }
            k += length
        }
    }

}
