/// The registry's names, charges and citation words compiled into indexes, built once and shared
/// by every document. A class: it is large, and the finder reads it at every token; a value would be
/// copied, with every index in it retained, wherever the compiler cannot prove a borrow is enough.
public final class CitationGrammar: Sendable {
    /// What an article marker introduces.
    public enum Marker: Sendable, Hashable {
        case singular, plural
    }

    let articleMarkers: PatternIndex<Marker>
    let weakArticleMarkers: PatternIndex<Marker>
    let partMarkers: PatternIndex<Bool>
    /// Words between an article word and its number ("No.", «№»).
    let numberMarkers: PatternIndex<Bool>
    /// Words from articles of a named act to their numbers ("including", "one of which was").
    let numberLeads: PatternIndex<Bool>
    let listConnectors: PatternIndex<Bool>
    let rangeConnectors: PatternIndex<Bool>
    let linkers: PatternIndex<Bool>
    let fillers: PatternIndex<Bool>
    let latest: PatternIndex<Bool>
    let previous: PatternIndex<Bool>
    let draft: PatternIndex<Bool>
    let anaphora: PatternIndex<Bool>
    /// «её» of «в её первой части»: a part of the article last cited follows as an ordinal.
    let partAnaphoraLeads: PatternIndex<Bool>
    /// Ordinal words of parts, with the part's number.
    let partOrdinals: PatternIndex<String>
    /// Nouns and links of «по второму из этих обвинений» (`ordinalAnaphoraNouns`, `ordinalAnaphoraLinks`).
    let ordinalAnaphoraNouns: PatternIndex<Bool>
    let ordinalAnaphoraLinks: PatternIndex<Bool>
    /// The tokens a part named by an ordinal may start with: a lead or an ordinal.
    let partAnaphoraStart: TokenFilter
    let chargeBlockers: PatternIndex<Bool>
    let periodMarkers: PatternIndex<Bool>
    /// Words of a proceeding (charged, sentenced; осужден): with a year, they date the events a citation is about.
    let proceedings: PatternIndex<Bool>
    let months: [String: Int]
    let names: PatternIndex<InstrumentName>
    let charges: PatternIndex<[ProvisionID]>
    /// Bare offence words (`?libel` in the data) that are a charge only after a charge cue.
    let weakCharges: PatternIndex<[ProvisionID]>
    let chargeCues: PatternIndex<Bool>
    /// "the" between a cue and an offence (`chargeDeterminers`).
    let chargeDeterminers: PatternIndex<Bool>
    /// "on an especially large scale" after a charge name (`chargeQualifiers`).
    let chargeQualifiers: PatternIndex<Bool>
    /// "remains a criminal offence" after a bare offence word (`postChargeCues`).
    let postChargeCues: PatternIndex<Bool>
    /// Charge names derived from offence headings that need a charge cue (`HeadingCharges`).
    let derivedCharges: PatternIndex<[ProvisionID]>
    /// Long charge names derived from offence headings: after any charge cue or an opening quote.
    let quotedCharges: PatternIndex<[ProvisionID]>
    /// Offences named in the author's words after a cue, by their headings' words.
    let headingMatcher: HeadingMatcher
    /// Charge cues too bare for a derived name ("for", «в»): "impunity for torture" names no charge.
    let bareCues: PatternIndex<Bool>
    /// Ordinal endings after a number ("я", "й"), folded.
    let ordinalSuffixes: Set<String>
    /// Article words a bare number may stand before («по 174 статье»).
    let numberFirstMarkers: PatternIndex<Bool>
    let instrumentNouns: PatternIndex<Bool>
    /// Nouns of a law ("law", «закон»), and the registry's laws with their titles' words.
    let lawNouns: PatternIndex<Bool>
    /// Words of reform before an offence's name ("decriminalise", «отмена»).
    let reformWords: PatternIndex<Bool>
    /// Words of crime and its investigation, which license a list of short offence names.
    let offenceContext: PatternIndex<Bool>
    let organisationNames: PatternIndex<Bool>
    let organisationLeads: PatternIndex<Bool>
    let organisationFollowers: PatternIndex<Bool>
    public let lawTitles: LawTitles
    /// The works that are drafts, never in force.
    let draftWorks: Set<String>
    /// "these articles": anaphora to every reference of the last sentences with any.
    let pluralAnaphora: PatternIndex<Bool>
    /// Abbreviations of acts outside the registry («ТК» → "Labour Code").
    let outsideActAbbreviations: PatternIndex<String>
    /// Signs of a document by the body of a treaty outside the registry, to the treaty's name.
    let outsideTreatyDocuments: PatternIndex<String>
    let instrumentNameLinks: PatternIndex<Bool>
    /// Other states' names after a code's name, which make the act theirs.
    let foreignJurisdictions: PatternIndex<Bool>
    let administrativeCues: PatternIndex<Bool>
    let criminalCues: PatternIndex<Bool>
    /// Article numbers with a hyphen that exist somewhere ("317-1"), to tell them from ranges.
    let hyphenatedArticles: Set<String>
    /// Years in which a work of a lineage was adopted or entered into force.
    let workYears: Set<Int>
    /// Publishers, and the opening words, of a treaty body's own documents, with the treaty's lineage.
    let documentPublishers: PatternIndex<String>
    let documentOpenings: PatternIndex<String>
    /// The tokens any reference can start with: the finder skips every other token at the cost of one
    /// bit test (derived charge names are tried only after a cue, a quote or another charge).
    let anyStart: TokenFilter
    /// The same patterns' first tokens with the tokens after them: the finder's second, closer test.
    let startGate: StartGate

