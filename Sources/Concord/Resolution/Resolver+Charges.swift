/// Charge names: which article an offence named in words is, on the day the text speaks of.
extension Resolver {
    /// The article a charge name means: the article cited beside it, the version its code's name
    /// gives, else the provision in force when the events took place (or the one that replaced it,
    /// or that it replaced, when the names are written for another version of the code).
    func resolveCharge(_ mention: Mention, index: Int, mentions: [Mention], outcomes: [Outcome], context: Context, sameSentence run: Range<Int>) -> Outcome {
        // "Decriminalise defamation": the object of a reform, not a charge.
        if mention.reform { return Outcome(flags: [], confidence: 0, keep: false) }
        // Bounded: the mentions of a sentence near this one, not all of a sentence that may be a page.
        let sameSentence = max(run.lowerBound, index - 32)..<min(run.upperBound, index + 33)
        // A charge that only describes an article cited in the same sentence is not a reference of its own.
        for k in sameSentence where k < outcomes.count && mentions[k].kind != .chargeName {
            // The cited article, what it became, or the article the author meant by it.
            let described = [outcomes[k].resolved?.cited, outcomes[k].resolved?.suggestion].compactMap { $0?.withoutPart } + (outcomes[k].resolved?.inForce ?? []).map(\.withoutPart)
            if described.contains(where: mention.charges.contains) {
                return Outcome(flags: [], confidence: 0, keep: false)
            }
        }
        // "for “abuse of office” (Article 250 of the Criminal Code)": a name with the article cited right
        // after it in parentheses is that article's name, whatever article the name alone would mean.
        if index + 1 < mentions.count, mentions[index + 1].sentence == mention.sentence, mentions[index + 1].kind == .explicit {
            let gap = mention.tokens.upperBound..<mentions[index + 1].tokens.lowerBound
            if gap.count <= 2, gap.contains(where: { context.tokens[$0].folded == "(" }),
               gap.allSatisfy({ context.tokens[$0].kind == .punctuation }) {
                return Outcome(flags: [], confidence: 0, keep: false)
            }
        }
        // An article cited later in the sentence: the number of the charge's article, or of the article
        // it replaced or that replaced it ("fined for illegal missionary activity … under Article 375").
        var numbers: Set<String>?
        for k in sameSentence where k > index && mentions[k].kind != .chargeName {
            guard let article = mentions[k].article else { continue }
            if mention.charges.contains(where: { $0.article == article }) { return Outcome(flags: [], confidence: 0, keep: false) }
            if numbers == nil { numbers = articleNumbers(of: mention.charges) }
            if numbers?.contains(article) == true {
                return Outcome(flags: [], confidence: 0, keep: false)
            }
        }
        // A charge named just after an article was cited refers to that article (looking back at most
        // 32 mentions: on a page without sentence breaks the whole text would be one sentence).
        for k in stride(from: min(index, outcomes.count) - 1, through: max(0, index - 32), by: -1) {
            let other = mentions[k]
            guard mention.sentence - other.sentence <= ReferenceFinder.contextSentences else { break }
            guard other.kind != .chargeName, let cited = outcomes[k].resolved?.cited?.withoutPart, mention.charges.contains(cited) else { continue }
            var outcome = outcomes[k]
            outcome.part = nil
            outcome.resolved?.cited = cited
            outcome.flags = outcome.flags.filter { $0 != .noDate && $0 != .dubious }
            outcome.confidence = 0.7
            outcome.keep = true
            return outcome
        }
        // A heading quoted word for word is the version whose heading it is.
        if let (quoted, quote) = quotedHeadingProvision(mention, context: context), let day = referenceDay(context) {
            // Two names inside one quoted heading («Пропаганда терроризма … или публичные призывы …») are one reference.
            if index > 0, index - 1 < outcomes.count, mentions[index - 1].kind == .chargeName, quote.contains(mentions[index - 1].tokens.lowerBound),
               outcomes[index - 1].resolved?.cited == quoted.id {
                return Outcome(flags: [], confidence: 0, keep: false)
            }
            return chargeOutcome(quoted, day: day, context: context, note: "the quoted heading is that of \(quoted.id)", confidence: 0.7)
        }
        // A charge named with a version of its code ("the new Criminal Code ... criminal libel") is that version's.
        if let cue = mention.instrument, let work = chooseWork(cue, article: "", on: referenceDay(context), memo: context.memo) {
            if let id = mention.charges.first(where: { $0.work == work.id }) {
                var resolution = Citation.Resolution(cited: id, inForce: [], asOf: context.date)
                if let day = referenceDay(context) { resolution.inForce = registry.currentEquivalents(of: id, on: day) }
                return Outcome(instrument: work.id, article: id.article, resolved: resolution, flags: work.status == .draft ? [.draftNumber] : [], confidence: 0.65)
            }
            return Outcome(instrument: work.id, article: nil,
                           resolved: Citation.Resolution(cited: nil, inForce: [], asOf: context.date, note: "the text names this offence in \(work.id), whose article for it is not in the registry"),
                           flags: [.unknownProvision], confidence: 0.5)
        }
        // Otherwise the provision in force when the events took place.
        var day = referenceDay(context)
        if let year = mention.sentenceYear, let d = day, year < d.components.year, let yearEnd = LegalDate("\(year)")?.last { day = yearEnd }
        var candidates = mention.charges.compactMap { registry.provision($0) }
        // The same words name a criminal and an administrative offence: the sanction near them decides.
        // With no sanction named, the administrative offence: the criminal one for the same words needs
        // what makes it a crime (a repeat, harm, a prison term), which a text would say.
        // A crime charged with it in the same sentence ("guilty of inciting discord by organizing an
        // unsanctioned rally") makes it the criminal offence too.
        let sanction = mention.sanction ?? (chargedWithCrime(index, mentions: mentions, near: sameSentence) ? "criminal" : "administrative")
        let preferred = candidates.filter { registry.works[$0.id.work].flatMap { registry.lineages[$0.lineage]?.branch } == sanction }
        candidates = preferred + candidates.filter { p in !preferred.contains { $0.id == p.id } }
        // "Ten days of arrest for hooliganism": the criminal offence's word with an administrative
        // sanction is the administrative offence whose heading holds the word (petty hooliganism).
        if mention.sanction == "administrative", preferred.isEmpty, let day, let counterpart = administrativeCounterpart(mention, on: day, context: context) {
            // «по статье 434 КоАП — «Мелкое хулиганство»»: the heading of the article just cited.
            if sameSentence.contains(where: { $0 < outcomes.count && mentions[$0].kind != .chargeName && outcomes[$0].resolved?.cited?.withoutPart == counterpart.id }) {
                return Outcome(flags: [], confidence: 0, keep: false)
            }
            return chargeOutcome(counterpart, day: day, context: context, note: "an administrative sanction is named: the administrative offence whose heading has these words", confidence: 0.6)
        }
        guard let day else {
            let latest = candidates.filter { registry.works[$0.id.work]?.status == .enacted }.last
            return Outcome(instrument: latest?.id.work, article: latest?.id.article, resolved: latest.map { Citation.Resolution(cited: $0.id, inForce: [], asOf: nil, note: "no date: the latest version is assumed") }, flags: [], confidence: 0.5)
        }
        // «88 приговоров по статье «Клевета»» in 2021: a criminal sanction names the criminal offence even
        // after it was repealed (its inForce says what applies now), not the administrative one that took its place.
        // (Only when the offence left the criminal code: one renumbered into the next version, "kidnapping"
        // named for the 1997 Code in a 2025 text, is the article that replaced it, below.)
        if mention.sanction == "criminal", !preferred.contains(where: { registry.isInForce($0, on: day) }),
           let past = preferred.last(where: { registry.life(of: $0).map { life in life.until.map { $0.latest < day } ?? false } ?? false }),
           !registry.currentEquivalents(of: past.id, on: day).contains(where: { id in
               registry.works[id.work].flatMap { registry.lineages[$0.lineage]?.branch } == "criminal"
           }) {
            var outcome = chargeOutcome(past, day: day, context: context, note: "a criminal sanction is named: the criminal offence, no longer in force then", confidence: 0.6)
            outcome.flags = [.stale]
            return outcome
        }
        if let current = candidates.first(where: { registry.isInForce($0, on: day) }) {
            return chargeOutcome(current, day: day, context: context, note: day == (referenceDay(context) ?? day) ? nil : "charge dated \(LegalDate(day).year) by its sentence", confidence: 0.7)
        }
        // On a day inside the window in which an article came into force or left it (an act in force
        // ten days after a publication whose date the registry lacks), that article, said to be uncertain:
        // the offence a text names then is one of the two an amending act swapped, not none.
        if let (possible, life) = candidates.lazy.compactMap({ p in registry.life(of: p).map { (p, $0) } }).first(where: { $0.1.status(on: DayRange(day)) == .uncertain }) {
            let window = life.from.earliest <= day && day <= life.from.latest ? "came into force \(life.from.isExact ? "on " : "")\(life.from)" : "left force \(life.until.map { ($0.isExact ? "on " : "") + $0.description } ?? "on a day not known")"
            return chargeOutcome(possible, day: day, context: context, note: "may not have applied on \(day): it \(window)", confidence: 0.5)
        }
        let later = candidates.filter { registry.life(of: $0).map { $0.from.earliest > day } ?? false }.map(\.id)
        // A charge whose names are written for a later code ("embezzlement" in a 2012 text) is the
        // offence that code's article replaced: its predecessor in force on the day.
        for id in later {
            var earlier = registry.predecessions(of: id).compactMap { registry.provision($0.from) }.filter { registry.isInForce($0, on: day) }
            if earlier.count > 1 {
                // Several articles merged into it: the one whose heading shares the words around the charge.
                let (words, keys) = wordsAround(mention, context: context)
                let scored = earlier.map { ($0, subjects.score($0.id, words: words, keys: keys, memo: context.memo)) }.sorted { $0.1 > $1.1 }
                earlier = scored[0].1 > scored[1].1 ? [scored[0].0] : []
            }
            guard let previous = earlier.first else { continue }
            return chargeOutcome(previous, day: day, context: context, note: "the offence \(id) names, as the article it replaced, in force then", confidence: 0.6)
        }
        // An offence just added and not yet in force («В КОАП появилась отдельная статья за размещение и
        // распространение ложной информации», the day after the amending act): that article, said so.
        if later.count == 1, let record = registry.provision(later[0]), let added = record.events.first(where: { $0.type == .added }), added.date.last <= day {
            return Outcome(instrument: record.id.work, article: record.id.article,
                           resolved: Citation.Resolution(cited: record.id, inForce: [], asOf: context.date,
                                                         note: "an offence added by an act of \(added.date)\(added.act.map { " (\($0))" } ?? ""), not yet in force on \(day)"),
                           flags: [], confidence: 0.6)
        }
        // And one whose names are written only for an earlier code ("money laundering" in 2017) is
        // the article that replaced it, when exactly one provision applies in its place.
        let ended = candidates.filter { registry.life(of: $0).map { life in life.until.map { $0.latest < day } ?? false } ?? false }
        if later.isEmpty, let old = ended.last {
            let now = registry.currentEquivalents(of: old.id, on: day)
            if now.count == 1, let next = registry.provision(now[0]) {
                return chargeOutcome(next, day: day, context: context, note: "the offence \(old.id) names, as the article that replaced it, in force then", confidence: 0.6)
            }
        }
        let note = later.isEmpty ? "no provision for this charge in force on \(day) is in the registry"
            : "no provision for this charge in force on \(day) is in the registry; later: " + later.map(\.description).joined(separator: ", ")
        return Outcome(instrument: nil, article: nil,
                       resolved: Citation.Resolution(cited: nil, inForce: [], asOf: context.date, note: note),
                       flags: [.unknownProvision], confidence: 0.5)
    }


