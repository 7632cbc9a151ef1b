/// Charges named by a heading in quotes («по статьям "Пропаганда терроризма либо экстремизма …" и
/// "Возбуждение … вражды"»): the words of a heading are those of one version of the code, which may
/// not be the version in force on the document's date (a case under the 1997 Code reported in 2015).
extension Resolver {
    /// How far before and after a charge name its quotes are looked for, in tokens.
    static let quotedHeadingReach = 40

    /// The fewest words of a quote that, as the start of a heading, identify it (a quote may leave
    /// off the heading's last words).
    static let quotedHeadingPrefixWords = 5

    /// The provision among the charge's candidates and their predecessors and successors whose
    /// heading (any of its wordings, in either language) the quote around the charge name gives word
    /// for word, or starts with at least `quotedHeadingPrefixWords` words, with the quote's tokens; nil
    /// unless exactly one provision does.
    func quotedHeadingProvision(_ mention: Mention, context: Context) -> (provision: Provision, quote: Range<Int>)? {
        guard let (quoteRange, quote) = quotedWords(around: mention, context: context) else { return nil }
        var candidates: [ProvisionID] = []
        for id in mention.charges {
            for other in [id] + registry.predecessions(of: id).map(\.from) + registry.successions(from: id).compactMap(\.to)
            where !candidates.contains(other.withoutPart) { candidates.append(other.withoutPart) }
        }
        let matching = candidates.compactMap { registry.provision($0) }.filter { provision in
            headingWords.headings(of: provision).contains { words in
                words == quote || quote.count >= Self.quotedHeadingPrefixWords && words.starts(with: quote)
            }
        }
        return matching.count == 1 ? (matching[0], quoteRange) : nil
    }

    /// Every wording of a provision's heading, in either language, as folded words; kept for every
    /// later document and thread (the same few charges are quoted again and again).
    final class HeadingWordCache: @unchecked Sendable {
        private var headings: [ProvisionID: [[String]]] = [:]
        private let lock = NSLockLike()

        func headings(of provision: Provision) -> [[String]] {
            if let known = lock.withLock({ headings[provision.id] }) { return known }
            let computed = provision.titles.flatMap { [$0.text.ru, $0.text.en].compactMap { $0 } }.map { heading in
                Tokenizer.tokenize(heading).filter { $0.kind == .word }.map(\.folded)
            }
            lock.withLock { headings[provision.id] = computed }
            return computed
        }
    }

    /// The tokens between the quote marks that enclose a mention, within its sentence and
    /// `quotedHeadingReach` tokens either side, and their folded words; nil when no quote encloses it.
    func quotedWords(around mention: Mention, context: Context) -> (tokens: Range<Int>, words: [String])? {
        let tokens = context.tokens
        let sentence = context.sentences.ranges[mention.sentence]
        var open: Int?
        for k in stride(from: mention.tokens.lowerBound - 1, through: max(sentence.lowerBound, mention.tokens.lowerBound - Self.quotedHeadingReach), by: -1)
        where ReferenceFinder.isOpeningQuote(tokens, at: k) || ReferenceFinder.isClosingQuote(tokens, at: k) {
            open = ReferenceFinder.isOpeningQuote(tokens, at: k) ? k : nil
            break
        }
        guard let open else { return nil }
        var close: Int?
        for k in mention.tokens.upperBound..<min(sentence.upperBound, mention.tokens.upperBound + Self.quotedHeadingReach)
        where ReferenceFinder.isOpeningQuote(tokens, at: k) || ReferenceFinder.isClosingQuote(tokens, at: k) {
            close = ReferenceFinder.isClosingQuote(tokens, at: k) ? k : nil
            break
        }
        guard let close, close > open + 1 else { return nil }
        return ((open + 1)..<close, tokens[(open + 1)..<close].filter { $0.kind == .word }.map(\.folded))
    }
}
