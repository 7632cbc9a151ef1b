/// Whether a document is a treaty body's own (the Committee against Torture's concluding
/// observations): there an article named with no instrument ("in accordance with article 19 of the
/// Convention", «статьей 19 Конвенции») is the treaty's, not the Criminal Code's.
///
/// The signs are data (`documentPublishers` and `documentOpenings` of each lineage in
/// `Statutes/lineages.json`): the publisher the front matter names, or the words of the title and of
/// the text's opening. A submission *to* a committee is not the committee's document: its publisher
/// is the submitting organisation, and its title does not open with the committee's own words.
enum TreatyDocument {
    /// How many tokens of the text's opening are read.
    static let openingTokens = 150

    /// The lineage whose treaty body wrote the document, if the signs say so.
    static func lineage(of document: Document, tokens: [Token], grammar: CitationGrammar) -> String? {
        signs(of: document, tokens: tokens, publishers: grammar.documentPublishers, openings: grammar.documentOpenings)
    }

    /// The treaty outside the registry whose body wrote the document (`outsideTreatyDocuments` in
    /// `Statutes/language.json`: the Committee on the Rights of the Child's concluding observations),
    /// when no lineage of the registry's is; there an article named with no instrument is that
    /// treaty's, which the registry does not hold.
    static func outsideTreaty(of document: Document, tokens: [Token], grammar: CitationGrammar) -> String? {
        signs(of: document, tokens: tokens, publishers: grammar.outsideTreatyDocuments, openings: grammar.outsideTreatyDocuments)
    }

    /// The value of the first sign in the front matter's publisher, else in its title, else in the
    /// text's opening (`openingTokens`).
    static func signs(of document: Document, tokens: [Token], publishers: PatternIndex<String>, openings: PatternIndex<String>) -> String? {
        if let publisher = document.metadata.publisher, let value = first(publishers, in: Tokenizer.tokenize(publisher), limit: 60) { return value }
        if let title = document.metadata.title, let value = first(openings, in: Tokenizer.tokenize(title), limit: 60) { return value }
        return first(openings, in: tokens, limit: openingTokens)
    }

    /// The value of the first match in the first `limit` tokens.
    static func first(_ index: PatternIndex<String>, in tokens: [Token], limit: Int) -> String? {
        var k = 0
        while k < min(tokens.count, limit) {
            if let match = index.longestMatch(tokens, at: k) { return match.value }
            k += 1
        }
        return nil
    }
}
