/// Word patterns indexed by their first word, so that a text is matched in one pass no matter how
/// many patterns the data holds. A token that no pattern can start with is rejected by one bit test.
public struct PatternIndex<Value: Sendable>: Sendable {
    /// One pattern and what it stands for.
    public struct Entry: Sendable {
        public var pattern: WordPattern
        public var value: Value
        /// The order the pattern was added in: ties between matches of the same length go to the first added.
        public var order: Int
        /// What the token after the first must show, tested before the pattern is matched: a bucket
        /// may hold hundreds of headings that start with the same word («нарушение …»).
        var second = SecondWordTest.any

        init(pattern: WordPattern, value: Value, order: Int) {
            self.pattern = pattern
            self.value = value
            self.order = order
            second = SecondWordTest(pattern)
        }

        /// False when the pattern cannot match at token `i`, judged by the token after it.
        @inline(__always)
        func mayMatch(_ tokens: [Token], at i: Int) -> Bool { second.mayFollow(tokens, at: i) }
    }

    private var exact = KeyedBuckets<Entry>()
    private var prefixed = KeyedBuckets<Entry>()
    private var shortPrefixed: [Entry] = []
    private var all: [Entry] = []
    /// When set, every pattern is tried at every token, without the filter or the keyed buckets:
    /// the reference path that tests compare the fast one against.
    public var exhaustive = false
    /// Bits set for the hashes and heads that may start a pattern.
    private(set) var filter = TokenFilter()

    /// Creates an empty index.
    public init() {}

    /// Adds a pattern; invalid patterns are rejected by the registry's validation before they get here.
    public mutating func add(_ pattern: WordPattern, _ value: Value) {
        let entry = Entry(pattern: pattern, value: value, order: all.count)
        all.append(entry)
        switch pattern.elements[0] {
        case .exact(_, let hash):
            exact.append(entry, for: hash)
            filter.insert(hash: hash)
        case .prefix(let stem, let mask, let value):
            if mask == 0xFFFF_FFFF {
                prefixed.append(entry, for: UInt64(value))
                filter.insert(prefix: stem)
            } else {
                shortPrefixed.append(entry)
                filter.acceptAllWords = true
            }
        case .gap:
            break
        }
    }

    /// Every pattern matching at token `i`, longest match first (ties in insertion order).
    public func matches(_ tokens: [Token], at i: Int) -> [(end: Int, value: Value)] {
        guard i < tokens.count else { return [] }
        var found: [(end: Int, order: Int, value: Value)] = []
        if exhaustive {
            for entry in all { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.order, entry.value)) } }
        } else {
            guard filter.mayStart(tokens, at: i) else { return [] }
            let token = tokens[i]
            if let entries = exact.elements(for: token.hash) {
                for entry in entries { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.order, entry.value)) } }
            }
            if token.kind == .word {
                if let entries = prefixed.elements(for: UInt64(token.head)) {
                    for entry in entries { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.order, entry.value)) } }
                }
                for entry in shortPrefixed { if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.order, entry.value)) } }
            }
        }
        if found.count > 1 { found.sort { ($1.end, $0.order) < ($0.end, $1.order) } }
        return found.map { ($0.end, $0.value) }
    }

    /// The longest match at token `i`, if any (ties to the first added), found in place: this is
    /// asked at almost every token, and gathering and sorting every match would allocate each time.
    public func longestMatch(_ tokens: [Token], at i: Int) -> (end: Int, value: Value)? {
        guard i < tokens.count else { return nil }
        if exhaustive { return matches(tokens, at: i).first }
        guard filter.mayStart(tokens, at: i) else { return nil }
        // The best match is kept as a place in a bucket, and its value copied once at the end:
        // copying each entry tried (its pattern and value) costs more than matching it.
        var best: (end: Int, order: Int, bucket: Int, index: Int)?
        let hash = tokens[i].hash, head = tokens[i].head, word = tokens[i].kind == .word
        for bucket in 0..<3 {
            let found: [Entry]?
            switch bucket {
            case 0: found = exact.elements(for: hash)
            case 1: found = word ? prefixed.elements(for: UInt64(head)) : nil
            default: found = word ? shortPrefixed : nil
            }
            guard let entries = found else { continue }
            for k in entries.indices {
                guard entries[k].mayMatch(tokens, at: i), let end = entries[k].pattern.match(tokens, at: i) else { continue }
                let order = entries[k].order
                if let current = best, current.end > end || current.end == end && current.order < order { continue }
                best = (end, order, bucket, k)
            }
        }
        guard let best else { return nil }
        switch best.bucket {
        case 0: return exact.elements(for: hash).map { (best.end, $0[best.index].value) }
        case 1: return prefixed.elements(for: UInt64(head)).map { (best.end, $0[best.index].value) }
        default: return (best.end, shortPrefixed[best.index].value)
        }
    }

    /// True when no pattern was added.
    public var isEmpty: Bool { exact.isEmpty && prefixed.isEmpty && shortPrefixed.isEmpty }

    /// Every pattern's first element and the test of the token after it, for `StartGate`.
    var startTests: [(first: WordPattern.Element, second: SecondWordTest)] { all.map { ($0.pattern.elements[0], $0.second) } }
}

