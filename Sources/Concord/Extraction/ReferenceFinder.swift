/// Finds provision references in tokens: explicit citations with their lists, ranges and parts,
/// the instrument named with them or given by context, anaphora, and charge names.
///
/// One pass over the tokens with bounded look-ahead: the work per token does not grow with the
/// length of the text or the number of citations.
public struct ReferenceFinder: Sendable {
    public let grammar: CitationGrammar

    /// The longest range expanded into single members; longer ranges keep their two ends only.
    public static let maximumRangeExpansion = 200
    /// How many sentences back context (an instrument named, an article for an anaphora) reaches.
    public static let contextSentences = 2
    /// How many sentences back an anaphora that names its antecedent as the same one ("the same
    /// charge") reaches.
    public static let farContextSentences = 6

    /// Creates a finder over a compiled grammar.
    public init(grammar: CitationGrammar) { self.grammar = grammar }

    /// Every mention in `tokens`, in order of appearance.
    public func find(tokens: [Token], sentences: Sentences, text: [UInt8]) -> [Mention] {
        var mentions: [Mention] = []
        var instrumentMentions: [(token: Int, name: InstrumentName, draft: Bool)] = []
        var i = 0
        // Where the last charge cue ends, and whether it is a bare preposition ("for", «в»): the
        // token there may start a charge name that no filter bit covers.
        var cue = (end: -1, bare: false)
        // Where the last cue that is not a bare preposition ends: the items of its list follow.
        var listCue = -1
        while i < tokens.count {
            // "charges against journalists: slander - 26; insult - 3": a colon after words of crime opens
            // a list of offences, as a cue does.
            if tokens[i].kind == .punctuation, tokens[i].head == 0x3A, opensList(tokens, colon: i, sentence: sentences.ranges[sentences.index[i]]) {
                cue = (i + 1, false)
                listCue = i + 1
                i += 1
                continue
            }
            // An ordinal article («174-я статья») starts with its number, which no filter bit covers;
            // nor do the words after a cue, an opening quote or a charge just named.
            let ordinal = tokens[i].kind == .number && i + 1 < tokens.count && (tokens[i + 1].folded == "-" || tokens[i + 1].kind == .word)
            // (Read in place: copying the last mention costs more than the rest of the test.)
            let lastCharge: Int? = mentions.isEmpty || mentions[mentions.count - 1].kind != .chargeName ? nil : mentions[mentions.count - 1].tokens.upperBound
            let afterCue = i == cue.end || i > 0 && Self.isOpeningQuote(tokens, at: i - 1) || cue.end >= 0 && i == cue.end + 1 && Self.opensQuote(tokens, at: cue.end)
            let nearCharge = lastCharge.map { i >= $0 && i - $0 <= 6 } ?? false
            // An item of a cue's list, after a comma.
            let inCueList = listCue >= 0 && inCueList(tokens, at: i, sentence: sentences.ranges[sentences.index[i]], listCue: listCue)
            guard grammar.exhaustive || ordinal || afterCue || nearCharge || inCueList
                    || grammar.anyStart.mayStart(tokens, at: i) && grammar.startGate.mayStart(tokens, at: i) else {
                // A derived name no other filter bit covers may head a list of offences.
                if grammar.derivedCharges.filter.mayStart(tokens, at: i), let match = listedCharge(tokens, at: i, sentence: sentences.ranges[sentences.index[i]]) {
                    let end = qualifiedEnd(tokens, match.end, sentence: sentences.ranges[sentences.index[i]])
                    mentions.append(chargeMention(tokens, i..<end, match.value, sentences: sentences, lastCharge: lastCharge, mentions: mentions))
                    i = end
                } else { i += 1 }
                continue
            }
            var cueHere: (end: Int, bare: Bool)?
            if var found = grammar.chargeCues.longestMatch(tokens, at: i) {
                let bare = grammar.bareCues.longestMatch(tokens, at: i)?.end == found.end
                // "cases of the riots": a determiner after the cue belongs to it.
                if let determiner = grammar.chargeDeterminers.longestMatch(tokens, at: found.end) { found.end = determiner.end }
                cueHere = (found.end, bare)
                if found.end != cue.end { cue = (found.end, bare) } else if !bare { cue.bare = false }
                if !bare { listCue = found.end }
            }
            if let (group, end) = partFirstGroup(tokens, at: i, sentences: sentences) ?? articleGroup(tokens, at: i, sentences: sentences)
                ?? ordinalArticle(tokens, at: i, sentences: sentences) {
                // "ARTICLE 19" in capitals within ordinary text is the name of an organisation, and so is
                // "Article 19" where the words around it make it one ("according to Article 19").
                if group.count == 1, group[0].instrument == nil,
                   isCapitalized(tokens[group[0].tokens.lowerBound], text) || isOrganisation(tokens, group[0], text: text) {
                    i = end
                    continue
                }
                mentions += group
                i = max(end, i + 1)
                let sentence = sentences.ranges[sentences.index[min(i, tokens.count - 1)]]
                if let (words, after) = quotedTitle(tokens, at: i, sentence: sentence) {
                    if mentions[mentions.count - 1].parentheticalTitle.isEmpty { mentions[mentions.count - 1].parentheticalTitle = words }
                    i = after
                    // «по 130 статье «Клевета» УК РК»: the code may be named after the title.
                    let (cue, cueEnd) = instrumentCue(tokens, at: i, sentence: sentence)
                    if let cue {
                        for k in (mentions.count - group.count)..<mentions.count where mentions[k].instrument == nil { mentions[k].instrument = cue }
                        i = max(i, cueEnd)
                    }
                }
                continue
            }
            if grammar.exhaustive || grammar.partAnaphoraStart.mayStart(tokens, at: i),
               let (end, ordinal) = ordinalAnaphora(tokens, at: i, sentence: sentences.ranges[sentences.index[i]]) {
                var anaphora = Mention(kind: .anaphora, tokens: i..<end, sentence: sentences.index[i])
                anaphora.ordinal = ordinal
                mentions.append(anaphora)
                i = end
                continue
            }
            if let (end, part) = partAnaphora(tokens, at: i, sentence: sentences.ranges[sentences.index[i]]) {
                var anaphora = Mention(kind: .anaphora, tokens: i..<end, sentence: sentences.index[i])
                anaphora.part = part
                mentions.append(anaphora)
                i = end
                continue
            }
            // "that article 274", "this Article 19(3)": a citation follows, not a pointer back.
            // «такие преступления, как кража»: a charge cue reaching past the words opens a list, not a pointer back.
            let cueReachesPast = { (end: Int) in cueHere.map { $0.end > end } ?? false }
            if let match = grammar.anaphora.longestMatch(tokens, at: i), !cueReachesPast(match.end),
               match.end >= tokens.count || tokens[match.end].kind != .number && grammar.numberMarkers.longestMatch(tokens, at: match.end) == nil {
                var anaphora = Mention(kind: .anaphora, tokens: i..<match.end, sentence: sentences.index[i])
                anaphora.reachesFar = match.value
                mentions.append(anaphora)
                i = match.end
                continue
            }
            if let match = grammar.pluralAnaphora.longestMatch(tokens, at: i), !cueReachesPast(match.end),
               match.end >= tokens.count || tokens[match.end].kind != .number && grammar.numberMarkers.longestMatch(tokens, at: match.end) == nil {
                var anaphora = Mention(kind: .anaphora, tokens: i..<match.end, sentence: sentences.index[i])
                anaphora.plural = true
                mentions.append(anaphora)
                i = match.end
                continue
            }
            if let match = grammar.chargeBlockers.longestMatch(tokens, at: i) { i = match.end; continue }
            let sentence = sentences.ranges[sentences.index[i]]
            func charge(_ range: Range<Int>, _ ids: [ProvisionID]) -> Mention {
                // An item of a cue's list keeps the list open: a long tally goes on past `cueListTokens`.
                let range = range.lowerBound..<qualifiedEnd(tokens, range.upperBound, sentence: sentence)
                if listCue >= sentence.lowerBound, listCue <= range.lowerBound, range.lowerBound - listCue <= Self.cueListTokens { listCue = range.upperBound }
                return chargeMention(tokens, range, ids, sentences: sentences, lastCharge: lastCharge, mentions: mentions)
            }
            if let match = grammar.charges.longestMatch(tokens, at: i)
                ?? weakCharge(tokens, at: i, sentence: sentence, cue: cue, afterCharge: lastCharge, listCue: listCue)
                ?? listedCharge(tokens, at: i, sentence: sentence) ?? qualifiedCharge(tokens, at: i) {
                if match.end - i == 1, qualifiesWhatFollows(tokens, after: match.end, sentence: sentence) {
                    i += 1
                    continue
                }
                // "theft and illegal possession of weapons": the complement the two share makes the
                // first another offence ("theft of weapons").
                let value = match.end - i == 1 ? sharedComplement(tokens, at: i, sentence: sentence, own: match.value) ?? match.value : match.value
                Self.appendCharge(charge(i..<match.end, value), to: &mentions, tokens: tokens)
                i = mentions[mentions.count - 1].tokens.upperBound
                continue
            }
            // A charge cue (or a charge just named and a comma or "and"), then an offence in the
            // author's words: its heading's words decide.
            if let start = offenceStart(tokens, at: i, sentence: sentence, cue: cueHere, afterCharge: lastCharge, listCue: listCue >= 0 ? listCue : nil),
               grammar.charges.longestMatch(tokens, at: start) == nil, grammar.weakCharges.longestMatch(tokens, at: start) == nil,
               grammar.derivedCharges.longestMatch(tokens, at: start) == nil, grammar.articleMarkers.longestMatch(tokens, at: start) == nil,
               grammar.chargeBlockers.longestMatch(tokens, at: start) == nil,
               // Strict after a bare cue, and for an item of a cue's list (no cue here, no charge just before:
               // “mass riots,” “invasion of a building” has one, the comma and quote between them).
               let match = grammar.headingMatcher.match(tokens, from: start, limit: sentence.upperBound,
                                                        strict: start > i + 1 && grammar.bareCues.longestMatch(tokens, at: start - 1)?.end == start
                                                            || cueHere == nil && !followsCharge(tokens, at: i, lastCharge: lastCharge)) {
                Self.appendCharge(charge(start..<match.end, match.ids), to: &mentions, tokens: tokens)
                i = mentions[mentions.count - 1].tokens.upperBound
                continue
            }
            // «об «участии в деятельности организации после решения суда о запрете ее деятельности ...»»:
            // a quoted offence in the author's words, with no cue right before it.
            if i > 0, Self.isOpeningQuote(tokens, at: i - 1),
               let match = quotedOffence(tokens, at: i, sentence: sentence,
                                         lastReference: mentions.last.flatMap { $0.kind == .chargeName ? nil : $0.tokens.upperBound }) {
                Self.appendCharge(charge(i..<match.end, match.ids), to: &mentions, tokens: tokens)
                i = mentions[mentions.count - 1].tokens.upperBound
                continue
            }
            if let match = grammar.names.longestMatch(tokens, at: i) {
                // "the draft criminal code": the draft is what later references in context mean.
                // «проектом нового уголовного кодекса»: a qualifier may stand between the draft and the name.
                var nameStart = i
                if i > 0, let latest = grammar.latest.longestMatch(tokens, at: i - 1), latest.end == i { nameStart = i - 1 }
                let draft = (max(0, nameStart - 2)..<nameStart).contains { j in grammar.draft.longestMatch(tokens, at: j)?.end == nameStart }
                instrumentMentions.append((i, match.value, draft))
                i = match.end
                continue
            }
            i += 1
        }
        for k in mentions.indices where mentions[k].kind == .explicit || mentions[k].kind == .listMember {
            mentions[k].eventYear = eventYear(tokens, around: mentions[k].tokens, sentence: sentences.ranges[mentions[k].sentence])
        }
        return applyContext(mentions, instrumentMentions: instrumentMentions, sentences: sentences)
    }

