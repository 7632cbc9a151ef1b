/// A document's body after cleaning, with a map from every cleaned byte back to the original text.
///
/// The map is stored as segments, since almost all bytes are copied unchanged: within a linear
/// segment a cleaned byte maps to the original byte at the same distance from the segment start;
/// within a constant segment (one original character written as several bytes) every cleaned byte
/// maps to the segment's original offset.
public struct CleanText: Sendable {
    /// One run of the map.
    struct Segment: Sendable {
        var clean: Int
        var original: Int
        var constant: Bool
    }

    /// The cleaned text as a string, made when asked for: the pipeline reads `bytes`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The cleaned text's bytes.
    public let bytes: [UInt8]
    let segments: [Segment]
    /// The original text's bytes, for extending ranges to whole characters.
    let originalBytes: [UInt8]
    /// Footnote markers the cleaner removed: where they stood in the cleaned text, and their label.
    public let footnoteMarkers: [(offset: Int, label: String)]

    init(bytes: [UInt8], segments: [Segment], original: [UInt8], footnoteMarkers: [(offset: Int, label: String)] = []) {
        self.bytes = bytes
        self.segments = segments
        originalBytes = original
        self.footnoteMarkers = footnoteMarkers
    }

    /// The original offset of cleaned byte `offset` (`bytes.count` maps to the end of the original).
    public func originalOffset(_ offset: Int) -> Int {
        if offset >= bytes.count { return originalBytes.count }
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].clean <= offset { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        return segment.constant ? segment.original : segment.original + (offset - segment.clean)
    }

    /// The original byte range of the cleaned range `start..<end`, extended to whole characters.
    public func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        let from = originalOffset(start)
        guard end > start else { return from..<from }
        var to = originalOffset(end - 1) + 1
        while to < originalBytes.count, originalBytes[to] & 0xC0 == 0x80 { to += 1 }
        return from..<max(to, from)
    }

    /// The map as one offset per cleaned byte plus the end (for tests and tools; the pipeline uses segments).
    public var origin: [Int] { (0...bytes.count).map(originalOffset) }
}
