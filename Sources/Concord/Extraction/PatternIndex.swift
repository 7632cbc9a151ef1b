/// Word patterns indexed by their first word, so that a text is matched in one pass no matter how
/// many patterns the data holds.
public struct PatternIndex<Value: Sendable>: Sendable {
    /// One pattern and what it stands for.
    public struct Entry: Sendable {
        public var pattern: WordPattern
        public var value: Value
    }

    private var exact: [String: [Entry]] = [:]
    private var prefixed: [Entry] = []

    /// Creates an empty index.
    public init() {}

    /// Adds a pattern; invalid patterns are rejected by the registry's validation before they get here.
    public mutating func add(_ pattern: WordPattern, _ value: Value) {
        let entry = Entry(pattern: pattern, value: value)
        if pattern.startsExact {
            exact[pattern.firstLiteral, default: []].append(entry)
        } else {
            prefixed.append(entry)
        }
    }

    /// Every pattern matching at token `i`, longest match first (ties in insertion order).
    public func matches(_ tokens: [Token], at i: Int) -> [(end: Int, value: Value)] {
        guard i < tokens.count else { return [] }
        var found: [(end: Int, value: Value)] = []
        for entry in exact[tokens[i].folded] ?? [] {
            if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.value)) }
        }
        if tokens[i].kind == .word {
            for entry in prefixed where tokens[i].folded.hasPrefix(entry.pattern.firstLiteral) {
                if let end = entry.pattern.match(tokens, at: i) { found.append((end, entry.value)) }
            }
        }
        return found.enumerated().sorted { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }.map(\.element)
    }

    /// The longest match at token `i`, if any.
    public func longestMatch(_ tokens: [Token], at i: Int) -> (end: Int, value: Value)? {
        matches(tokens, at: i).first
    }

    /// True when no pattern was added.
    public var isEmpty: Bool { exact.isEmpty && prefixed.isEmpty }
}
