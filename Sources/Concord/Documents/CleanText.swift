/// A document's body after cleaning, with a map from every cleaned byte back to the original text.
public struct CleanText: Sendable {
    /// The cleaned text, UTF-8.
    public let text: String
    /// The cleaned text's bytes.
    public let bytes: [UInt8]
    /// For each byte of `text`, the offset of the original byte it came from; one extra entry maps
    /// the end of the text. Never decreasing.
    public let origin: [Int]
    /// The original text's length in bytes, for mapping ends.
    let originalBytes: [UInt8]
    /// Footnote markers the cleaner removed: where they stood in the cleaned text, and their label.
    public let footnoteMarkers: [(offset: Int, label: String)]

    init(bytes: [UInt8], origin: [Int], original: [UInt8], footnoteMarkers: [(offset: Int, label: String)] = []) {
        self.footnoteMarkers = footnoteMarkers
        text = String(decoding: bytes, as: UTF8.self)
        self.bytes = bytes
        self.origin = origin
        originalBytes = original
    }

    /// The original byte range of the cleaned range `start..<end`, extended to whole characters.
    public func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        let from = origin[start]
        guard end > start else { return from..<from }
        var to = origin[end - 1] + 1
        while to < originalBytes.count, originalBytes[to] & 0xC0 == 0x80 { to += 1 }
        return from..<max(to, from)
    }
}
