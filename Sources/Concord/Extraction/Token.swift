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
}
