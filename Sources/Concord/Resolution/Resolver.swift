/// Resolves mentions in time: picks the version each reference means, follows renumbering to the
/// provision in force on the document's date, and flags stale, draft, dubious and unknown citations.
public struct Resolver: Sendable {
    public let registry: Registry
    /// Each provision's topics, tokenized and folded once, with the stem key of every word.
    let topicWords: [ProvisionID: [[(word: String, key: UInt64)]]]
    /// For each lineage, the provisions by the stem key of their topics' first words.
    let topicIndex: [String: [UInt64: [ProvisionID]]]
    /// Every provision's heading words, to choose among a code's versions by subject.
    let subjects: SubjectIndex

    /// The registry's laws and their titles' words, for "article 26 of the law" with no law named.
    let lawTitles: LawTitles
    /// Provisions' headings as folded words, read when a quoted heading first needs them.
    let headingWords = HeadingWordCache()

    /// Creates a resolver over a registry.
    public init(registry: Registry, lawTitles: LawTitles? = nil) {
        self.registry = registry
        self.lawTitles = lawTitles ?? LawTitles(registry: registry)
        var topics: [ProvisionID: [[(word: String, key: UInt64)]]] = [:]
        var index: [String: [UInt64: [ProvisionID]]] = [:]
        for provision in registry.provisions {
            let parts: [[(word: String, key: UInt64)]] = provision.topics.map { Tokenizer.tokenize($0).map { (word: $0.folded, key: Self.stemKey($0.folded)) } }.filter { !$0.isEmpty }
            topics[provision.id] = parts
            let lineage = registry.works[provision.id.work]?.lineage ?? ""
            for part in parts where !(index[lineage]?[part[0].key]?.contains(provision.id) ?? false) {
                index[lineage, default: [:]][part[0].key, default: []].append(provision.id)
            }
        }
        topicWords = topics
        topicIndex = index
        subjects = SubjectIndex(registry: registry)
    }

    /// The context a document gives every mention.
    public struct Context {
        /// The document's date (nil when unknown).
        public var date: LegalDate?
        public var tokens: [Token]
        public var sentences: Sentences
        /// The treaty whose body wrote the document (`TreatyDocument`), when it is such a document.
        public var documentLineage: String?
        /// The treaty outside the registry whose body wrote the document, when it is such a document.
        public var documentOutsideTreaty: String?
        /// Numbered footnote markers the cleaner removed after a full stop ("the Covenant.4 However"),
        /// each at the index of the first token after it, in the text's order.
        public var removedFootnotes: [(token: Int, number: Int)]
        /// Answers already computed for this document (the same article is cited again and again).
        let memo = Memo()

        /// Creates a context.
        public init(date: LegalDate?, tokens: [Token], sentences: Sentences, documentLineage: String? = nil, documentOutsideTreaty: String? = nil,
                    removedFootnotes: [(token: Int, number: Int)] = []) {
            self.date = date
            self.removedFootnotes = removedFootnotes
            self.tokens = tokens
            self.sentences = sentences
            self.documentLineage = documentLineage
            self.documentOutsideTreaty = documentOutsideTreaty
        }
    }

    /// Per-document caches of registry answers.
    final class Memo {
        struct WorkKey: Hashable {
            var lineage: String, work: String?, latest: Bool, previous: Bool, draft: Bool, year: Int?, article: String, day: Int?
        }
        var works: [WorkKey: String] = [:]
        var missingWorks: Set<WorkKey> = []
        /// Whether a cited provision and what is in force for it rest on verified facts (all that
        /// `isVerified` reads; hashing the whole resolution, with its note, cost more than the check).
        var verified: [VerifiedKey: Bool] = [:]
        struct VerifiedKey: Hashable { var cited: ProvisionID?; var inForce: [ProvisionID] }
        /// A lineage's other versions that have an article (`otherVersions`).
        var otherVersions: [VersionsKey: [Work]] = [:]
        struct VersionsKey: Hashable { var lineage: String, article: String, chosen: String, day: Int? }
        /// The words of a sentence and their stem keys, for the topic check.
        var sentenceWords: [Int: (words: [String], keys: [UInt64])] = [:]
        /// The words of a long sentence's windows (`wordsAround`), by their blocks of tokens.
        var windowWords: [WindowKey: (words: [String], keys: [UInt64])] = [:]
        struct WindowKey: Hashable { var sentence: Int, first: Int, last: Int }
        /// Heading words of the provisions this document's citations were weighed against.
        var subjectWords: [ProvisionID: [(word: String, key: UInt64)]] = [:]
    }