    /// The administrative offence in force on `day` whose heading has every word of the charge's name
    /// (four letters or more), the one with the fewest other words: "hooliganism" with days of
    /// arrest is petty hooliganism. Reads the registry's administrative provisions, each one's words read once.
    func administrativeCounterpart(_ mention: Mention, on day: Day, context: Context) -> Provision? {
        let words = context.tokens[mention.tokens].filter { $0.kind == .word && $0.folded.unicodeScalars.count >= 4 }.map(\.folded)
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let keys = words.map(Self.stemKey)
        // Of several, the heading with the fewest other words: "hooliganism" is petty hooliganism,
        // not hooliganism by a minor.
        var found: [(provision: Provision, words: Int)] = []
        for provision in registry.provisions where registry.works[provision.id.work].flatMap({ registry.lineages[$0.lineage]?.branch }) == "administrative" {
            guard registry.isInForce(provision, on: day), subjects.holdsEvery(words, keys: keys, of: provision.id, memo: context.memo) != nil else { continue }
            // The heading's words as written (generic ones too): «Мелкое хулиганство» has two.
            let heading = provision.title.flatMap { $0.text.ru ?? $0.text.en } ?? ""
            found.append((provision, Tokenizer.tokenize(heading).filter { $0.kind == .word }.count))
        }
        let sorted = found.sorted { $0.words < $1.words }
        guard let best = sorted.first, sorted.count == 1 || sorted[1].words > best.words else { return nil }
        return best.provision
    }