    // MARK: Helpers

    /// True when the colon at `colon` follows one of `offenceContext`'s words of crime, at most
    /// `listOpenerTokens` before it in its sentence ("charges brought in 2019:", «возбуждены дела:»).
    func opensList(_ tokens: [Token], colon: Int, sentence: Range<Int>) -> Bool {
        guard colon + 1 < sentence.upperBound, tokens[colon + 1].kind == .word else { return false }
        for k in max(sentence.lowerBound, colon - Self.listOpenerTokens)..<colon where grammar.offenceContext.longestMatch(tokens, at: k) != nil { return true }
        return false
    }

    /// How far before a colon its words of crime are looked for, in tokens.
    static let listOpenerTokens = 8

    /// The end of a charge name with the qualifiers right after it («кражу в особо крупном размере»,
    /// "theft on an especially large scale"), at most two, within its sentence.
    func qualifiedEnd(_ tokens: [Token], _ end: Int, sentence: Range<Int>) -> Int {
        var end = end
        for _ in 0..<2 {
            guard end < sentence.upperBound, let qualifier = grammar.chargeQualifiers.longestMatch(tokens, at: end),
                  qualifier.end <= sentence.upperBound else { break }
            end = qualifier.end
        }
        return end
    }

    /// A charge name's mention, with its sanction, year, preceding instrument and reform read around it.
    func chargeMention(_ tokens: [Token], _ range: Range<Int>, _ ids: [ProvisionID], sentences: Sentences, lastCharge: Int?, mentions: [Mention]) -> Mention {
        let sentence = sentences.ranges[sentences.index[range.lowerBound]]
        var mention = Mention(kind: .chargeName, tokens: range, sentence: sentences.index[range.lowerBound])
        mention.sanction = sanction(tokens, around: range, sentence: sentence)
        mention.charges = ids
        mention.sentenceYear = latestYear(tokens, in: Self.window(around: range, in: sentence))
        mention.instrument = precedingInstrument(tokens, before: range.lowerBound, sentence: sentence)
        // The object of a reform, or coordinated with one ("decriminalise defamation and insult").
        mention.reform = isReformObject(tokens, before: range.lowerBound, sentence: sentence)
            || lastCharge.map { range.lowerBound - $0 <= 8 && mentions[mentions.count - 1].reform } ?? false
        return mention
    }