    /// One resolution, before offsets and sentence text are attached.
    public struct Outcome: Sendable, Hashable {
        public var instrument: String?
        public var article: String?
        public var part: String?
        public var resolved: Citation.Resolution?
        public var flags: [Citation.Flag]
        public var confidence: Double
        /// False when the mention turned out not to be a separate reference (a charge name that only
        /// describes an article cited in the same sentence).
        public var keep = true
    }

    /// Resolves every mention; the result has one outcome per mention, in the same order.
    public func resolve(_ mentions: [Mention], context: Context) -> [Outcome] {
        var outcomes: [Outcome] = []
        let runs = Self.sentenceRuns(mentions)
        var dubiousSeen: [ProvisionID: ProvisionID] = [:]
        for (k, mention) in mentions.enumerated() {
            var outcome: Outcome
            switch mention.kind {
            case .anaphora where mention.antecedent.map({ $0 < outcomes.count && mentions[$0].kind == .chargeName }) == true:
                // Pointing back to a charge name: what that charge resolved to, or, when the charge
                // only described an article of its sentence ("Article 490 ... establishes liability
                // for violating the religion law. Cases under this article ..."), that article.
                let antecedent = mention.antecedent ?? 0
                outcome = outcomes[antecedent]
                if !outcome.keep, let described = stride(from: antecedent - 1, through: max(0, antecedent - 32), by: -1).first(where: {
                    mentions[$0].sentence == mentions[antecedent].sentence && mentions[$0].kind != .chargeName && outcomes[$0].keep && outcomes[$0].resolved?.cited != nil
                }) {
                    outcome = outcomes[described]
                    outcome.flags = outcome.flags.filter { $0 != .dubious }
                }
                outcome.keep = true
                outcome.confidence = 0.7
            case .explicit, .listMember, .rangeMember, .anaphora:
                // The other articles the same sentence cites (bounded: a sentence may be a list of thousands).
                let window = max(runs[k].lowerBound, k - 32)..<min(runs[k].upperBound, k + 33)
                let neighbours = window.filter { $0 != k }.compactMap { j -> (article: String, lineage: String)? in
                    guard let article = mentions[j].article, let lineage = mentions[j].instrument?.lineage else { return nil }
                    return (article, lineage)
                }
                // A list of one code's articles is of one version: a member follows the member before it
                // («статьями 311 ч.5, 176 ч.4, 307 ч.4 УК РК» of the 1997 Code in a 2015 text).
                let head = mention.kind == .listMember && k > 0 && mentions[k - 1].sentence == mention.sentence
                    && mentions[k - 1].kind != .chargeName && mentions[k - 1].instrument?.lineage == mention.instrument?.lineage
                    ? outcomes[k - 1].instrument.flatMap { registry.works[$0] } : nil
                outcome = resolveArticle(mention, context: context, neighbours: neighbours, listHead: head)
                if outcome.flags.contains(.unknownProvision), let work = outcome.instrument,
                   let reading = footnoteReading(mention, work: work, context: context) {
                    var shorter = mention
                    shorter.article = reading.article
                    outcome = resolveArticle(shorter, context: context, neighbours: neighbours, listHead: head)
                    let note = "\(work) has no article \(mention.article ?? ""): read as article \(reading.article) and the text's footnote \(reading.footnote)"
                    let earlier = outcome.resolved?.note
                    outcome.resolved?.note = earlier.map { "\(note); \($0)" } ?? note
                    outcome.confidence -= 0.1
                } else if isGluedFootnote(mention, context: context) {
                    // Not an article: the text's footnote number, glued to the comma after the article's.
                    outcome.keep = false
                }
            case .chargeName:
                outcome = resolveCharge(mention, index: k, mentions: mentions, outcomes: outcomes, context: context, sameSentence: runs[k])
            }
            // Stale unless the same sentence also cites what replaced it ("164 (now Article 174)").
            if outcome.flags.contains(.stale), let resolved = outcome.resolved,
               sentenceCites(resolved.inForce, in: runs[k], mentions: mentions, outcomes: outcomes, excluding: k, context: context) {
                outcome.flags.removeAll { $0 == .stale }
                outcome.resolved?.note = "historical reference: the same sentence cites its successor"
            }
            if mention.kind != .chargeName, let cited = outcome.resolved?.cited?.withoutPart {
                if let earlier = dubiousSeen[cited] {
                    outcome.flags.append(.dubious)
                    outcome.resolved?.suggestion = earlier
                    outcome.resolved?.note = "cited earlier in the document for the subject of \(earlier)"
                } else if let suggestion = dubiousSuggestion(for: cited, mention: mention, context: context) {
                    outcome.flags.append(.dubious)
                    outcome.resolved?.suggestion = suggestion
                    outcome.resolved?.note = "the text says it concerns the subject of \(suggestion), not that of \(cited)"
                    dubiousSeen[cited] = suggestion
                }
            }
            if let resolution = outcome.resolved { outcome.resolved?.verified = isVerified(resolution, on: referenceDay(context), memo: context.memo) }
            if context.date == nil { outcome.flags.append(.noDate) }
            if outcome.flags.contains(.dubious) { outcome.confidence -= 0.2 }
            if outcome.flags.contains(.unknownProvision) { outcome.confidence -= 0.1 }
            outcome.confidence = (max(0.05, min(1, outcome.confidence)) * 100).rounded() / 100
            outcome.flags = Array(Set(outcome.flags)).sorted()
            outcomes.append(outcome)
        }
        nameChargesInCitedVersion(mentions, &outcomes, context: context)
        nameChargesInEarlierCitedVersion(mentions, &outcomes, context: context)
        return outcomes
    }