    /// A charge resolved to `provision` on `day`: what applies in its place on the document's day.
    func chargeOutcome(_ provision: Provision, day: Day, context: Context, note: String?, confidence: Double) -> Outcome {
        let documentDay = referenceDay(context) ?? day
        let inForce = registry.isInForce(provision, on: documentDay) ? [provision.id] : registry.currentEquivalents(of: provision.id, on: documentDay)
        return Outcome(instrument: provision.id.work, article: provision.id.article,
                       resolved: Citation.Resolution(cited: provision.id, inForce: inForce, asOf: context.date, note: note),
                       flags: [], confidence: confidence)
    }

    /// True when another charge of the same sentence (within `near`) names only criminal offences:
    /// the offences of one conviction or one case are of one kind.
    func chargedWithCrime(_ index: Int, mentions: [Mention], near: Range<Int>) -> Bool {
        near.contains { k in
            k != index && k < mentions.count && mentions[k].kind == .chargeName && !mentions[k].charges.isEmpty
                && mentions[k].charges.allSatisfy { registry.works[$0.work].flatMap { registry.lineages[$0.lineage]?.branch } == "criminal" }
        }
    }

    /// The article numbers of provisions and of the provisions they replaced or that replaced them.
    func articleNumbers(of ids: [ProvisionID]) -> Set<String> {
        var numbers = Set(ids.map(\.article))
        for id in ids {
            for step in registry.predecessions(of: id) + registry.successions(from: id) {
                numbers.insert(step.from.article)
                if let to = step.to { numbers.insert(to.article) }
            }
        }
        return numbers
    }
}