    /// A four-digit number naming the year of a known work ("the 1997 Criminal Code", "adopted in 2014").
    func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.folded.count == 4, let y = Int(token.folded) else { return false }
        return grammar.workYears.contains(y)
    }

    /// The part of a sentence around some tokens that per-mention work may read: the whole sentence
    /// when it is ordinary, else at most `windowTokens` each side (a "sentence" may be a page).
    static func window(around tokens: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
        max(sentence.lowerBound, tokens.lowerBound - windowTokens)..<min(sentence.upperBound, tokens.upperBound + windowTokens)
    }

    /// How far per-mention work reads into a sentence, each side.
    public static let windowTokens = 60

    /// True when a one-word charge name ending before `end` only qualifies what follows: a hyphen
    /// joins it ("a terrorism- or extremism-related charge"), or a bare preposition and another charge
    /// follow («участии в массовых беспорядках», "participation in mass riots": taking part in that offence).
    func qualifiesWhatFollows(_ tokens: [Token], after end: Int, sentence: Range<Int>) -> Bool {
        if end < tokens.count, tokens[end].folded == "-", !tokens[end].spaceBefore { return true }
        guard end < sentence.upperBound, let cue = grammar.bareCues.longestMatch(tokens, at: end), cue.end < sentence.upperBound else { return false }
        let next = cue.end
        return grammar.charges.longestMatch(tokens, at: next) != nil || grammar.weakCharges.longestMatch(tokens, at: next) != nil
            || grammar.derivedCharges.longestMatch(tokens, at: next) != nil || grammar.quotedCharges.longestMatch(tokens, at: next) != nil
    }

    /// True when a word of reform stands within the four tokens before `start`, in its sentence, and
    /// no article or act is named between them: «декриминализировать статью о клевете» and "revise the
    /// law on false information" name a provision by its subject, which is a reference.
    func isReformObject(_ tokens: [Token], before start: Int, sentence: Range<Int>) -> Bool {
        for k in stride(from: start - 1, through: max(sentence.lowerBound, start - 4), by: -1) {
            if grammar.articleMarkers.longestMatch(tokens, at: k) != nil || grammar.instrumentNouns.longestMatch(tokens, at: k) != nil { return false }
            if grammar.reformWords.longestMatch(tokens, at: k) != nil { return true }
        }
        return false
    }

    /// The latest year (1900–2100) named in a sentence.
    func latestYear(_ tokens: [Token], in range: Range<Int>) -> Int? {
        var latest: Int?
        for k in range where tokens[k].kind == .number && tokens[k].folded.count == 4 {
            // "general comment No. 34 (2011)", «№ 34 (2011)»: the year of a numbered document, not of events.
            if k >= 2, k + 1 < tokens.count, tokens[k - 1].folded == "(", tokens[k - 2].kind == .number, tokens[k + 1].folded == ")" { continue }
            if let y = Int(tokens[k].folded), (1900...2100).contains(y) { latest = max(latest ?? y, y) }
        }
        return latest
    }

    /// True when a lone article with no instrument or part is an organisation's name
    /// (`organisationNames`): after one of `organisationLeads` («правозащитной организации Article 19»,
    /// "according to Article 19"), before one of `organisationFollowers` ("Article 19 said", "Article 19
    /// and Adil Soz said", "Article 19's"), or written in Latin letters between words in Cyrillic (a
    /// Russian text cites an article as «статья»).
    func isOrganisation(_ tokens: [Token], _ mention: Mention, text: [UInt8]) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard mention.part == nil, let name = grammar.organisationNames.longestMatch(tokens, at: start), name.end == end else { return false }
        for k in max(0, start - 3)..<start where grammar.organisationLeads.longestMatch(tokens, at: k)?.end == start { return true }
        var k = end
        // "and Adil Soz", "and Committee to Protect Journalists (CPJ)": another organisation's name, a
        // few capitalised words (short words between them), perhaps its abbreviation in parentheses.
        if k < tokens.count, tokens[k].folded == "and" || tokens[k].folded == "и" {
            func upper(_ j: Int) -> Bool { j < tokens.count && tokens[j].kind == .word && text.withUnsafeBufferPointer { Sentences.startsUpper(tokens[j], $0) } }
            var j = k + 1, names = 0
            while j < tokens.count, names < 5 {
                if upper(j) { names += 1; j += 1 } else if names > 0, tokens[j].kind == .word, tokens[j].end - tokens[j].start <= 3, upper(j + 1) { j += 1 } else { break }
            }
            if names > 0, j + 2 < tokens.count, tokens[j].folded == "(", upper(j + 1), tokens[j + 2].folded == ")" { j += 3 }
            if names > 0 { k = j }
        }
        if k < tokens.count, grammar.organisationFollowers.longestMatch(tokens, at: k) != nil { return true }
        func cyrillic(_ token: Token) -> Bool { token.kind == .word && (text[token.start] == 0xD0 || text[token.start] == 0xD1) }
        return text[tokens[start].start] < 0x80 && start > 0 && cyrillic(tokens[start - 1]) && end < tokens.count
            && (cyrillic(tokens[end]) || tokens[end].kind == .punctuation && end + 1 < tokens.count && cyrillic(tokens[end + 1]))
    }

    /// True when a word of more than one letter is written wholly in capitals.
    func isCapitalized(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .word, token.end - token.start > 1 else { return false }
        for k in token.start..<token.end {
            let b = text[k]
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x80 { return false }
        }
        return true
    }
}
