/// Charge names: the cues before them, derived names, paraphrases, and the sanction and year near them.
extension ReferenceFinder {
    /// A bare offence word ("libel", «клевета») that follows a charge cue ending right before it
    /// ("charged with", "convicted of", «осужден за»), within the sentence, or that is coordinated
    /// with the charge just before it ("charges of libel and insult", «за клевету и оскорбление»);
    /// or an offence's heading, after any cue or an opening quote.
    func weakCharge(_ tokens: [Token], at i: Int, sentence: Range<Int>, cue: (end: Int, bare: Bool), afterCharge: Int?, listCue: Int = -1) -> (end: Int, value: [ProvisionID])? {
        // The cue first (the finder notes where the last one ends): it is rare, the patterns are many.
        // A derived name needs more than a bare "for" before it.
        let cued = cue.end == i && i > sentence.lowerBound, bare = cue.bare
        // A quote may stand between the cue and a curated name: «по статье «Клевета»», "charged with
        // 'libel'". (A derived name there would take one word of a longer quoted offence.)
        let cuedBeforeQuote = cue.end == i - 1 && i - 1 > sentence.lowerBound && Self.opensQuote(tokens, at: i - 1)
        var coordinated = false
        if !cued, let end = afterCharge, end >= sentence.lowerBound, end < i {
            // Quoted names in a list: «"Массовые беспорядки" и "Нападение на здания ..."».
            var j = end
            if Self.isClosingQuote(tokens, at: j) { j += 1 }
            if j < i, tokens[j].folded == "," { j += 1 }
            // American style puts the comma inside the quote: “mass riots,” “invasion of a building”.
            if j < i, j > end, Self.isClosingQuote(tokens, at: j) { j += 1 }
            if j < i, let connector = grammar.listConnectors.longestMatch(tokens, at: j) { j = connector.end }
            if j < i, j > end, Self.isOpeningQuote(tokens, at: j) { j += 1 }
            // "…, complicity in hostage-taking": a part in the offence or a stage of it, as after a cue.
            if j < i, j > end, let determiner = grammar.chargeDeterminers.longestMatch(tokens, at: j) { j = determiner.end }
            coordinated = j == i
            // One item of a list of offences that no name covers does not end the list
            // («массовые беспорядки, хищение оружия, грабежи и кражи»): one or two words between commas.
            // Counted lists: "2.5 thousand on charges of theft, 708 on hooliganism, 199 on destruction
            // of property": after the comma (and "and"), a count and a short preposition.
            if !coordinated, tokens[end].folded == "," {
                var k = end + 1
                if k < i, let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
                // The preposition is required: "theft, 12 witnesses said" counts no offence.
                if k + 1 < i, tokens[k].kind == .number, tokens[k + 1].kind == .word, HeadingMatcher.letters(tokens[k + 1].folded) <= 3 {
                    coordinated = k + 2 == i
                }
            }
            if !coordinated, tokens[end].folded == "," {
                var k = end + 1, words = 0
                while k < i, words < 2, tokens[k].kind == .word { k += 1; words += 1 }
                if words > 0, k < i, tokens[k].folded == "," {
                    k += 1
                    if k < i, let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
                    coordinated = k == i
                }
            }
        }
        // An item of the list a cue opened, after a comma, whatever the item before it was: a name of
        // two words at least (a bare word there is as often a topic), or any name after a semicolon,
        // which parts items of a tally, not words of a phrase ("slander - 4; insult - 3").
        if !coordinated, !cued, inCueList(tokens, at: i, sentence: sentence, listCue: listCue) {
            // In quotes, a curated name only (a derived one would take one word of a longer quoted
            // offence), and only after another charge: a quote after an article is its title.
            let inQuotes = i > sentence.lowerBound && Self.isOpeningQuote(tokens, at: i - 1)
            guard !inQuotes || afterCharge != nil,
                  let name = grammar.quotedCharges.longestMatch(tokens, at: i) ?? grammar.weakCharges.longestMatch(tokens, at: i)
                    ?? (inQuotes ? nil : grammar.derivedCharges.longestMatch(tokens, at: i)),
                  name.end - i >= 2 || tokens[i - 1].folded == ";" else { return nil }
            return name
        }
        let quoted = cuedBeforeQuote || i > sentence.lowerBound && Self.isOpeningQuote(tokens, at: i - 1)
        guard cued || coordinated || quoted else { return postCuedCharge(tokens, at: i, sentence: sentence) }
        if let long = grammar.quotedCharges.longestMatch(tokens, at: i) { return long }
        if cuedBeforeQuote, let curated = grammar.weakCharges.longestMatch(tokens, at: i) { return curated }
        // A derived name of two words or more that the quote holds whole ("for ‘knowingly false
        // denunciation’"): the quote marks it off as a name, whatever the cue.
        if cuedBeforeQuote, let derived = grammar.derivedCharges.longestMatch(tokens, at: i), derived.end - i >= 2,
           derived.end < sentence.upperBound, Self.closesQuote(tokens, at: derived.end) { return derived }
        guard cued || coordinated else { return nil }
        if let curated = grammar.weakCharges.longestMatch(tokens, at: i) { return curated }
        // A bare cue ("for", «в») licenses no derived name; a charge just named and a comma or "and" does.
        if bare && !coordinated { return nil }
        return grammar.derivedCharges.longestMatch(tokens, at: i)
    }

