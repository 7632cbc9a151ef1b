/// What a document as a whole tells the resolver: the law "the law" means, and the code version
/// whose terms its charge names use.
extension Resolver {
    /// The law whose title shares at least two words with the sentence of a mention and the sentences
    /// either side of it (each read within a bounded window), when exactly one law does best.
    func lawBySubject(_ mention: Mention, context: Context) -> String? {
        var words: [String] = []
        for s in max(0, mention.sentence - 1)...min(context.sentences.ranges.count - 1, mention.sentence + 1) {
            let sentence = context.sentences.ranges[s]
            let window = s == mention.sentence
                ? max(sentence.lowerBound, mention.tokens.lowerBound - 40)..<min(sentence.upperBound, mention.tokens.upperBound + 40)
                : (s < mention.sentence ? max(sentence.lowerBound, sentence.upperBound - 40)..<sentence.upperBound : sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 40))
            words += context.tokens[window].filter { $0.kind == .word && HeadingMatcher.letters($0.folded) >= 5 }.map(\.folded)
        }
        let keys = words.map(Self.stemKey)
        var best: (lineage: String, score: Int)?
        var tie = false
        for (lineage, title) in lawTitles.words.sorted(by: { $0.key < $1.key }) {
            let score = title.filter { word in
                let key = Self.stemKey(word)
                return keys.indices.contains { keys[$0] == key && Self.sameWord(words[$0], word) }
            }.count
            guard score >= 2 else { continue }
            if let current = best, current.score == score { tie = true } else if best.map({ score > $0.score }) ?? true { best = (lineage, score); tie = false }
        }
        return tie ? nil : best?.lineage
    }

    /// A document that cites a code only in a version adopted but not yet in force on its date (a
    /// 2014 report on the new Criminal Code, citing its Article 174) names that code's offences in the
    /// new version's terms too: its charge names resolve to the new version's articles.
    func nameChargesInCitedVersion(_ mentions: [Mention], _ outcomes: inout [Outcome], context: Context) {
        guard let day = referenceDay(context) else { return }
        // Most days fall in no such window: nothing to do.
        var pending: [String: LegalDate] = [:] // work adopted by the day, not yet in force → in force from
        for work in registry.works.values where work.status == .enacted && (work.adopted?.last).map({ $0 <= day }) == true {
            if let from = work.inForceFrom, from.first > day { pending[work.id] = from }
        }
        guard !pending.isEmpty else { return }
        var cited: [String: Set<String>] = [:] // lineage → works its articles are cited in
        for (mention, outcome) in zip(mentions, outcomes) where mention.kind != .chargeName && mention.kind != .anaphora && outcome.keep {
            guard let work = outcome.resolved?.cited?.work, let lineage = registry.works[work]?.lineage else { continue }
            cited[lineage, default: []].insert(work)
        }
        for k in outcomes.indices where mentions[k].kind == .chargeName && outcomes[k].keep {
            guard let current = outcomes[k].resolved?.cited, let lineage = registry.works[current.work]?.lineage,
                  let works = cited[lineage], works.count == 1, let newer = works.first, newer != current.work, let from = pending[newer],
                  let id = mentions[k].charges.first(where: { $0.work == newer }), let provision = registry.provision(id) else { continue }
            var outcome = chargeOutcome(provision, day: day, context: context,
                                        note: "named in the terms of \(newer), the version the document cites (adopted, in force from \(from))", confidence: 0.6)
            if let resolution = outcome.resolved { outcome.resolved?.verified = isVerified(resolution, on: day, memo: context.memo) }
            if context.date == nil { outcome.flags.append(.noDate) }
            outcomes[k] = outcome
        }
    }

    /// A document that cites a code by number only in an earlier version (a 2015 news item on a case
    /// under the 1997 Criminal Code, «статьями 311 ч.5, 176 ч.4, 307 ч.4 УК РК») names the case's
    /// offences in that version's terms too: a charge name resolved to the later version resolves to
    /// the earlier version's article when the document cites that article by number, or when it cites
    /// the code at least twice and only in the earlier version and that version has the offence.
    func nameChargesInEarlierCitedVersion(_ mentions: [Mention], _ outcomes: inout [Outcome], context: Context) {
        guard let day = referenceDay(context) else { return }
        var cited: [String: Set<String>] = [:] // lineage → works its articles are cited in by number
        var citedArticles: Set<ProvisionID> = []
        var count: [String: Int] = [:]
        for (mention, outcome) in zip(mentions, outcomes) where mention.kind != .chargeName && mention.kind != .anaphora && outcome.keep {
            guard let id = outcome.resolved?.cited, let lineage = registry.works[id.work]?.lineage else { continue }
            cited[lineage, default: []].insert(id.work)
            citedArticles.insert(id.withoutPart)
            count[lineage, default: 0] += 1
        }
        guard !cited.isEmpty else { return }
        for k in outcomes.indices where mentions[k].kind == .chargeName && outcomes[k].keep {
            guard let current = outcomes[k].resolved?.cited, let work = registry.works[current.work],
                  let works = cited[work.lineage], works.count == 1, let earlier = works.first, earlier != current.work,
                  let earlierWork = registry.works[earlier], earlierWork.status == .enacted,
                  let earlierEnd = earlierWork.lastDay, work.inForceFrom.map({ earlierEnd < $0.first }) ?? false else { continue }
            // The earlier article the current one replaced, when the document cites it by number.
            let replaced = registry.predecessions(of: current.withoutPart).map(\.from.withoutPart).filter { $0.work == earlier }
            let chosen = replaced.first(where: citedArticles.contains)
                ?? ((count[work.lineage] ?? 0) >= 2 ? mentions[k].charges.first(where: { $0.work == earlier }) : nil)
            guard let id = chosen, let provision = registry.provision(id) else { continue }
            var outcome = chargeOutcome(provision, day: day, context: context,
                                        note: "named in the terms of \(earlier), the version the document cites by number", confidence: 0.6)
            if let resolution = outcome.resolved { outcome.resolved?.verified = isVerified(resolution, on: day, memo: context.memo) }
            if context.date == nil { outcome.flags.append(.noDate) }
            outcomes[k] = outcome
        }
    }
}