    /// True when every registry fact behind a resolution is verified.
    func isVerified(_ resolution: Citation.Resolution, on day: Day?, memo: Memo) -> Bool {
        let key = Memo.VerifiedKey(cited: resolution.cited, inForce: resolution.inForce)
        if let known = memo.verified[key] { return known }
        let answer = isVerified(resolution, on: day)
        memo.verified[key] = answer
        return answer
    }

    func isVerified(_ resolution: Citation.Resolution, on day: Day?) -> Bool {
        guard let cited = resolution.cited else { return true }
        guard let record = registry.provision(cited) else { return true }
        if !record.provenance.verified { return false }
        let targets = Set(resolution.inForce.map(\.withoutPart))
        if targets.isEmpty || targets == [cited.withoutPart] { return true }
        let steps = registry.successions(from: cited).filter { step in day.map { step.effective.first <= $0 } ?? true }
        return steps.allSatisfy(\.provenance.verified)
    }

    // MARK: Articles

    func referenceDay(_ context: Context) -> Day? { context.date?.last }

    func resolveArticle(_ mention: Mention, context: Context, neighbours: [(article: String, lineage: String)] = [], listHead: Work? = nil) -> Outcome {
        guard let article = mention.article else {
            return Outcome(flags: [.unknownProvision], confidence: 0.2)
        }
        if let outside = mention.outsideInstrument, mention.instrument == nil {
            return Outcome(article: article, part: mention.part,
                           resolved: Citation.Resolution(cited: nil, inForce: [], asOf: context.date, note: "an article of an act the registry does not hold: \(outside)"),
                           flags: [.unknownProvision], confidence: 0.6)
        }
        let day = referenceDay(context)
        var confidence: Double
        switch (mention.kind, mention.instrument?.stated) {
        case (.anaphora, _): confidence = 0.75
        case (.explicit, true?): confidence = 0.95
        case (.listMember, true?), (.rangeMember, true?): confidence = 0.9
        case (_, false?): confidence = 0.75
        default: confidence = 0.4
        }
        var cue = mention.instrument
        if cue == nil, mention.bareLaw {
            // "Article 26 of the law", no law named: the registry's law whose title the words around
            // it use, else an act the text does not name (never the default code's article 26).
            guard let lineage = lawBySubject(mention, context: context) else {
                return Outcome(article: article, part: mention.part,
                               resolved: Citation.Resolution(cited: nil, inForce: [], asOf: context.date, note: "an article of a law the text does not name"),
                               flags: [.unknownProvision], confidence: 0.4)
            }
            var guess = Mention.InstrumentCue(lineage: lineage)
            guess.stated = false
            cue = guess
            confidence = min(confidence, 0.6)
        }
        if cue == nil, !mention.bareLaw, let treaty = context.documentOutsideTreaty {
            // A treaty body's own document, of a treaty outside the registry: the treaty's article.
            return Outcome(article: article, part: mention.part,
                           resolved: Citation.Resolution(cited: nil, inForce: [], asOf: context.date, note: "an article of an act the registry does not hold: \(treaty), whose body wrote the document"),
                           flags: [.unknownProvision], confidence: 0.5)
        }
        if cue == nil {
            // No instrument in the words or context: the number alone, if only one lineage has it.
            // Else the default lineage's (the Criminal Code, which reports cite most), at low confidence.
            // In a treaty body's own document, the treaty's when it has the number.
            let lineages = Set(registry.provisions(numbered: article).compactMap { registry.works[$0.id.work]?.lineage })
            // A number no lineage has is read as the default lineage's, so that it is reported as
            // missing from that code ("Art. 170-2" of the Criminal Code), not left without an act.
            let fallback = context.documentLineage.flatMap { lineages.contains($0) ? $0 : nil }
                ?? registry.defaultLineage.flatMap { lineages.contains($0) || lineages.isEmpty ? $0 : nil }
            if let lineage = lineages.count == 1 ? lineages.first : fallback {
                var guess = Mention.InstrumentCue(lineage: lineage)
                guess.stated = false
                cue = guess
                if lineages.count > 1 { confidence = min(confidence, lineage == context.documentLineage ? 0.6 : 0.35) }
            }
        }
        // A proceeding dated before the document ("sentenced in 2011 under article 164") was under
        // the version in force then, unless the words name a version.
        var eventDay: Day?
        if let cue, cue.work == nil, cue.year == nil, !cue.latest, !cue.previous, !cue.draft,
           let year = mention.eventYear, let d = day, year < d.components.year, let yearEnd = LegalDate("\(year)")?.last {
            eventDay = yearEnd
        }
        guard let cue, var work = chooseWork(cue, article: article, on: eventDay ?? day, memo: context.memo) else {
            return Outcome(article: article, part: mention.part, flags: [.unknownProvision], confidence: confidence)
        }
        if let other = versionBySubject(cue, article: article, chosen: work, mention: mention, context: context, neighbours: neighbours) {
            work = other
        } else if let listHead, listHead.id != work.id, listHead.lineage == cue.lineage, cue.work == nil, cue.year == nil,
                  registry.provision(ProvisionID(work: listHead.id, article: article)) != nil {
            work = listHead
        }
        let cited = ProvisionID(work: work.id, article: article, part: mention.part)
        var outcome = Outcome(instrument: work.id, article: article, part: mention.part, flags: [], confidence: confidence)
        guard let record = registry.provision(cited) else {
            outcome.flags.append(.unknownProvision)
            outcome.resolved = Citation.Resolution(cited: cited, inForce: [], asOf: context.date, note: "\(work.id) article \(article) is not in the registry")
            return outcome
        }
        var resolution = Citation.Resolution(cited: cited, inForce: [], asOf: context.date)
        if work.status == .draft {
            let enacted = registry.successions(from: record.id).filter { $0.type == .draftToEnacted }.compactMap(\.to)
            if enacted.contains(where: { $0.article != article }) {
                outcome.flags.append(.draftNumber)
            }
            resolution.inForce = day.map { registry.currentEquivalents(of: record.id, on: $0) }?.map { withPart($0, mention.part, from: record.id) } ?? []
            let names = enacted.map(\.description).joined(separator: ", ")
            resolution.note = enacted.isEmpty ? "number of a draft never in force" : "number of a draft never in force; enacted as \(names)"
        } else if let day {
            let documentDays = context.date.map(DayRange.init) ?? DayRange(day)
            let life = registry.life(of: record)
            let status = life?.status(on: documentDays) ?? .notInForce
            if status == .inForce {
                resolution.inForce = [cited]
            } else if let eventDay, let life, life.status(on: DayRange(eventDay)) == .inForce {
                // Historical, not stale: the events the sentence tells took place under this version.
                resolution.inForce = registry.currentEquivalents(of: record.id, on: day).map { withPart($0, mention.part, from: record.id) }
                resolution.note = "the sentence dates the proceeding to \(LegalDate(eventDay).year), when \(cited.withoutPart) applied"
                    + (resolution.inForce.isEmpty ? "" : "; now " + resolution.inForce.map(\.description).joined(separator: ", "))
            } else if status == .uncertain, let life {
                // Never a confident answer inside a window the registry cannot narrow.
                outcome.flags.append(.uncertain)
                let after = registry.currentEquivalents(of: record.id, on: documentDays.latest).map { withPart($0, mention.part, from: record.id) }
                resolution.inForce = [cited] + after.filter { $0.withoutPart != cited.withoutPart }
                let window = life.transition(near: documentDays).map { DateSpec($0).readable } ?? life.from.description
                resolution.note = "the document's date (\(context.date?.description ?? day.description)) falls within the window in which \(cited.withoutPart) came into force or ceased (\(window)); which applied is uncertain"
            } else if status == .notYetInForce, let life {
                resolution.note = "not yet in force on the document's date (in force from \(life.from))"
            } else {
                let current = registry.currentEquivalents(of: record.id, on: day).map { withPart($0, mention.part, from: record.id) }
                resolution.inForce = current
                if !current.isEmpty && !cue.previous {
                    outcome.flags.append(.stale)
                    resolution.note = "no longer in force on the document's date; now " + current.map(\.description).joined(separator: ", ")
                } else if current.isEmpty {
                    resolution.note = "no longer in force on the document's date, with no successor in force"
                }
            }
        }
        outcome.resolved = resolution
        return outcome
    }

