/// Context: instruments carried from earlier sentences and bullets, and pointers back to an article.
extension ReferenceFinder {
    // MARK: Context

    /// For each sentence, the sentence its context counts from: itself, or for a bullet the sentence
    /// before its run of bullets (one pass over the sentences).
    static func leads(_ sentences: Sentences) -> [Int] {
        var lead = Array(sentences.ranges.indices)
        for s in sentences.ranges.indices where s > 0 && sentences.startsWithBullet(s) {
            lead[s] = sentences.startsWithBullet(s - 1) ? lead[s - 1] : s - 1
        }
        return lead
    }

    /// Gives references without a stated instrument the one context supplies, and anaphora their antecedent.
    func applyContext(_ input: [Mention], instrumentMentions: [(token: Int, name: InstrumentName, draft: Bool)], sentences: Sentences) -> [Mention] {
        var mentions = input
        var memory: [String: Mention.InstrumentCue] = [:]
        var namedIndex = 0
        var lastNamed: (token: Int, name: InstrumentName, draft: Bool)?
        // The items of a bulleted list are read in the context of the sentence that leads into them:
        // each sentence's distance counts from the lead of its run of bullets.
        let lead = Self.leads(sentences)
        var lastArticle: Int?
        // The sentence of the latest mention that named or pointed back to `lastArticle`: "this article",
        // repeated paragraph after paragraph, keeps pointing to the article the first one did.
        var lastArticleSentence = 0
        for k in mentions.indices {
            let start = mentions[k].tokens.lowerBound
            while namedIndex < instrumentMentions.count, instrumentMentions[namedIndex].token < start {
                lastNamed = instrumentMentions[namedIndex]
                namedIndex += 1
            }
            switch mentions[k].kind {
            case .explicit, .listMember, .rangeMember:
                // The finder gives every explicit and list mention its article.
                let article = mentions[k].article ?? ""
                if mentions[k].outsideInstrument != nil {
                    // An act outside the registry: no instrument of the registry is carried onto it.
                } else if let cue = mentions[k].instrument {
                    memory[article] = cue
                    lastNamed = (start, InstrumentName(lineage: cue.lineage, work: cue.work), cue.draft)
                } else if var remembered = memory[article], !mentions[k].bareLaw || grammar.lawTitles.isLaw(remembered.lineage) {
                    remembered.stated = false
                    mentions[k].instrument = remembered
                } else if let named = lastNamed, lead[sentences.index[start]] - sentences.index[named.token] <= Self.contextSentences,
                          !mentions[k].bareLaw || grammar.lawTitles.isLaw(named.name.lineage) {
                    var cue = Mention.InstrumentCue(lineage: named.name.lineage, work: named.name.work)
                    cue.stated = false
                    cue.draft = named.draft
                    mentions[k].instrument = cue
                }
                lastArticle = k
                lastArticleSentence = mentions[k].sentence
            case .anaphora:
                // "these articles" points to a set of references, which no other pointer back stands between: it reaches far.
                let reach = mentions[k].reachesFar || mentions[k].plural ? Self.farContextSentences : Self.contextSentences
                // "the second of these charges": that member of the references of the antecedent's sentence.
                var pointed = lastArticle
                if let ordinal = mentions[k].ordinal, let last = lastArticle {
                    // (A heading right after its article, «274 («распространение …»)», is no member of its own.)
                    let list = stride(from: last, through: max(0, last - 32), by: -1).reversed().filter { j in
                        guard mentions[j].sentence == mentions[last].sentence, mentions[j].kind != .anaphora, mentions[j].kind != .rangeMember else { return false }
                        guard mentions[j].kind == .chargeName, j > 0, mentions[j - 1].kind != .chargeName, mentions[j - 1].sentence == mentions[j].sentence else { return true }
                        return mentions[j].tokens.lowerBound - mentions[j - 1].tokens.upperBound > 3
                    }
                    pointed = ordinal <= list.count ? list[ordinal - 1] : nil
                }
                if mentions[k].plural, let last = lastArticle, mentions[k].sentence - lastArticleSentence <= reach {
                    let referents = Self.pluralReferents(mentions, last: last, reach: reach, anaphoraSentence: mentions[k].sentence)
                    if let first = referents.first {
                        pointed = first
                        mentions[k].otherAntecedents = Array(referents.dropFirst())
                    }
                }
                if let antecedent = pointed, mentions[k].sentence - lastArticleSentence <= reach {
                    lastArticleSentence = mentions[k].sentence
                    mentions[k].antecedent = antecedent
                    mentions[k].article = mentions[antecedent].article
                    // «в её первой части»: the anaphora's own part, else the antecedent's.
                    mentions[k].part = mentions[k].part ?? mentions[antecedent].part
                    mentions[k].instrument = mentions[antecedent].instrument
                    mentions[k].charges = mentions[antecedent].charges
                }
            case .chargeName:
                // An offence of a draft named just before («новый проект уголовного кодекса ... за
                // провокацию трудовых конфликтов»): the draft's, which is never in force.
                if mentions[k].instrument == nil, let named = lastNamed, named.draft || named.name.work.map({ grammar.draftWorks.contains($0) }) ?? false,
                   let work = named.name.work, mentions[k].charges.contains(where: { $0.work == work }),
                   lead[sentences.index[start]] - sentences.index[named.token] <= Self.contextSentences {
                    var cue = Mention.InstrumentCue(lineage: named.name.lineage, work: work)
                    cue.stated = false
                    cue.draft = true
                    mentions[k].instrument = cue
                }
                // A heading right after the article it names («статьи 274 УК РК (распространение …)»)
                // describes that article: a later «по данной статье» points to the article.
                if let last = lastArticle, mentions[last].kind != .chargeName, mentions[last].sentence == mentions[k].sentence,
                   start - mentions[last].tokens.upperBound <= 3 {
                    break
                }
                lastArticle = k
                lastArticleSentence = mentions[k].sentence
            }
        }
        // An anaphora with nothing to point back to is not a reference. Dropping it shifts the
        // positions of the mentions after it, so antecedents are renumbered.
        var newIndex = [Int](repeating: -1, count: mentions.count)
        var kept: [Mention] = []
        for (k, mention) in mentions.enumerated() where mention.kind != .anaphora || mention.antecedent != nil {
            newIndex[k] = kept.count
            guard !mention.otherAntecedents.isEmpty else { kept.append(mention); continue }
            var first = mention
            first.otherAntecedents = []
            kept.append(first)
            // "these articles": a citation for each reference it points to, on the same words.
            for other in mention.otherAntecedents {
                var copy = first
                copy.antecedent = other
                copy.article = mentions[other].article
                copy.part = mentions[other].part
                copy.instrument = mentions[other].instrument
                copy.charges = mentions[other].charges
                kept.append(copy)
            }
        }
        for k in kept.indices { if let a = kept[k].antecedent { kept[k].antecedent = newIndex[a] } }
        return kept
    }

