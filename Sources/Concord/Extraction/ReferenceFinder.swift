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
        while i < tokens.count {
            // An ordinal article («174-я статья») starts with its number, which no filter bit covers;
            // nor do the words after a cue, an opening quote or a charge just named.
            let ordinal = tokens[i].kind == .number && i + 1 < tokens.count && (tokens[i + 1].folded == "-" || tokens[i + 1].kind == .word)
            // (Read in place: copying the last mention costs more than the rest of the test.)
            let lastCharge: Int? = mentions.isEmpty || mentions[mentions.count - 1].kind != .chargeName ? nil : mentions[mentions.count - 1].tokens.upperBound
            let afterCue = i == cue.end || i > 0 && Self.isOpeningQuote(tokens[i - 1])
            let nearCharge = lastCharge.map { i >= $0 && i - $0 <= 3 } ?? false
            guard grammar.exhaustive || ordinal || afterCue || nearCharge || grammar.anyStart.mayStart(tokens[i]) else { i += 1; continue }
            var cueHere: (end: Int, bare: Bool)?
            if let found = grammar.chargeCues.longestMatch(tokens, at: i) {
                let bare = grammar.bareCues.longestMatch(tokens, at: i)?.end == found.end
                cueHere = (found.end, bare)
                if found.end != cue.end { cue = (found.end, bare) } else if !bare { cue.bare = false }
            }
            if let (group, end) = partFirstGroup(tokens, at: i, sentences: sentences) ?? articleGroup(tokens, at: i, sentences: sentences)
                ?? ordinalArticle(tokens, at: i, sentences: sentences) {
                // "ARTICLE 19" in capitals within ordinary text is the name of an organisation.
                if group.count == 1, group[0].instrument == nil, isCapitalized(tokens[group[0].tokens.lowerBound], text) {
                    i = end
                    continue
                }
                mentions += group
                i = max(end, i + 1)
                continue
            }
            // "that article 274", "this Article 19(3)": a citation follows, not a pointer back.
            if let match = grammar.anaphora.longestMatch(tokens, at: i),
               match.end >= tokens.count || tokens[match.end].kind != .number && grammar.numberMarkers.longestMatch(tokens, at: match.end) == nil {
                mentions.append(Mention(kind: .anaphora, tokens: i..<match.end, sentence: sentences.index[i]))
                i = match.end
                continue
            }
            if let match = grammar.chargeBlockers.longestMatch(tokens, at: i) { i = match.end; continue }
            let sentence = sentences.ranges[sentences.index[i]]
            func charge(_ range: Range<Int>, _ ids: [ProvisionID]) -> Mention {
                var mention = Mention(kind: .chargeName, tokens: range, sentence: sentences.index[i])
                mention.sanction = sanction(tokens, around: range, sentence: sentence)
                mention.charges = ids
                mention.sentenceYear = latestYear(tokens, in: Self.window(around: range, in: sentence))
                mention.instrument = precedingInstrument(tokens, before: range.lowerBound, sentence: sentence)
                return mention
            }
            if let match = grammar.charges.longestMatch(tokens, at: i)
                ?? weakCharge(tokens, at: i, sentence: sentence, cue: cue, afterCharge: lastCharge) {
                mentions.append(charge(i..<match.end, match.value))
                i = match.end
                continue
            }
            // A charge cue (or a charge just named and a comma or "and"), then an offence in the
            // author's words: its heading's words decide.
            if let start = offenceStart(tokens, at: i, sentence: sentence, cue: cueHere, afterCharge: lastCharge),
               grammar.charges.longestMatch(tokens, at: start) == nil, grammar.weakCharges.longestMatch(tokens, at: start) == nil,
               grammar.derivedCharges.longestMatch(tokens, at: start) == nil, grammar.articleMarkers.longestMatch(tokens, at: start) == nil,
               grammar.chargeBlockers.longestMatch(tokens, at: start) == nil,
               let match = grammar.headingMatcher.match(tokens, from: start, limit: sentence.upperBound, strict: start > i + 1 && grammar.bareCues.longestMatch(tokens, at: start - 1)?.end == start) {
                mentions.append(charge(start..<match.end, match.ids))
                i = match.end
                continue
            }
            if let match = grammar.names.longestMatch(tokens, at: i) {
                // "the draft criminal code": the draft is what later references in context mean.
                let draft = (max(0, i - 2)..<i).contains { j in grammar.draft.longestMatch(tokens, at: j)?.end == i }
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

    /// A bare offence word ("libel", «клевета») that follows a charge cue ending right before it
    /// ("charged with", "convicted of", «осужден за»), within the sentence, or that is coordinated
    /// with the charge just before it ("charges of libel and insult", «за клевету и оскорбление»);
    /// or an offence's heading, after any cue or an opening quote.
    func weakCharge(_ tokens: [Token], at i: Int, sentence: Range<Int>, cue: (end: Int, bare: Bool), afterCharge: Int?) -> (end: Int, value: [ProvisionID])? {
        // The cue first (the finder notes where the last one ends): it is rare, the patterns are many.
        // A derived name needs more than a bare "for" before it.
        let cued = cue.end == i && i > sentence.lowerBound, bare = cue.bare
        var coordinated = false
        if !cued, let end = afterCharge, end >= sentence.lowerBound, end < i {
            var j = end
            if tokens[j].folded == "," { j += 1 }
            if j < i, let connector = grammar.listConnectors.longestMatch(tokens, at: j) { j = connector.end }
            coordinated = j == i
        }
        let quoted = i > sentence.lowerBound && Self.isOpeningQuote(tokens[i - 1])
        guard cued || coordinated || quoted else { return nil }
        if let long = grammar.quotedCharges.longestMatch(tokens, at: i) { return long }
        guard cued || coordinated else { return nil }
        if let curated = grammar.weakCharges.longestMatch(tokens, at: i) { return curated }
        if bare { return nil }
        return grammar.derivedCharges.longestMatch(tokens, at: i)
    }

    /// Where an offence in the author's words may start at token `i`: after a charge cue that is more
    /// than a bare preposition, and an opening quote ("under the article ‘appeals to ...’"); or after
    /// the charge just named, a comma or "and", and any cue («в возбуждении розни, в призывах к ...»).
    /// `cue` is the charge cue that starts at `i`, if any.
    func offenceStart(_ tokens: [Token], at i: Int, sentence: Range<Int>, cue cueHere: (end: Int, bare: Bool)?, afterCharge: Int?) -> Int? {
        func skipQuote(_ k: Int) -> Int { k < sentence.upperBound && (Self.isOpeningQuote(tokens[k]) || tokens[k].folded == "'") ? k + 1 : k }
        if let cue = cueHere, !cue.bare {
            // «по статье уголовного кодекса «…»»: the code's name may stand between the cue and the title.
            var start = cue.end
            if let name = grammar.names.longestMatch(tokens, at: start), name.end <= sentence.upperBound { start = name.end }
            start = skipQuote(start)
            return start < sentence.upperBound && tokens[start].kind == .word ? start : nil
        }
        guard cueHere == nil || cueHere?.bare == true, let lastEnd = afterCharge, lastEnd <= i, i - lastEnd <= 1,
              (lastEnd..<i).allSatisfy({ tokens[$0].folded == "," || tokens[$0].folded == "»" || tokens[$0].folded == "”" }) else { return nil }
        var k = i
        let comma = (lastEnd..<i).contains { tokens[$0].folded == "," }
        var connected = comma
        if let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end; connected = true }
        if let cue = grammar.chargeCues.longestMatch(tokens, at: k) { k = cue.end }
        guard connected, k > i else { return nil }
        k = skipQuote(k)
        return k < sentence.upperBound && tokens[k].kind == .word ? k : nil
    }

    /// True for a mark that opens a quoted heading: « " “ ‘ (by bytes, in the hot loop).
    @inline(__always)
    static func isOpeningQuote(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.head {
        case 0x22, 0xABC2, 0x9C80E2, 0x9880E2: return true
        default: return false
        }
    }

    /// How far either side of a charge its sanction is looked for, in tokens.
    static let sanctionTokens = 15

    /// "administrative" or "criminal" when only one kind of cue stands near a charge.
    func sanction(_ tokens: [Token], around charge: Range<Int>, sentence: Range<Int>) -> String? {
        let range = max(sentence.lowerBound, charge.lowerBound - Self.sanctionTokens)..<min(sentence.upperBound, charge.upperBound + Self.sanctionTokens)
        var administrative = false, criminal = false
        var k = range.lowerBound
        while k < range.upperBound {
            if let m = grammar.administrativeCues.longestMatch(tokens, at: k) { administrative = true; k = m.end }
            else if let m = grammar.criminalCues.longestMatch(tokens, at: k) { criminal = true; k = m.end }
            else { k += 1 }
        }
        return administrative == criminal ? nil : administrative ? "administrative" : "criminal"
    }

    /// How far either side of an article a proceeding and its year are looked for, in tokens.
    static let eventTokens = 20

    /// The latest year named near a proceeding word around an article, in its sentence.
    func eventYear(_ tokens: [Token], around mention: Range<Int>, sentence: Range<Int>) -> Int? {
        let range = max(sentence.lowerBound, mention.lowerBound - Self.eventTokens)..<min(sentence.upperBound, mention.upperBound + Self.eventTokens)
        var proceeding = false
        var k = range.lowerBound
        while k < range.upperBound, !proceeding {
            if let m = grammar.proceedings.longestMatch(tokens, at: k) { proceeding = true; k = m.end } else { k += 1 }
        }
        return proceeding ? latestYear(tokens, in: range) : nil
    }

    // MARK: Explicit references

    /// "Part 2 of Article 174", "ч. 2 ст. 174": a part marker, a number, and an article group.
    func partFirstGroup(_ tokens: [Token], at i: Int, sentences: Sentences) -> ([Mention], Int)? {
        guard let marker = grammar.partMarkers.longestMatch(tokens, at: i),
              marker.end < tokens.count, tokens[marker.end].kind == .number else { return nil }
        var j = marker.end + 1
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        guard case (var group, let end)? = articleGroup(tokens, at: j, sentences: sentences) else { return nil }
        if group[0].part == nil { group[0].part = tokens[marker.end].folded }
        group[0].tokens = i..<group[0].tokens.upperBound
        return (group, end)
    }

    /// An article marker, one or more numbers (a list or range), parts, and the instrument after them.
    func articleGroup(_ tokens: [Token], at i: Int, sentences: Sentences) -> ([Mention], Int)? {
        var weak = false
        var markerMatch = grammar.articleMarkers.longestMatch(tokens, at: i)
        if markerMatch == nil {
            markerMatch = grammar.weakArticleMarkers.longestMatch(tokens, at: i)
            weak = true
        }
        guard let marker = markerMatch, marker.end < tokens.count else { return nil }
        // "Article No. 373", «статья № 174»; "a similar article, 164" (a singular word, a comma, a number).
        var numberStart = marker.end
        if let number = grammar.numberMarkers.longestMatch(tokens, at: numberStart) { numberStart = number.end }
        else if marker.value == .singular, tokens[numberStart].folded == ",", tokens[marker.end - 1].kind == .word { numberStart += 1 }
        var led: (cue: Mention.InstrumentCue, end: Int)?
        var parsed = articleNumber(tokens, at: numberStart)
        if parsed == nil, marker.value == .plural, let numbers = ledNumbers(tokens, after: marker.end, sentence: sentences.ranges[sentences.index[i]]) {
            // "three articles of the Criminal Code, one of which was 174": the number stands alone.
            led = (numbers.cue, numbers.cueEnd)
            numberStart = numbers.start
            parsed = articleNumber(tokens, at: numberStart)
        }
        guard let (firstArticle, numberEnd) = parsed else { return nil }
        // After a comma the number must end the phrase or lead to an instrument, not count something
        // ("in the article, 12 people ...").
        if tokens[numberStart - 1].folded == ",", numberEnd < tokens.count, tokens[numberEnd].kind == .word,
           grammar.linkers.longestMatch(tokens, at: numberEnd) == nil { return nil }
        let sentence = sentences.index[i]
        var members: [Mention] = []
        var first = Mention(kind: .explicit, tokens: (led == nil ? i : numberStart)..<numberEnd, article: firstArticle, sentence: sentence)
        first.weak = weak
        var end = numberEnd
        end = attachParts(tokens, to: &first, from: end)
        members.append(first)

        // Lists and ranges.
        while end < tokens.count {
            var j = end
            var separated = false
            if tokens[j].folded == "," { j += 1; separated = true }
            if let connector = grammar.listConnectors.longestMatch(tokens, at: j) { j = connector.end; separated = true }
            // "13(2) and (3)": another part of the same article.
            if separated, j + 2 < tokens.count, tokens[j].folded == "(", tokens[j + 1].kind == .number, tokens[j + 2].folded == ")",
               let previous = members.last?.article, members.last?.part != nil {
                var member = Mention(kind: .listMember, tokens: j..<(j + 3), article: previous, sentence: sentence)
                member.part = tokens[j + 1].folded
                member.weak = weak
                members.append(member)
                end = j + 3
                continue
            }
            // "Article 405 Part 1 and 2", "Parts 1 and 2": a small number after a part is another part.
            if separated, j < tokens.count, tokens[j].kind == .number, tokens[j].folded.count == 1,
               let previous = members.last, let article = previous.article, previous.part != nil, partByMarker(tokens, endingAt: end),
               j + 1 >= tokens.count || tokens[j + 1].folded != "-" {
                var member = Mention(kind: .listMember, tokens: j..<(j + 1), article: article, sentence: sentence)
                member.part = tokens[j].folded
                member.weak = weak
                end = j + 1
                if let (words, after) = titleInParentheses(tokens, at: end) { member.parentheticalTitle = words; end = after }
                members.append(member)
                continue
            }
            if separated, j < tokens.count, let (article, numberEnd) = articleNumber(tokens, at: j) {
                var member = Mention(kind: .listMember, tokens: j..<numberEnd, article: article, sentence: sentence)
                member.weak = weak
                end = attachParts(tokens, to: &member, from: numberEnd)
                members.append(member)
                continue
            }
            j = end
            var ranged = false
            if ["-", "–", "—"].contains(tokens[j].folded) { j += 1; ranged = true } else if let connector = grammar.rangeConnectors.longestMatch(tokens, at: j) { j = connector.end; ranged = true }
            if ranged, j < tokens.count, tokens[j].kind == .number, let (last, numberEnd) = articleNumber(tokens, at: j),
               let from = Int(members[members.count - 1].article ?? ""), let to = Int(last), to > from {
                let inner = to - from - 1 <= Self.maximumRangeExpansion ? Array((from + 1)..<to) : []
                let rangeStart = members[members.count - 1].tokens.upperBound - 1
                for number in inner {
                    var member = Mention(kind: .rangeMember, tokens: rangeStart..<numberEnd, article: String(number), sentence: sentence)
                    member.weak = weak
                    members.append(member)
                }
                var last = Mention(kind: .listMember, tokens: j..<numberEnd, article: String(to), sentence: sentence)
                last.weak = weak
                members.append(last)
                end = numberEnd
                continue
            }
            break
        }

        // The instrument.
        let (cue, cueEnd) = led.map { ($0.cue, end) } ?? instrumentCue(tokens, at: end, sentence: sentences.ranges[sentence])
        if cue == nil, let outside = outsideInstrument(tokens, at: end, sentence: sentences.ranges[sentence]) {
            for k in members.indices { members[k].outsideInstrument = outside.name }
            return (members, outside.end)
        }
        if weak && cue == nil { return nil }
        let predicate = predicateWords(tokens, from: max(end, cueEnd), sentence: sentences.ranges[sentence])
        for k in members.indices {
            members[k].instrument = cue
            members[k].predicate = predicate
        }
        return (members, max(end, cueEnd))
    }

    /// After "articles": a named act, then a lead and a number ("of the Criminal Code, one of which
    /// was 174", "of the Code, including 174"); the act's cue and where the number starts.
    func ledNumbers(_ tokens: [Token], after start: Int, sentence: Range<Int>) -> (cue: Mention.InstrumentCue, cueEnd: Int, start: Int)? {
        let (cue, cueEnd) = instrumentCue(tokens, at: start, sentence: sentence)
        guard let cue, cueEnd < sentence.upperBound else { return nil }
        var j = cueEnd
        if tokens[j].folded == "," { j += 1 }
        guard let lead = grammar.numberLeads.longestMatch(tokens, at: j), lead.end < sentence.upperBound,
              tokens[lead.end].kind == .number else { return nil }
        return (cue, cueEnd, lead.end)
    }

    /// «174-я статья», «по 174-й статье УК»: a number written as an ordinal before the article word.
    func ordinalArticle(_ tokens: [Token], at i: Int, sentences: Sentences) -> ([Mention], Int)? {
        guard i + 1 < tokens.count, tokens[i].kind == .number else { return nil }
        let article: String
        let marker: (end: Int, value: CitationGrammar.Marker)
        if i + 3 < tokens.count, tokens[i + 1].folded == "-", !tokens[i + 1].spaceBefore,
           grammar.ordinalSuffixes.contains(tokens[i + 2].folded), !tokens[i + 2].spaceBefore,
           let m = grammar.articleMarkers.longestMatch(tokens, at: i + 3) {
            article = tokens[i].folded
            marker = m
        } else if let (number, numberEnd) = articleNumber(tokens, at: i), numberEnd < tokens.count, number.count <= 5, (Int(number) ?? 0) < 1000,
                  grammar.numberFirstMarkers.longestMatch(tokens, at: numberEnd)?.end == numberEnd + 1,
                  let m = grammar.articleMarkers.longestMatch(tokens, at: numberEnd) {
            // «по 174 статье»: the number before the article word, with no ordinal ending.
            article = number
            marker = m
        } else {
            return nil
        }
        let sentence = sentences.index[i]
        var mention = Mention(kind: .explicit, tokens: i..<marker.end, article: article, sentence: sentence)
        let (cue, cueEnd) = instrumentCue(tokens, at: marker.end, sentence: sentences.ranges[sentence])
        mention.instrument = cue
        mention.predicate = predicateWords(tokens, from: max(marker.end, cueEnd), sentence: sentences.ranges[sentence])
        return ([mention], max(marker.end, cueEnd))
    }

    /// A number such as `174` or `317-1` at token `k`: its text and the token after it.
    func articleNumber(_ tokens: [Token], at k: Int) -> (String, Int)? {
        guard k < tokens.count, tokens[k].kind == .number else { return nil }
        var article = tokens[k].folded
        var end = k + 1
        while end + 1 < tokens.count, tokens[end].folded == "-", !tokens[end].spaceBefore,
              tokens[end + 1].kind == .number, !tokens[end + 1].spaceBefore {
            let candidate = article + "-" + tokens[end + 1].folded
            let base = Int(article.split(separator: "-").last ?? "") ?? 0
            let next = Int(tokens[end + 1].folded) ?? 0
            // "317-1" is an article; "400-402" is a range.
            guard grammar.hyphenatedArticles.contains(candidate) || next < base else { break }
            article = candidate
            end += 2
        }
        return (article, end)
    }

    /// True when the tokens before `end` are a part marker and its number ("part 1", "para. 2").
    func partByMarker(_ tokens: [Token], endingAt end: Int) -> Bool {
        guard end >= 2, tokens[end - 1].kind == .number else { return false }
        return (max(0, end - 4)..<(end - 1)).contains { grammar.partMarkers.longestMatch(tokens, at: $0)?.end == end - 1 }
    }

    /// Parts written after a number: "19(3)", "174, part 1", "174 part 1"; and a parenthetical title.
    func attachParts(_ tokens: [Token], to mention: inout Mention, from start: Int) -> Int {
        var end = start
        if end + 2 < tokens.count, tokens[end].folded == "(", tokens[end + 1].kind == .number, tokens[end + 2].folded == ")" {
            mention.part = tokens[end + 1].folded
            end += 3
            mention.tokens = mention.tokens.lowerBound..<end
        }
        var j = end
        if j < tokens.count, tokens[j].folded == "," { j += 1 }
        if let marker = grammar.partMarkers.longestMatch(tokens, at: j), marker.end < tokens.count, tokens[marker.end].kind == .number {
            if mention.part == nil { mention.part = tokens[marker.end].folded }
            end = marker.end + 1
            mention.tokens = mention.tokens.lowerBound..<end
        }
        if let (words, after) = titleInParentheses(tokens, at: end) {
            mention.parentheticalTitle = words
            end = after
        }
        return end
    }

    /// "Article 145 (Violations of the Equality of People and Citizens)", "405 («organisation of ...»)":
    /// a title, not a citation; its words and the token after the closing parenthesis.
    func titleInParentheses(_ tokens: [Token], at start: Int) -> ([String], Int)? {
        guard start + 2 < tokens.count, tokens[start].folded == "(",
              tokens[start + 1].kind == .word || ["«", "\"", "“", "'"].contains(tokens[start + 1].folded) && tokens[start + 2].kind == .word else { return nil }
        var k = start + 1
        var words: [String] = []
        while k < tokens.count, k - start < 24, tokens[k].folded != ")" {
            if tokens[k].kind == .word { words.append(tokens[k].folded) }
            k += 1
        }
        guard k < tokens.count, tokens[k].folded == ")" else { return nil }
        return (words, k + 1)
    }

    /// The instrument named after a reference: an optional linker, qualifiers and fillers, then a
    /// name; then qualifiers later in the clause ("adopted in 2014", "(adopted in its first reading ...)").
    func instrumentCue(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> (Mention.InstrumentCue?, Int) {
        var j = start
        if j < tokens.count, tokens[j].folded == "," , j + 1 < tokens.count, grammar.linkers.longestMatch(tokens, at: j + 1) != nil { j += 1 }
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        var latest = false, previous = false, draft = false
        var year: Int?
        var steps = 0
        while j < tokens.count, steps < 10 {
            steps += 1
            if let name = grammar.names.longestMatch(tokens, at: j) {
                var cue = Mention.InstrumentCue(lineage: name.value.lineage, work: name.value.work)
                cue.latest = latest; cue.previous = previous; cue.draft = draft; cue.year = year
                let end = name.end
                scanTrailingQualifiers(tokens, from: end, sentence: sentence, into: &cue)
                return (cue, end)
            }
            if let m = grammar.latest.longestMatch(tokens, at: j) { latest = true; j = m.end; continue }
            if let m = grammar.previous.longestMatch(tokens, at: j) { previous = true; j = m.end; continue }
            if let m = grammar.draft.longestMatch(tokens, at: j) { draft = true; j = m.end; continue }
            if isYear(tokens[j]) { year = Int(tokens[j].folded); j += 1; continue }
            if let m = grammar.fillers.longestMatch(tokens, at: j) { j = m.end; continue }
            break
        }
        return (nil, start)
    }

    /// The name of an act the registry does not hold, right after an article: "of the Code of Criminal
    /// Procedure", «Уголовно-процессуального кодекса». At least two words, one an act's noun, within
    /// eight tokens; a bare "the Code" or "the Convention" is left to the context.
    func outsideInstrument(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> (name: String, end: Int)? {
        var j = start
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        var words = 0
        var nounEnd: Int?
        let limit = min(sentence.upperBound, j + 8)
        var k = j
        while k < limit {
            let t = tokens[k]
            if t.kind == .punctuation && t.folded != "-" { break }
            if grammar.articleMarkers.longestMatch(tokens, at: k) != nil { break }
            if let noun = grammar.instrumentNouns.longestMatch(tokens, at: k) { nounEnd = noun.end; words += 1; k = noun.end; continue }
            if t.kind == .word, grammar.fillers.longestMatch(tokens, at: k) == nil { words += 1 }
            k += 1
            // A name ends at its noun unless more name words follow it ("Law on Mass Media").
            if let end = nounEnd, k - end > 3 { break }
        }
        guard let end = nounEnd, words >= 2, end > j else { return nil }
        // "Law on Mass Media": a linking word after the noun carries the name on, three words at most.
        var nameEnd = end
        if let link = grammar.instrumentNameLinks.longestMatch(tokens, at: end) {
            nameEnd = link.end
            while nameEnd < min(k, link.end + 3), tokens[nameEnd].kind == .word { nameEnd += 1 }
        }
        let name = tokens[j..<nameEnd].map(\.folded).joined(separator: " ")
        return (name, nameEnd)
    }

    /// Qualifiers after the instrument's name, up to the end of the clause.
    func scanTrailingQualifiers(_ tokens: [Token], from start: Int, sentence: Range<Int>, into cue: inout Mention.InstrumentCue) {
        var j = start
        let limit = min(sentence.upperBound, start + 16)
        while j < limit {
            if grammar.articleMarkers.longestMatch(tokens, at: j) != nil || grammar.names.longestMatch(tokens, at: j) != nil { return }
            if let m = grammar.draft.longestMatch(tokens, at: j) { cue.draft = true; j = m.end; continue }
            if cue.year == nil, isYear(tokens[j]) { cue.year = Int(tokens[j].folded) }
            j += 1
        }
    }

    /// The words of the clause after a reference: up to 12 tokens, stopping at clause punctuation,
    /// another article or an instrument's name.
    func predicateWords(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> [String] {
        var words: [String] = []
        var j = start
        let limit = min(sentence.upperBound, start + 12)
        while j < limit {
            let t = tokens[j]
            if t.kind == .punctuation, [",", ";", ".", ":", "(", ")", "!", "?"].contains(t.folded) { break }
            if grammar.articleMarkers.longestMatch(tokens, at: j) != nil || grammar.names.longestMatch(tokens, at: j) != nil { break }
            if t.kind == .word { words.append(t.folded) }
            j += 1
        }
        return words
    }

    /// An instrument named earlier in the same clause as a charge ("the new Criminal Code ... relating
    /// to criminal libel"): the charge is that version's offence. Looks back at most 8 tokens.
    func precedingInstrument(_ tokens: [Token], before i: Int, sentence: Range<Int>) -> Mention.InstrumentCue? {
        var j = i - 1
        let floor = max(sentence.lowerBound, i - 14)
        while j >= floor {
            if tokens[j].kind == .punctuation, [",", ";", ":", "(", ")"].contains(tokens[j].folded) { return nil }
            for start in stride(from: j, through: max(floor, j - 7), by: -1) {
                guard let name = grammar.names.longestMatch(tokens, at: start), name.end == j + 1 else { continue }
                guard i - name.end <= 8 else { return nil }
                var cue = Mention.InstrumentCue(lineage: name.value.lineage, work: name.value.work)
                var k = start - 1
                while k >= max(sentence.lowerBound, start - 3) {
                    if grammar.latest.longestMatch(tokens, at: k) != nil { cue.latest = true }
                    else if grammar.previous.longestMatch(tokens, at: k) != nil { cue.previous = true }
                    else if grammar.draft.longestMatch(tokens, at: k) != nil { cue.draft = true }
                    else if isYear(tokens[k]) { cue.year = Int(tokens[k].folded) }
                    k -= 1
                }
                return cue.latest || cue.previous || cue.draft || cue.year != nil || cue.work != nil ? cue : nil
            }
            j -= 1
        }
        return nil
    }

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
                } else if var remembered = memory[article] {
                    remembered.stated = false
                    mentions[k].instrument = remembered
                } else if let named = lastNamed, lead[sentences.index[start]] - sentences.index[named.token] <= Self.contextSentences {
                    var cue = Mention.InstrumentCue(lineage: named.name.lineage, work: named.name.work)
                    cue.stated = false
                    cue.draft = named.draft
                    mentions[k].instrument = cue
                }
                lastArticle = k
            case .anaphora:
                if let antecedent = lastArticle, mentions[k].sentence - mentions[antecedent].sentence <= Self.contextSentences {
                    mentions[k].antecedent = antecedent
                    mentions[k].article = mentions[antecedent].article
                    mentions[k].part = mentions[antecedent].part
                    mentions[k].instrument = mentions[antecedent].instrument
                    mentions[k].charges = mentions[antecedent].charges
                }
            case .chargeName:
                lastArticle = k
            }
        }
        // An anaphora with nothing to point back to is not a reference. Dropping it shifts the
        // positions of the mentions after it, so antecedents are renumbered.
        var newIndex = [Int](repeating: -1, count: mentions.count)
        var kept: [Mention] = []
        for (k, mention) in mentions.enumerated() where mention.kind != .anaphora || mention.antecedent != nil {
            newIndex[k] = kept.count
            kept.append(mention)
        }
        for k in kept.indices { if let a = kept[k].antecedent { kept[k].antecedent = newIndex[a] } }
        return kept
    }

    // MARK: Helpers

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

    /// The latest year (1900–2100) named in a sentence.
    func latestYear(_ tokens: [Token], in range: Range<Int>) -> Int? {
        var latest: Int?
        for k in range where tokens[k].kind == .number && tokens[k].folded.count == 4 {
            if let y = Int(tokens[k].folded), (1900...2100).contains(y) { latest = max(latest ?? y, y) }
        }
        return latest
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