    /// A part carries over a renumbering only when the article kept its structure, which the
    /// registry does not record: keep the part on the same provision, drop it on others.
    func withPart(_ id: ProvisionID, _ part: String?, from original: ProvisionID) -> ProvisionID {
        id.withoutPart == original.withoutPart ? ProvisionID(work: id.work, article: id.article, part: part) : id
    }

    /// The work a cue and an article number point to on a day.
    func chooseWork(_ cue: Mention.InstrumentCue, article: String, on day: Day?, memo: Memo) -> Work? {
        let key = Memo.WorkKey(lineage: cue.lineage, work: cue.work, latest: cue.latest, previous: cue.previous, draft: cue.draft,
                               year: cue.year, article: article, day: day?.ordinal)
        if let id = memo.works[key] { return registry.works[id] }
        if memo.missingWorks.contains(key) { return nil }
        let work = chooseWork(cue, article: article, on: day)
        if let work { memo.works[key] = work.id } else { memo.missingWorks.insert(key) }
        return work
    }

    func chooseWork(_ cue: Mention.InstrumentCue, article: String, on day: Day?) -> Work? {
        let works = registry.works(inLineage: cue.lineage)
        guard !works.isEmpty else { return nil }
        if let id = cue.work, let work = registry.works[id] { return work }
        let known = works.filter { work in day.map { (work.firstKnownDay ?? $0) <= $0 } ?? true }
        func has(_ work: Work) -> Bool { registry.provision(ProvisionID(work: work.id, article: article)) != nil }
        if cue.draft {
            return known.last { $0.status == .draft } ?? works.last { $0.status == .draft }
        }
        if let year = cue.year {
            let matching = works.filter { $0.adopted?.year == year || $0.inForceFrom?.year == year }
            if let work = matching.last(where: { $0.status == .enacted }) ?? matching.last { return work }
        }
        if cue.latest { return known.last ?? works.last }
        if cue.previous {
            let enacted = known.filter { $0.status == .enacted }
            return enacted.count >= 2 ? enacted[enacted.count - 2] : enacted.first
        }
        guard let day else {
            return works.last { $0.status == .enacted && has($0) } ?? works.last { $0.status == .enacted }
        }
        if let current = registry.workInForce(lineage: cue.lineage, on: day) {
            if has(current) { return current }
            // The number is not in the current version: an earlier version's number (a stale
            // citation) or a later one's.
            if let earlier = known.last(where: { $0.status == .enacted && $0.id != current.id && has($0) && ($0.lastDay.map { $0 < day } ?? false) }) {
                return earlier
            }
            if let later = works.first(where: { $0.status == .enacted && has($0) && ($0.inForceFrom.map { $0.first > day } ?? false) }) {
                return later
            }
            return current
        }
        return known.last { $0.status == .enacted } ?? works.first
    }

