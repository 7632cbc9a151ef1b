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
    }

    /// Reads a query; nil when it holds no article number.
    public init?(_ text: String, registry: Registry) {
        let trimmed = text.trimmingSpaces
        if let id = ProvisionID(trimmed), registry.works[id.work] != nil {
            article = id.article; part = id.part; work = id.work; lineage = registry.works[id.work]?.lineage
            draft = registry.works[id.work]?.status == .draft
            return
        }
        let tokens = Tokenizer.tokenize(trimmed)
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        let partMarkers = PatternIndex<Bool>(rules.flatMap(\.partMarkers))
        let draftWords = PatternIndex<Bool>(rules.flatMap(\.draftQualifiers))
        let names = registry.instrumentNameIndex()
        let workYears = Set(registry.works.values.compactMap { $0.adopted?.year } + registry.works.values.compactMap { $0.inForceFrom?.year })

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
            }
            if token.kind == .number {
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
                } else if part == nil {
                    part = number
                }
                i = j
                continue
            }
            i += 1
        }
        guard let article else { return nil }
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
        guard let query = ProvisionQuery(text, registry: registry) else { return .unknown(nearest: []) }
        return query.answer(in: registry)
    }
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
