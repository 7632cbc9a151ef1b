/// A provision as a person types it, read leniently: `174`, `art. 174`, `Article 174(2)`,
/// `cc2014 174`, `CC-1997 art. 164`, `ст. 174 УК`, `kz.cc.1997:317-1`.
public struct ProvisionQuery: Sendable, Hashable {
    /// The article number asked for.
    public var article: String
    /// The part asked for, if any.
    public var part: String?
    /// The lineage named, if any.
    public var lineage: String?
    /// The work named (by identifier or a work-specific name), if any.
    public var work: String?
    /// A year named ("cc2014", "1997 Criminal Code"), if any.
    public var year: Int?
    /// True when the query asks for a draft.
    public var draft: Bool

    /// The answer to a query.
    public enum Answer: Sendable, Hashable {
        case provision(ProvisionID)
        case ambiguous([ProvisionID])
        case unknown(nearest: [ProvisionID])
        /// The text is not a provision reference; the message says what is wrong and the forms that work.
        case malformed(String)
    }

    /// How to write a query, for messages about one that does not parse.
    public static let forms = "write it as 174, art. 174(2), cc2014 174, CC-1997 art. 164, ст. 174 УК, ч. 2 ст. 434 КоАП or kz.cc.2014:174"

    /// Reads a query; nil when it holds no article number or does not parse (see `parse`).
    public init?(_ text: String, registry: Registry) {
        guard case .success(let query) = Self.parse(text, registry: registry) else { return nil }
        self = query
    }

    /// Reads a query, or says why it is not one: every word must be a marker, a name of an
    /// instrument, a qualifier, a number or punctuation of a reference, so that `1e3`, `174 164` or
    /// `kz..:1` are refused rather than read as something else.
    public static func parse(_ text: String, registry: Registry) -> Result<ProvisionQuery, QueryError> {
        let trimmed = text.trimmingSpaces
        if trimmed.contains(":") {
            guard let id = ProvisionID(trimmed), registry.works[id.work] != nil else {
                let work = trimmed.split(separator: ":").first.map(String.init) ?? ""
                let known = registry.works[work] == nil && ProvisionID.isWorkID(work) ? "; no work '\(work)' is known" : ""
                return .failure(QueryError(message: Diagnostic.oneLine("'\(trimmed)' is not a provision identifier (work:article, such as kz.cc.2014:174)\(known)")))
            }
            return .success(ProvisionQuery(article: id.article, part: id.part, lineage: registry.works[id.work]?.lineage, work: id.work,
                                           year: nil, draft: registry.works[id.work]?.status == .draft))
        }
        let tokens = Tokenizer.tokenize(trimmed)
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        let partMarkers = PatternIndex<Bool>(rules.flatMap(\.partMarkers))
        let draftWords = PatternIndex<Bool>(rules.flatMap(\.draftQualifiers))
        var words: [String] = []
        for rule in rules {
            words += rule.articleMarkers
            words += rule.articlePluralMarkers
            words += rule.instrumentLinkers
            words += rule.instrumentFillers
            words += rule.latestQualifiers
            words += rule.previousQualifiers
            words += rule.numberMarkers
        }
        let allowed = PatternIndex<Bool>(words)
        let names = registry.instrumentNameIndex()
        let workYears = Set(registry.works.values.compactMap { $0.adopted?.year } + registry.works.values.compactMap { $0.inForceFrom?.year })
        func refuse(_ why: String) -> Result<ProvisionQuery, QueryError> {
            .failure(QueryError(message: Diagnostic.oneLine("'\(trimmed)' is not a provision reference: \(why); \(forms)")))
        }

        var article: String?, part: String?, lineage: String?, work: String?, year: Int?, draft = false
        var i = 0
        var expectPart = false
        while i < tokens.count {
            let token = tokens[i]
            if let match = names.longestMatch(tokens, at: i) {
                lineage = match.value.lineage
                work = match.value.work ?? work
                i = match.end
                continue
            }
            if let match = draftWords.longestMatch(tokens, at: i) { draft = true; i = match.end; continue }
            if let match = partMarkers.longestMatch(tokens, at: i) { expectPart = true; i = match.end; continue }
            if token.kind == .word, ProvisionID.isWorkID(token.folded), registry.works[token.folded] != nil {
                work = token.folded
                i += 1
                continue
            }
            if let match = allowed.longestMatch(tokens, at: i) { i = match.end; continue }
            if token.kind == .word { return refuse("'\(token.folded)' is not part of a reference") }
            if token.kind == .number {
                // A number glued to letters ("1e3") is not an article number.
                if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word {
                    var glued = token.folded
                    var k = i + 1
                    while k < tokens.count, !tokens[k].spaceBefore { glued += tokens[k].folded; k += 1 }
                    return refuse("'\(glued)' is not a number")
                }
                // A four-digit number that is a year of a known work is a version, not an article.
                if token.folded.count == 4, let y = Int(token.folded), workYears.contains(y) {
                    year = y; i += 1; continue
                }
                var number = token.folded
                var j = i + 1
                while j + 1 < tokens.count, tokens[j].folded == "-", !tokens[j].spaceBefore, tokens[j + 1].kind == .number, !tokens[j + 1].spaceBefore {
                    number += "-" + tokens[j + 1].folded
                    j += 2
                }
                if expectPart && part == nil {
                    part = number; expectPart = false
                } else if article == nil {
                    article = number
                    if j + 2 < tokens.count, tokens[j].folded == "(", tokens[j + 2].folded == ")", tokens[j + 1].kind == .number {
                        part = tokens[j + 1].folded
                        j += 3
                    }
                } else {
                    return refuse("it names more than one article (\(article ?? "") and \(number))")
                }
                i = j
                continue
            }
            // Punctuation of a reference: dots, commas, dashes between words, brackets around a part.
            if [".", ",", "-", "–", "(", ")", "№", "#"].contains(token.folded) {
                if i == 0 && token.folded == "-" { return refuse("it starts with '-'") }
                i += 1
                continue
            }
            return refuse("'\(token.folded)' is not part of a reference")
        }
        guard let article else { return refuse("it names no article number") }
        return .success(ProvisionQuery(article: article, part: part, lineage: lineage, work: work, year: year, draft: draft))
    }