    /// Appends a charge name, or joins it to the charge name just before it when both name the same
    /// offence in one sentence with only words and commas between them («незаконном приобретении,
    /// передаче, ..., взрывчатых веществ и взрывных устройств», «легализации имущества, полученного
    /// преступным путём»): one offence's heading read in two pieces is one name, not two.
    static func appendCharge(_ mention: Mention, to mentions: inout [Mention], tokens: [Token]) {
        // The same offence: a provision both name (one may name its other versions too).
        if let last = mentions.last, last.kind == .chargeName, last.sentence == mention.sentence,
           mention.tokens.lowerBound >= last.tokens.upperBound, mention.tokens.lowerBound - last.tokens.upperBound <= maximumSplitGap,
           case let shared = last.charges.filter(mention.charges.contains), !shared.isEmpty,
           tokens[last.tokens.upperBound..<mention.tokens.lowerBound].allSatisfy({ $0.kind == .word || $0.folded == "," }) {
            mentions[mentions.count - 1].tokens = last.tokens.lowerBound..<mention.tokens.upperBound
            mentions[mentions.count - 1].charges = shared
            return
        }
        mentions.append(mention)
    }

    /// The most tokens between two pieces of one offence's name that `appendCharge` joins.
    static let maximumSplitGap = 16

    /// A word that makes a charge name another offence («мелким хулиганством», "petty hooliganism" of
    /// the administrative code, not hooliganism of the criminal one): a name that needs a cue is taken
    /// without one when a name that needs none lies wholly inside it, one word on.
    func qualifiedCharge(_ tokens: [Token], at i: Int) -> (end: Int, value: [ProvisionID])? {
        // The inner name first: the filter of derived names passes most words.
        guard i + 1 < tokens.count, let inner = grammar.charges.longestMatch(tokens, at: i + 1),
              let long = grammar.weakCharges.longestMatch(tokens, at: i) ?? grammar.derivedCharges.longestMatch(tokens, at: i),
              long.end >= inner.end, !long.value.contains(where: { inner.value.contains($0) }) else { return nil }
        return long
    }

    /// How far either side of a list of offences its words of crime are looked for, in tokens (across
    /// sentences: "3,070 criminal cases ... Basically, these are thefts, robberies").
    static let offenceContextTokens = 30

    /// The most items of a list of offences read ahead of its first name.
    static let listItems = 6