    /// The references a plural anaphora ("these articles") points to: those of the sentence of the
    /// last reference, and when that sentence holds one, those of the sentence before it with any,
    /// within `reach` of the anaphora; at most `pluralReferentsMost`, each article once. A heading
    /// right after its article is no reference of its own.
    static func pluralReferents(_ mentions: [Mention], last: Int, reach: Int, anaphoraSentence: Int) -> [Int] {
        var found: [Int] = []
        var seen: [String] = []  // articles, of any code: a sentence names few
        var sentencesTaken = 0
        var sentence = mentions[last].sentence
        var j = last
        while j >= max(0, last - 32), found.count < pluralReferentsMost {
            let m = mentions[j]
            if m.sentence != sentence {
                sentencesTaken += 1
                // A second sentence only when the first gave a single reference.
                guard sentencesTaken < 2, found.count == 1, anaphoraSentence - m.sentence <= reach else { break }
                sentence = m.sentence
            }
            let heading = m.kind == .chargeName && j > 0 && mentions[j - 1].kind != .chargeName && mentions[j - 1].sentence == m.sentence
                && m.tokens.lowerBound - mentions[j - 1].tokens.upperBound <= 3
            if m.kind != .anaphora, !heading {
                // An article and a charge name of it ("propaganda of terrorism ... article 256") are one referent.
                let keys = m.article.map { [$0] } ?? m.charges.map(\.article)
                if !keys.isEmpty, !keys.contains(where: seen.contains) { seen += keys; found.append(j) }
            }
            j -= 1
        }
        return found.count >= 2 ? found.reversed() : found
    }

    /// The most references a plural anaphora points to.
    static let pluralReferentsMost = 6
}
