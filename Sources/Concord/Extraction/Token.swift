/// A word, number or punctuation mark of a cleaned text, with its place in that text.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation
    }

    public var kind: Kind
    /// UTF-8 byte offset of the first byte, in the cleaned text.
    public var start: Int
    /// UTF-8 byte offset just past the last byte, in the cleaned text.
    public var end: Int
    /// The token folded for matching: lower case, `ё` as `е`, typographic apostrophes as `'`.
    public var folded: String
    /// True when white space stands between this token and the one before.
    public var spaceBefore: Bool
    /// True when a line break stands between this token and the one before.
    public var lineBreakBefore: Bool
    /// FNV-1a hash of the folded bytes: patterns compare this before comparing text.
    public var hash: UInt64
    /// The first four folded bytes (zero-padded), little-endian: a quick test for prefixes.
    public var head: UInt32
    /// The first eight folded bytes (zero-padded), little-endian: four bytes are two Cyrillic
    /// letters, which half the words of a Russian text share with some pattern.
    public var head8: UInt64

    /// Creates a token, computing its hash and head from `folded`.
    public init(kind: Kind, start: Int, end: Int, folded: String, spaceBefore: Bool, lineBreakBefore: Bool) {
        let (hash, head8) = Token.fingerprint8(folded.utf8)
        self.init(kind: kind, start: start, end: end, folded: folded, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore, hash: hash, head8: head8)
    }

    init(kind: Kind, start: Int, end: Int, folded: String, spaceBefore: Bool, lineBreakBefore: Bool, hash: UInt64, head8: UInt64) {
        self.kind = kind
        self.start = start
        self.end = end
        self.folded = folded
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
        self.hash = hash
        self.head = UInt32(truncatingIfNeeded: head8)
        self.head8 = head8
    }

    /// The hash and the first eight bytes of folded bytes.
    @inline(__always)
    public static func fingerprint8<C: Collection>(_ bytes: C) -> (hash: UInt64, head8: UInt64) where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        var head: UInt64 = 0
        var n: UInt64 = 0
        for b in bytes {
            hash = (hash ^ UInt64(b)) &* 0x100000001b3
            if n < 8 { head |= UInt64(b) << (8 * n) }
            n += 1
        }
        return (hash, head)
    }

    /// The hash and head of folded bytes.
    @inline(__always)
    public static func fingerprint<C: Collection>(_ bytes: C) -> (hash: UInt64, head: UInt32) where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        var head: UInt32 = 0
        var n = 0
        for b in bytes {
            hash = (hash ^ UInt64(b)) &* 0x100000001b3
            if n < 4 { head |= UInt32(b) << (8 * n) }
            n += 1
        }
        return (hash, head)
    }
}