/// The second element of a pattern, as a quick test on the token after the first.
enum SecondWordTest: Sendable, Hashable {
    case any
    case exact(hash: UInt64, quote: Bool)
    case prefix(mask: UInt32, value: UInt32)

    /// The test of a pattern's second element (`any` for a pattern of one element or a gap).
    init(_ pattern: WordPattern) {
        guard pattern.elements.count > 1 else { self = .any; return }
        switch pattern.elements[1] {
        case .exact(let word, let hash): self = .exact(hash: hash, quote: WordPattern.quoteMarks.contains(word))
        case .prefix(_, let mask, let value): self = .prefix(mask: mask, value: value)
        case .gap: self = .any
        }
    }

    /// False when a pattern starting at token `i` cannot match, judged by the token after it (or the
    /// one after a quotation mark there, which a match may step over); true when it may.
    @inline(__always)
    func mayFollow(_ tokens: [Token], at i: Int) -> Bool {
        func fits(_ k: Int) -> Bool {
            guard k < tokens.count else { return false }
            switch self {
            case .any: return true
            case .exact(let hash, _): return tokens[k].hash == hash
            case .prefix(let mask, let value): return tokens[k].head & mask == value && tokens[k].kind == .word
            }
        }
        if case .any = self { return true }
        let j = i + 1
        if fits(j) { return true }
        if case .exact(_, true) = self { return false }
        return j < tokens.count && WordPattern.isQuote(tokens, at: j) && fits(j + 1)
    }
}

/// A 65,536-bit filter over token hashes and word prefixes: a token whose bits are not set starts no pattern.
public struct TokenFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Bits of the prefixes (their first four to eight bytes, with their length).
    private var headBits = [UInt64](repeating: 0, count: 1024)
    /// The prefix lengths in use, four to eight bytes: bit `n` for `n` bytes.
    private var prefixLengths: UInt16 = 0
    /// Set when some pattern starts with a prefix shorter than four bytes.
    var acceptAllWords = false

    mutating func insert(hash: UInt64) { let k = Int(hash & 0xFFFF); bits[k >> 6] |= 1 << UInt64(k & 63) }

    /// Adds a prefix of four bytes or more, keyed by its first eight bytes at most.
    mutating func insert(prefix stem: String) {
        var value: UInt64 = 0, n = 0
        for b in stem.utf8 where n < 8 { value |= UInt64(b) << (8 * UInt64(n)); n += 1 }
        let k = Self.prefixKey(value, length: n)
        headBits[k >> 6] |= 1 << UInt64(k & 63)
        prefixLengths |= 1 << UInt16(n)
    }

    /// The bit of a word's first `length` bytes.
    @inline(__always)
    static func prefixKey(_ head8: UInt64, length: Int) -> Int {
        let masked = length >= 8 ? head8 : head8 & ((1 << (8 * UInt64(length))) - 1)
        let mixed = (masked ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 48)
    }

    /// Adds every bit of another filter.
    mutating func formUnion(_ other: TokenFilter) {
        for k in 0..<1024 { bits[k] |= other.bits[k]; headBits[k] |= other.headBits[k] }
        prefixLengths |= other.prefixLengths
        acceptAllWords = acceptAllWords || other.acceptAllWords
    }

    /// True when token `i` may start a pattern. Reads the token's fields in place: passing the
    /// token itself copies it (and retains its text) at every token of the document.
    @inline(__always)
    func mayStart(_ tokens: [Token], at i: Int) -> Bool {
        let k = Int(tokens[i].hash & 0xFFFF)
        if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { return true }
        guard tokens[i].kind == .word else { return false }
        return mayStartPrefix(tokens, at: i)
    }

    /// True when word `i` may begin with one of the prefixes (the second half of `mayStart`).
    @inline(__always)
    func mayStartPrefix(_ tokens: [Token], at i: Int) -> Bool {
        if acceptAllWords { return true }
        // A word shorter than a prefix length cannot begin with such a prefix: its padded zero bytes
        // differ from the prefix's, so the bit test is exact enough with no length check.
        let head8 = tokens[i].head8
        var lengths = prefixLengths
        while lengths != 0 {
            let n = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            let h = Self.prefixKey(head8, length: n)
            if headBits[h >> 6] & (1 << UInt64(h & 63)) != 0 { return true }
        }
        return false
    }
}