    /// Creates a query from its parts.
    public init(article: String, part: String?, lineage: String?, work: String?, year: Int?, draft: Bool) {
        self.article = article
        self.part = part
        self.lineage = lineage
        self.work = work
        self.year = year
        self.draft = draft
    }

    /// The provisions this query may denote.
    public func answer(in registry: Registry) -> Answer {
        var candidates = registry.provisions(numbered: article).map(\.id)
        if let work { candidates = candidates.filter { $0.work == work } }
        if let lineage { candidates = candidates.filter { registry.works[$0.work]?.lineage == lineage } }
        if let year {
            candidates = candidates.filter { id in
                guard let w = registry.works[id.work] else { return false }
                return w.adopted?.year == year || w.inForceFrom?.year == year || w.id.hasSuffix(".\(year)")
            }
        }
        // A bare number means the default lineage's (the Criminal Code's) article: of the version whose
        // article reports cite, else of the newest version; the others are alternatives (`alternatives(to:in:)`).
        if lineage == nil && work == nil && !draft {
            let inDefault = candidates.filter { registry.works[$0.work]?.lineage == registry.defaultLineage }
            if !inDefault.isEmpty { candidates = inDefault }
        }
        if work == nil, year == nil, !draft, Set(candidates.map { registry.works[$0.work]?.lineage }).count == 1 {
            // Among a code's versions: the one whose article reports cite (the registry keeps charge
            // names and topics for those), else the newest.
            var enacted = candidates.filter { registry.works[$0.work]?.status == .enacted }
            let cited = enacted.filter { id in registry.provision(id).map { !$0.charges.isEmpty || !$0.topics.isEmpty } ?? false }
            if cited.count == 1 { enacted = cited }
            let newest = enacted.max { (registry.works[$0.work]?.firstKnownDay ?? Day(ordinal: .min)) < (registry.works[$1.work]?.firstKnownDay ?? Day(ordinal: .min)) }
            if let newest { candidates = [newest] }
        }
        // Drafts only when asked for, or when nothing else fits.
        let drafts = candidates.filter { registry.works[$0.work]?.status == .draft }
        let enacted = candidates.filter { registry.works[$0.work]?.status != .draft }
        candidates = draft ? (drafts.isEmpty ? enacted : drafts) : (enacted.isEmpty ? drafts : enacted)
        var unique: [ProvisionID] = []
        for id in candidates.sorted() where !unique.contains(id) { unique.append(id) }
        let withPart = unique.map { ProvisionID(work: $0.work, article: $0.article, part: part) }
        switch withPart.count {
        case 1: return .provision(withPart[0])
        case 0: return .unknown(nearest: registry.nearest(article: article, lineage: lineage ?? work.flatMap { registry.works[$0]?.lineage }))
        default: return .ambiguous(withPart)
        }
    }

    /// The other provisions the same number denotes (in other works and lineages), for "also numbered".
    public func alternatives(to id: ProvisionID, in registry: Registry) -> [ProvisionID] {
        registry.provisions(numbered: article).map(\.id).filter { $0 != id.withoutPart && registry.works[$0.work]?.status == .enacted }.sorted()
    }

    /// Reads and answers a query in one step; text without an article number answers `.unknown`.
    public static func resolve(_ text: String, in registry: Registry) -> Answer {
        switch parse(text, registry: registry) {
        case .success(let query): return query.answer(in: registry)
        case .failure(let error): return .malformed(error.message)
        }
    }
}

/// Why a text is not a provision query.
public struct QueryError: Error, Sendable, Hashable {
    public var message: String
}

extension PatternIndex where Value == Bool {
    /// An index of patterns that only need recognising.
    init(_ patterns: [String]) {
        self.init()
        for text in patterns { if let p = WordPattern(text) { add(p, true) } }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (including no-break spaces).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
