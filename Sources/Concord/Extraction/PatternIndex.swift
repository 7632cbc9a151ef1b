/// Word patterns indexed by their first word, so that a text is matched in one pass no matter how
/// many patterns the data holds. A token that no pattern can start with is rejected by one bit test.
public struct PatternIndex<Value: Sendable>: Sendable {
    /// One pattern and what it stands for.
    public struct Entry: Sendable {
        public var pattern: WordPattern
        public var value: Value
    }

    private var exact: [UInt64: [Entry]] = [:]
    private var prefixed: [UInt32: [Entry]] = [:]
    private var shortPrefixed: [Entry] = []
    /// Bits set for the hashes and heads that may start a pattern.
    private(set) var filter = TokenFilter()

    /// Creates an empty index.
    public init() {}

    /// Adds a pattern; invalid patterns are rejected by the registry's validation before they get here.
    public mutating func add(_ pattern: WordPattern, _ value: Value) {
        let entry = Entry(pattern: pattern, value: value)
        switch pattern.elements[0] {
        case .exact(_, let hash):
            exact[hash, default: []].append(entry)
            filter.insert(hash: hash)
        case .prefix(let stem, let mask, let value):
            if mask == 0xFFFF_FFFF {
                prefixed[value, default: []].append(entry)
                filter.insert(head: value)
            } else {
                shortPrefixed.append(entry)
                filter.acceptAllWords = true
                _ = stem
            }
        case .gap:
            break
        }
    }

    /// Every pattern matching at token `i`, longest match first (ties in insertion order).
    public func matches(_ tokens: [Token], at i: Int) -> [(end: Int, value: Value)] {
        guard i < tokens.count, filter.mayStart(tokens[i]) else { return [] }
        var found: [(end: Int, value: Value)] = []
        let token = tokens[i]
        if let entries = exact[token.hash] {
            for entry in entries { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.value)) } }
        }
        if token.kind == .word {
            if let entries = prefixed[token.head] {
                for entry in entries { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.value)) } }
            }
            for entry in shortPrefixed { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.value)) } }
        }
        if found.count <= 1 { return found }
        return found.enumerated().sorted { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }.map(\.element)
    }

    /// The longest match at token `i`, if any.
    public func longestMatch(_ tokens: [Token], at i: Int) -> (end: Int, value: Value)? {
        guard i < tokens.count, filter.mayStart(tokens[i]) else { return nil }
        return matches(tokens, at: i).first
    }

    /// True when no pattern was added.
    public var isEmpty: Bool { exact.isEmpty && prefixed.isEmpty && shortPrefixed.isEmpty }
}

/// A 65,536-bit filter over token hashes and heads: a token whose bits are not set starts no pattern.
public struct TokenFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var headBits = [UInt64](repeating: 0, count: 1024)
    /// Set when some pattern starts with a prefix shorter than four bytes.
    var acceptAllWords = false

    mutating func insert(hash: UInt64) { let k = Int(hash & 0xFFFF); bits[k >> 6] |= 1 << UInt64(k & 63) }

    mutating func insert(head: UInt32) { let k = Int((head ^ (head >> 16)) & 0xFFFF); headBits[k >> 6] |= 1 << UInt64(k & 63) }

    /// Adds every bit of another filter.
    mutating func formUnion(_ other: TokenFilter) {
        for k in 0..<1024 { bits[k] |= other.bits[k]; headBits[k] |= other.headBits[k] }
        acceptAllWords = acceptAllWords || other.acceptAllWords
    }

    @inline(__always)
    func mayStart(_ token: Token) -> Bool {
        let k = Int(token.hash & 0xFFFF)
        if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { return true }
        guard token.kind == .word else { return false }
        if acceptAllWords { return true }
        let h = Int((token.head ^ (token.head >> 16)) & 0xFFFF)
        return headBits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }
}