    /// True for the reference path: every pattern tried at every token, no filters.
    public let exhaustive: Bool

    /// Compiles the grammar of a registry. `exhaustive` builds the slow reference path.
    public init(registry: Registry, exhaustive: Bool = false) {
        self.exhaustive = exhaustive
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        func index(_ path: KeyPath<LanguageRules, [String]>) -> PatternIndex<Bool> {
            var index = PatternIndex<Bool>(rules.flatMap { $0[keyPath: path] })
            index.exhaustive = exhaustive
            return index
        }
        var markers = PatternIndex<Marker>()
        var weak = PatternIndex<Marker>()
        for r in rules {
            for m in r.articleMarkers { if let p = WordPattern(m) { markers.add(p, .singular) } }
            for m in r.articlePluralMarkers { if let p = WordPattern(m) { markers.add(p, .plural) } }
            for m in r.weakArticleMarkers { if let p = WordPattern(m) { weak.add(p, .singular) } }
            for m in r.weakArticlePluralMarkers { if let p = WordPattern(m) { weak.add(p, .plural) } }
        }
        markers.exhaustive = exhaustive
        weak.exhaustive = exhaustive
        articleMarkers = markers
        weakArticleMarkers = weak
        partMarkers = index(\.partMarkers)
        numberMarkers = index(\.numberMarkers)
        numberLeads = index(\.numberLeads)
        listConnectors = index(\.listConnectors)
        rangeConnectors = index(\.rangeConnectors)
        linkers = index(\.instrumentLinkers)
        fillers = index(\.instrumentFillers)
        latest = index(\.latestQualifiers)
        previous = index(\.previousQualifiers)
        draft = index(\.draftQualifiers)
        // The value says whether the anaphora reaches far back (`farAnaphora`).
        var anaphora = PatternIndex<Bool>()
        for r in rules {
            for m in r.anaphora { if let p = WordPattern(m) { anaphora.add(p, false) } }
            for m in r.farAnaphora { if let p = WordPattern(m) { anaphora.add(p, true) } }
        }
        anaphora.exhaustive = exhaustive
        self.anaphora = anaphora
        pluralAnaphora = index(\.pluralAnaphora)
        chargeBlockers = index(\.chargeBlockers)
        partAnaphoraLeads = index(\.partAnaphoraLeads)
        ordinalAnaphoraNouns = index(\.ordinalAnaphoraNouns)
        ordinalAnaphoraLinks = index(\.ordinalAnaphoraLinks)
        // Named groups of patterns: each pattern's value is its group's name.
        func groupIndex(_ path: KeyPath<LanguageRules, [String: [String]]>) -> PatternIndex<String> {
            var index = PatternIndex<String>()
            for r in rules {
                for (name, words) in r[keyPath: path].sorted(by: { $0.key < $1.key }) {
                    for word in words { if let p = WordPattern(word) { index.add(p, name) } }
                }
            }
            index.exhaustive = exhaustive
            return index
        }
        let ordinals = groupIndex(\.partOrdinals)
        partOrdinals = ordinals
        outsideActAbbreviations = groupIndex(\.outsideActAbbreviations)
        outsideTreatyDocuments = groupIndex(\.outsideTreatyDocuments)
        var partStart = partAnaphoraLeads.filter
        partStart.formUnion(ordinals.filter)
        partAnaphoraStart = partStart
        periodMarkers = index(\.periodMarkers)
        proceedings = index(\.proceedingWords)
        var months: [String: Int] = [:]
        for r in rules {
            for (i, names) in r.months.enumerated() { for name in names { months[Tokenizer.fold(name)] = i + 1 } }
        }
        self.months = months
        var names = registry.instrumentNameIndex()
        names.exhaustive = exhaustive
        self.names = names
        // Patterns by their bytes (hashing Cyrillic strings normalises them, which thousands of
        // derived names make slow), in the order first seen.
        var entryOf: [[UInt8]: Int] = [:]
        var entries: [(pattern: String, ids: [ProvisionID])] = []
        func add(_ pattern: String, _ id: ProvisionID) {
            let key = Array(pattern.utf8)
            if let k = entryOf[key] {
                if !entries[k].ids.contains(id) { entries[k].ids.append(id) }
            } else {
                entryOf[key] = entries.count
                entries.append((pattern, [id]))
            }
        }
        // The data set's table of derived names when it was derived from these headings and rules.
        let derived = registry.derivedCharges.flatMap { $0.source == DerivedChargeTable.digest(registry) ? $0.derived(for: registry) : nil }
            ?? HeadingCharges.deriveAll(registry: registry, rules: rules)
        for (k, provision) in registry.provisions.enumerated() {
            let written = provision.charges.keys.sorted().flatMap { provision.charges[$0] ?? [] }
            for pattern in written { add(pattern, provision.id) }
            // Derived names are kept apart: a short one needs a proceeding's cue (not a bare
            // "for"), a long one a cue or an opening quote («по статье «Кража»»).
            for pattern in derived.patterns[k] where !written.contains(pattern) { add("derived:" + pattern, provision.id) }
        }
        var charges = PatternIndex<[ProvisionID]>()
        var weakCharges = PatternIndex<[ProvisionID]>()
        var derivedCharges = PatternIndex<[ProvisionID]>()
        var quotedCharges = PatternIndex<[ProvisionID]>()
        quotedCharges.exhaustive = exhaustive
        charges.exhaustive = exhaustive
        weakCharges.exhaustive = exhaustive
        derivedCharges.exhaustive = exhaustive
        for (pattern, ids) in entries {
            if pattern.hasPrefix("derived:?") {
                if let p = WordPattern(String(pattern.dropFirst("derived:?".count))) { derivedCharges.add(p, ids) }
            } else if pattern.hasPrefix("derived:") {
                if let p = WordPattern(String(pattern.dropFirst("derived:".count))) { quotedCharges.add(p, ids) }
            } else if pattern.hasPrefix("?") {
                if let p = WordPattern(String(pattern.dropFirst())) { weakCharges.add(p, ids) }
            } else if let p = WordPattern(pattern) {
                charges.add(p, ids)
            }
        }
        self.charges = charges
        self.weakCharges = weakCharges
        self.derivedCharges = derivedCharges
        self.quotedCharges = quotedCharges
        chargeCues = index(\.chargeCues)
        chargeDeterminers = index(\.chargeDeterminers)
        chargeQualifiers = index(\.chargeQualifiers)
        postChargeCues = index(\.postChargeCues)
        var bare = PatternIndex<Bool>(rules.flatMap { $0.headingCharges["bareCues"] ?? [] })
        bare.exhaustive = exhaustive
        bareCues = bare
        headingMatcher = HeadingMatcher(configs: derived.configs, clauses: derived.clauses)
        ordinalSuffixes = Set(rules.flatMap(\.ordinalSuffixes).map(Tokenizer.fold))
        numberFirstMarkers = index(\.numberFirstMarkers)
        instrumentNouns = index(\.instrumentNouns)
        lawNouns = index(\.lawNouns)
        reformWords = index(\.reformWords)
        offenceContext = index(\.offenceContext)
        organisationNames = index(\.organisationNames)
        organisationLeads = index(\.organisationLeads)
        organisationFollowers = index(\.organisationFollowers)
        lawTitles = LawTitles(registry: registry)
        draftWorks = Set(registry.works.values.filter { $0.status == .draft }.map(\.id))
        instrumentNameLinks = index(\.instrumentNameLinks)
        foreignJurisdictions = index(\.foreignJurisdictions)
        administrativeCues = index(\.administrativeCues)
        criminalCues = index(\.criminalCues)

        var publishers = PatternIndex<String>()
        var openings = PatternIndex<String>()
        for lineage in registry.lineages.values.sorted(by: { $0.id < $1.id }) {
            for pattern in lineage.documentPublishers.values.joined() { if let p = WordPattern(pattern) { publishers.add(p, lineage.id) } }
            for pattern in lineage.documentOpenings.values.joined() { if let p = WordPattern(pattern) { openings.add(p, lineage.id) } }
        }
        documentPublishers = publishers
        documentOpenings = openings
        hyphenatedArticles = Set(registry.provisions.map(\.id.article).filter { $0.utf8.contains(UInt8(ascii: "-")) })
        workYears = Set(registry.works.values.flatMap { [$0.adopted?.year, $0.inForceFrom?.year].compactMap { $0 } })
        var any = TokenFilter()
        for filter in [articleMarkers.filter, weakArticleMarkers.filter, partMarkers.filter, anaphora.filter, pluralAnaphora.filter, partAnaphoraLeads.filter, partOrdinals.filter, chargeBlockers.filter, charges.filter, weakCharges.filter, chargeCues.filter, names.filter] {
            any.formUnion(filter)
        }
        anyStart = any
        startGate = StartGate([articleMarkers.startTests, weakArticleMarkers.startTests, partMarkers.startTests, anaphora.startTests,
                               pluralAnaphora.startTests, partAnaphoraLeads.startTests, partOrdinals.startTests, chargeBlockers.startTests,
                               charges.startTests, weakCharges.startTests, chargeCues.startTests, names.startTests])
    }
}