    // MARK: Charge names

    /// For each mention, the indices of the mentions in its sentence (mentions are in text order,
    /// so each sentence's mentions form one run), computed in one pass.
    static func sentenceRuns(_ mentions: [Mention]) -> [Range<Int>] {
        var runs = [Range<Int>](repeating: 0..<0, count: mentions.count)
        var start = 0
        for k in 0...mentions.count where k == mentions.count || mentions[k].sentence != mentions[start].sentence {
            for j in start..<k { runs[j] = start..<k }
            start = k
        }
        return runs
    }

    func sentenceCites(_ provisions: [ProvisionID], in sameSentence: Range<Int>, mentions: [Mention], outcomes: [Outcome], excluding k: Int, context: Context) -> Bool {
        guard !provisions.isEmpty else { return false }
        let targets = Set(provisions.map(\.withoutPart))
        // Bounded: a sentence that is a list of thousands of articles is not searched whole for each member.
        let window = max(sameSentence.lowerBound, k - 32)..<min(sameSentence.upperBound, k + 33)
        for j in window where j != k && mentions[j].kind != .chargeName {
            let other = mentions[j]
            if let cited = (j < outcomes.count ? outcomes[j].resolved?.cited : nil) ?? other.article.flatMap({ a in other.instrument.flatMap { cue in chooseWork(cue, article: a, on: referenceDay(context), memo: context.memo) }.map { ProvisionID(work: $0.id, article: a) } }),
               targets.contains(cited.withoutPart) {
                return true
            }
        }
        return false
    }
}