    /// A short offence name that heads a list of three or more offences, two of them named
    /// ("murders, thefts, robberies", «грабежей, краж, хищения оружия, ...»), near words of crime: the
    /// list is the cue. An item no name covers is one or two words before the next comma or "and".
    /// (Two names alone, "defamation and insult", are as often the subject of a sentence as charges.)
    func listedCharge(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> (end: Int, value: [ProvisionID])? {
        func name(_ k: Int) -> (end: Int, value: [ProvisionID])? {
            grammar.charges.longestMatch(tokens, at: k) ?? grammar.weakCharges.longestMatch(tokens, at: k) ?? grammar.derivedCharges.longestMatch(tokens, at: k)
        }
        func separator(_ k: Int) -> Int? {
            var j = k
            if j < sentence.upperBound, tokens[j].folded == "," { j += 1 }
            if j < sentence.upperBound, let connector = grammar.listConnectors.longestMatch(tokens, at: j) { j = connector.end }
            return j > k && j < sentence.upperBound ? j : nil
        }
        // Three items need a comma, which stands within a name's length of the first: tested first,
        // by bytes, since most tokens start no list.
        var comma = false
        for k in (i + 1)..<min(sentence.upperBound, i + 6) where tokens[k].kind == .punctuation && tokens[k].head == 0x2C { comma = true; break }
        guard comma, let first = grammar.weakCharges.longestMatch(tokens, at: i) ?? grammar.derivedCharges.longestMatch(tokens, at: i) else { return nil }
        var items = 1, names = 1, k = first.end
        while items < Self.listItems, let next = separator(k) {
            if let named = name(next) {
                items += 1; names += 1; k = named.end
                continue
            }
            var j = next, words = 0
            while j < sentence.upperBound, words < 2, tokens[j].kind == .word { j += 1; words += 1 }
            guard words > 0, separator(j) != nil else { break }
            items += 1; k = j
        }
        guard items >= 3, names >= 2 else { return nil }
        let context = max(0, i - Self.offenceContextTokens)..<min(tokens.count, first.end + Self.offenceContextTokens)
        for k in context where grammar.offenceContext.longestMatch(tokens, at: k) != nil { return first }
        return nil
    }

    /// Where an offence in the author's words may start at token `i`: after a charge cue that is more
    /// than a bare preposition, and an opening quote ("under the article ‘appeals to ...’"); or after
    /// the charge just named, a comma or "and", and any cue («в возбуждении розни, в призывах к ...»).
    /// `cue` is the charge cue that starts at `i`, if any.
    func offenceStart(_ tokens: [Token], at i: Int, sentence: Range<Int>, cue cueHere: (end: Int, bare: Bool)?, afterCharge: Int?,
                      listCue: Int? = nil) -> Int? {
        func skipQuote(_ k: Int) -> Int { k < sentence.upperBound && (Self.isOpeningQuote(tokens, at: k) || tokens[k].folded == "'") ? k + 1 : k }
        if let cue = cueHere, !cue.bare {
            // «по статье уголовного кодекса «…»»: the code's name may stand between the cue and the title.
            var start = cue.end
            if let name = grammar.names.longestMatch(tokens, at: start), name.end <= sentence.upperBound { start = name.end }
            start = skipQuote(start)
            return start < sentence.upperBound && tokens[start].kind == .word ? start : nil
        }
        // «Им вменяются хищение бюджетных денег, злоупотребления должностными полномочиями, …»: an item
        // of the list a cue opened, after a comma, though the item before it named no offence.
        if cueHere == nil, afterCharge.map({ $0 < i - 1 }) ?? true, let listCue, sentence.contains(listCue), listCue < i,
           i - listCue <= Self.cueListTokens, i > 0, followsItemBreak(tokens, at: i) {
            var k = i
            if let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
            k = skipQuote(k)
            if k < sentence.upperBound, tokens[k].kind == .word { return k }
        }
        // A comma and a closing quote in either order (“mass riots,” “invasion ...”, «riots», and).
        guard cueHere == nil || cueHere?.bare == true, let lastEnd = afterCharge, followsCharge(tokens, at: i, lastCharge: lastEnd) else { return nil }
        var k = i
        let comma = (lastEnd..<i).contains { tokens[$0].folded == "," }
        var connected = comma
        if let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end; connected = true }
        if let cue = grammar.chargeCues.longestMatch(tokens, at: k) { k = cue.end }
        k = skipQuote(k)
        guard connected, k > i else { return nil }
        return k < sentence.upperBound && tokens[k].kind == .word ? k : nil
    }

    /// The offence a one-word charge names with the complement it shares with the next item ("theft
    /// and illegal possession of weapons", «хищение и незаконный оборот оружия»): the word with the
    /// last words of the coordination read as one name, when that name is another offence's. Tries
    /// at most `sharedComplementWords` places for the complement.
    func sharedComplement(_ tokens: [Token], at i: Int, sentence: Range<Int>, own: [ProvisionID]) -> [ProvisionID]? {
        guard i + 2 < sentence.upperBound, let connector = grammar.listConnectors.longestMatch(tokens, at: i + 1) else { return nil }
        let first = connector.end + 1
        guard first < sentence.upperBound else { return nil }
        for j in first..<min(sentence.upperBound, first + Self.sharedComplementWords) {
            if tokens[j].kind == .punctuation { return nil }
            let joined = [tokens[i]] + tokens[j..<min(sentence.upperBound, j + 4)]
            if let name = grammar.charges.longestMatch(joined, at: 0) ?? grammar.weakCharges.longestMatch(joined, at: 0) ?? grammar.derivedCharges.longestMatch(joined, at: 0),
               name.end >= 2, !name.value.contains(where: { own.contains($0) }) {
                return name.value
            }
        }
        return nil
    }

    /// How many words after a coordination's connector the shared complement is looked for.
    static let sharedComplementWords = 4

