/// Which tokens may start a pattern of any of several indexes, judged by the token and the one
/// after it: the finder's cascade of pattern tests runs only there.
///
/// A word such as "the", "on" or "a" begins some anaphora, cue or name ("the same charge", "on
/// charges of"), so the indexes' first-word filters pass it at nearly every sentence; but the word
/// after it rarely fits any of those patterns' second words. Tokens that may begin a pattern whose
/// first element is a prefix (`incit*`) are passed by the prefix filter alone.
struct StartGate: Sendable {
    /// For each exact first token, the tests of the tokens the patterns it starts may go on with.
    private var seconds = KeyedBuckets<SecondWordTest>()
    /// Exact first tokens that some pattern of one element (or with a gap next) starts with.
    private var alone = KeyedBuckets<Bool>()
    /// The first words of patterns that start with a prefix.
    private var prefixes = TokenFilter()

    /// The gate of every pattern of `indexes`.
    init(_ indexes: [[(first: WordPattern.Element, second: SecondWordTest)]]) {
        struct Pair: Hashable { var first: UInt64, second: SecondWordTest }
        var seen = Set<Pair>()
        for tests in indexes {
            for (first, second) in tests {
                switch first {
                case .exact(_, let hash):
                    if case .any = second {
                        if alone.elements(for: hash) == nil { alone.append(true, for: hash) }
                    } else if seen.insert(Pair(first: hash, second: second)).inserted {
                        seconds.append(second, for: hash)
                    }
                case .prefix(let stem, let mask, _):
                    if mask == 0xFFFF_FFFF { prefixes.insert(prefix: stem) } else { prefixes.acceptAllWords = true }
                case .gap:
                    break
                }
            }
        }
    }

    /// True when some pattern may start at token `i` (a token the indexes' filters already passed).
    @inline(__always)
    func mayStart(_ tokens: [Token], at i: Int) -> Bool {
        let hash = tokens[i].hash
        if alone.elements(for: hash) != nil { return true }
        if let tests = seconds.elements(for: hash), tests.contains(where: { $0.mayFollow(tokens, at: i) }) { return true }
        return tokens[i].kind == .word && prefixes.mayStartPrefix(tokens, at: i)
    }
}