    /// An offence in the author's words inside quotes, with no charge cue right before it, near words
    /// of crime («Уголовное дело ... об «участии в деятельности организации после решения суда о
    /// запрете ее деятельности ...»»): the quoted words, read to the closing quote, must match an
    /// offence's heading (`HeadingMatcher.match`, quoted). A quote that names no offence's heading (a
    /// party, a law's title) gives none.
    /// `lastReference`: where the last mention ends, if it is an article (whose title a quote after
    /// it is: "Art. 170-2, "calls for the violent overthrow ..."").
    func quotedOffence(_ tokens: [Token], at i: Int, sentence: Range<Int>, lastReference: Int?) -> (end: Int, ids: [ProvisionID])? {
        guard i > sentence.lowerBound, Self.isOpeningQuote(tokens, at: i - 1), tokens[i].kind == .word,
              lastReference.map({ i - $0 > 3 }) ?? true else { return nil }
        let limit = min(sentence.upperBound, i + HeadingMatcher.quotedWindow)
        var close = i + 1
        while close < limit, !Self.isClosingQuote(tokens, at: close) { close += 1 }
        guard close < limit, close - i >= 3 else { return nil }
        let context = max(sentence.lowerBound, i - Self.offenceContextTokens)..<min(sentence.upperBound, close + Self.offenceContextTokens)
        guard context.contains(where: { grammar.offenceContext.longestMatch(tokens, at: $0) != nil }) else { return nil }
        return grammar.headingMatcher.match(tokens, from: i, limit: close, quoted: true)
    }

    /// True when token `i` is the charge just named's end, or follows it with only a comma and closing
    /// quotes between (“mass riots,” “invasion …”).
    func followsCharge(_ tokens: [Token], at i: Int, lastCharge: Int?) -> Bool {
        guard let end = lastCharge, end <= i, i - end <= 2 else { return false }
        return (end..<i).allSatisfy { tokens[$0].folded == "," || Self.isClosingQuote(tokens, at: $0) }
    }

    /// True when token `i` follows a comma or semicolon (and perhaps "and") within `cueListTokens` after the end of
    /// a cue that is not a bare preposition, in the same sentence.
    func inCueList(_ tokens: [Token], at i: Int, sentence: Range<Int>, listCue: Int) -> Bool {
        guard listCue >= sentence.lowerBound, listCue < i, i - listCue <= Self.cueListTokens, i > sentence.lowerBound else { return false }
        // The item may open with a quote: “riots,” “invasion ...”.
        let i = i - 1 > listCue && Self.isOpeningQuote(tokens, at: i - 1) ? i - 1 : i
        if followsItemBreak(tokens, at: i) { return true }
        // "…, and X": the connector before the item.
        var k = i - 1
        while k > listCue, tokens[k].kind == .word, i - k <= 2 {
            if followsItemBreak(tokens, at: k), grammar.listConnectors.longestMatch(tokens, at: k)?.end == i { return true }
            k -= 1
        }
        return false
    }

    /// True when token `i` follows a comma or semicolon, or one and the closing quote after it (the
    /// American “riots,” “invasion ...”).
    func followsItemBreak(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 0 else { return false }
        if tokens[i - 1].folded == "," || tokens[i - 1].folded == ";" { return true }
        return i > 1 && Self.isClosingQuote(tokens, at: i - 1) && (tokens[i - 2].folded == "," || tokens[i - 2].folded == ";")
    }

    /// How far after a charge cue the items of its list are read as offences, in tokens.
    static let cueListTokens = 40

    /// True for a mark that opens a quoted heading: « " “ ‘ (by bytes, in the hot loop).
    @inline(__always)
    static func isOpeningQuote(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        switch tokens[k].head {
        case 0x22, 0xABC2, 0x9C80E2, 0x9880E2: return true
        default: return false
        }
    }

    /// True for an opening quote, or a single quote (which the tokenizer folds with the apostrophe)
    /// with a space before it and a word right after it: "for ‘knowingly false denunciation’".
    static func opensQuote(_ tokens: [Token], at k: Int) -> Bool {
        if isOpeningQuote(tokens, at: k) { return true }
        return tokens[k].folded == "'" && tokens[k].spaceBefore && k + 1 < tokens.count && tokens[k + 1].kind == .word && !tokens[k + 1].spaceBefore
    }

    /// True for a closing quote, or a single quote right after a word with a space, a punctuation
    /// mark or the end after it (not the apostrophe of "Code's").
    static func closesQuote(_ tokens: [Token], at k: Int) -> Bool {
        if isClosingQuote(tokens, at: k) { return true }
        return tokens[k].folded == "'" && !tokens[k].spaceBefore && k > 0 && tokens[k - 1].kind == .word
            && (k + 1 == tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].kind == .punctuation)
    }

    /// True for a mark that closes a quoted heading: " » ” ’.
    static func isClosingQuote(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        switch tokens[k].head {
        case 0x22, 0xBBC2, 0x9D80E2, 0x9980E2: return true
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
}
