/// Explicit references: article words, numbers, lists, ranges, parts, and the instrument after them.
extension ReferenceFinder {
    // MARK: Explicit references

    /// "Part 2 of Article 174", "ч. 2 ст. 174": a part marker, a number, and an article group.
    func partFirstGroup(_ tokens: [Token], at i: Int, sentences: Sentences) -> ([Mention], Int)? {
        guard let marker = grammar.partMarkers.longestMatch(tokens, at: i),
              let (firstPart, firstEnd) = articleNumber(tokens, at: marker.end) else { return nil }
        // "paragraphs 3 and 3-1 of article 2", «части 1, 2 и 3 статьи 174»: more parts of the one article.
        var parts: [(part: String, tokens: Range<Int>)] = [(firstPart, marker.end..<firstEnd)]
        var j = firstEnd
        while parts.count < Self.partListMost, j < tokens.count {
            var k = j
            if tokens[k].folded == "," { k += 1 }
            if k < tokens.count, let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
            guard k > j, let (part, end) = articleNumber(tokens, at: k) else { break }
            parts.append((part, k..<end))
            j = end
        }
        if let linker = grammar.linkers.longestMatch(tokens, at: j) { j = linker.end }
        guard case (var group, let end)? = articleGroup(tokens, at: j, sentences: sentences) else { return nil }
        if group[0].part == nil { group[0].part = firstPart }
        group[0].tokens = i..<group[0].tokens.upperBound
        // Each further part is a member of its own, of the article the first part names (one article only).
        if group.count == 1, group[0].part == firstPart {
            for extra in parts.dropFirst() {
                var member = group[0]
                member.kind = .listMember
                member.part = extra.part
                member.tokens = extra.tokens
                group.append(member)
            }
        }
        return (group, end)
    }

    /// The most parts of one article a part-first list reads.
    static let partListMost = 12

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
        // «по статье ч 4 274 УК РК»: the part between the article word and the article's number.
        var leadingPart: String?
        if let partMarker = grammar.partMarkers.longestMatch(tokens, at: numberStart),
           let (part, partEnd) = articleNumber(tokens, at: partMarker.end), partEnd < tokens.count, tokens[partEnd].kind == .number {
            leadingPart = part
            numberStart = partEnd
        }
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
        first.part = leadingPart
        var end = numberEnd
        end = attachParts(tokens, to: &first, from: end)
        members.append(first)

        // Lists and ranges.
        let sentenceRange = sentences.ranges[sentence]
        while end < tokens.count {
            // «статья 174 — «…» и 274 — «…»»: a member's quoted title, then the next member.
            if let (words, after) = quotedTitle(tokens, at: end, sentence: sentenceRange), after < sentenceRange.upperBound {
                var k = after
                if tokens[k].folded == "," { k += 1 }
                if k < tokens.count, let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
                // The number must not count something («… и 12 человек»).
                if k > after, k < tokens.count, let (_, numberEnd) = articleNumber(tokens, at: k),
                   numberEnd >= tokens.count || tokens[numberEnd].kind != .word || grammar.linkers.longestMatch(tokens, at: numberEnd) != nil {
                    if members[members.count - 1].parentheticalTitle.isEmpty { members[members.count - 1].parentheticalTitle = words }
                    end = after
                }
            }
            var j = end
            var separated = false
            if tokens[j].folded == "," { j += 1; separated = true }
            if let connector = grammar.listConnectors.longestMatch(tokens, at: j) { j = connector.end; separated = true }
            // «ч.1/2»: a slash between parts lists them.
            if !separated, j + 1 < tokens.count, tokens[j].folded == "/", members.last?.part != nil, tokens[j + 1].kind == .number { j += 1; separated = true }
            // "13(2) and (3)": another part of the same article.
            if separated, j + 2 < tokens.count, tokens[j].folded == "(", tokens[j + 1].kind == .number, tokens[j + 2].folded == ")",
               let previous = members.last?.article, members.last?.part != nil {
                var member = Mention(kind: .listMember, tokens: j..<(j + 3), article: previous, sentence: sentence)
                member.part = tokens[j + 1].folded
                member.weak = weak
                members.append(member)
                // "14 (1), (2) and (3) (b), (d) and (e), 17 (1)": the items of that part too.
                end = skipSubItems(tokens, from: j + 3)
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
                // A member inside the range is cited by the whole phrase ("articles 1 to 5", "7 to 9" in a list).
                let rangeStart = members[members.count - 1].tokens.lowerBound
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
        // «ст. 110 УК Казахской ССР», "the Criminal Code of the Russian Federation": another state's code.
        if cue != nil, cueEnd > end, let foreignEnd = foreignJurisdiction(tokens, at: cueEnd, sentence: sentences.ranges[sentence]) {
            let nameStart = afterLinkerAndFillers(tokens, from: end, before: foreignEnd)
            let name = tokens[nameStart..<foreignEnd].filter { $0.kind == .word }.map(\.folded).joined(separator: " ")
            for k in members.indices { members[k].outsideInstrument = name }
            return (members, foreignEnd)
        }
        if weak && cue == nil { return nil }
        if cue == nil, let lawEnd = bareLaw(tokens, at: end, sentence: sentences.ranges[sentence]) {
            for k in members.indices { members[k].bareLaw = true }
            let predicate = predicateWords(tokens, from: lawEnd, sentence: sentences.ranges[sentence])
            for k in members.indices { members[k].predicate = predicate }
            return (members, lawEnd)
        }
        var after = max(end, cueEnd)
        // «по статье 488, часть 7, адмкодекса (нарушение порядка …)»: a title in parentheses after the
        // code's name is the last article's title too.
        if cue != nil, after > end, let (words, titleEnd) = titleInParentheses(tokens, at: after) {
            if members[members.count - 1].parentheticalTitle.isEmpty { members[members.count - 1].parentheticalTitle = words }
            after = titleEnd
        }
        let predicate = predicateWords(tokens, from: after, sentence: sentences.ranges[sentence])
        for k in members.indices {
            members[k].instrument = cue
            members[k].predicate = predicate
        }
        return (members, after)
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
            end = skipSubItems(tokens, from: end)
        } else if end + 1 < tokens.count, tokens[end].folded == "(", let marker = grammar.partMarkers.longestMatch(tokens, at: end + 1),
                  marker.end + 1 < tokens.count, tokens[marker.end].kind == .number, tokens[marker.end + 1].folded == ")" {
            // "Article 1 (section 1) of the Constitution": the part, in parentheses with its marker.
            mention.part = tokens[marker.end].folded
            end = marker.end + 2
            mention.tokens = mention.tokens.lowerBound..<end
        }
        var j = end
        if j < tokens.count, tokens[j].folded == "," { j += 1 }
        if let marker = grammar.partMarkers.longestMatch(tokens, at: j), marker.end < tokens.count, tokens[marker.end].kind == .number {
            if mention.part == nil { mention.part = tokens[marker.end].folded }
            end = marker.end + 1
            mention.tokens = mention.tokens.lowerBound..<end
            end = skipSubPoint(tokens, from: end)
        }
        if let (words, after) = titleInParentheses(tokens, at: end) {
            mention.parentheticalTitle = words
            end = after
        }
        return end
    }

    /// "(d)", "(d) and (g)", "(ii)" after a part: items of that part, which belong to it and do not end
    /// a list ("articles 14 (3) (d) and (g), 19 and 21"). Returns the token after the last one.
    func skipSubItems(_ tokens: [Token], from start: Int) -> Int {
        var end = start
        while true {
            var k = end
            if end > start {
                if k < tokens.count, tokens[k].folded == "," { k += 1 }
                if let connector = grammar.listConnectors.longestMatch(tokens, at: k) { k = connector.end }
                guard k > end else { break }
            }
            guard k + 2 < tokens.count, tokens[k].folded == "(", Self.isSubItemLabel(tokens[k + 1]), tokens[k + 2].folded == ")" else { break }
            end = k + 3
        }
        return end
    }

    /// «п. «б»», «п. 2», "para. b" right after a part: the point of that part, which belongs to it and
    /// does not end a list («статьями 311 ч.5, 176 ч.4 п. «б», 307 ч.4»). Returns the token after it.
    func skipSubPoint(_ tokens: [Token], from start: Int) -> Int {
        guard let marker = grammar.partMarkers.longestMatch(tokens, at: start), marker.end < tokens.count else { return start }
        let label = tokens[marker.end]
        if label.kind == .number || label.kind == .word && label.folded.count == 1 { return marker.end + 1 }
        if Self.isOpeningQuote(tokens, at: marker.end), marker.end + 2 < tokens.count, tokens[marker.end + 1].folded.count == 1,
           ["»", "\"", "”", "'"].contains(tokens[marker.end + 2].folded) {
            return marker.end + 3
        }
        return start
    }

    /// A letter or a small roman numeral, as items of a part are labelled: "d", "ii".
    static func isSubItemLabel(_ token: Token) -> Bool {
        guard token.kind == .word, !token.spaceBefore else { return false }
        let text = token.folded
        if text.utf8.count == 1, let b = text.utf8.first, b >= 0x61, b <= 0x7A { return true }
        return ["ii", "iii", "iv", "vi", "vii", "viii", "ix"].contains(text)
    }

    /// "Article 145 (Violations of the Equality of People and Citizens)", "405 («organisation of ...»)":
    /// a title, not a citation; its words and the token after the closing parenthesis.
    func titleInParentheses(_ tokens: [Token], at start: Int) -> ([String], Int)? {
        guard start + 2 < tokens.count, tokens[start].folded == "(",
              tokens[start + 1].kind == .word || ["«", "\"", "“", "'"].contains(tokens[start + 1].folded) && tokens[start + 2].kind == .word else { return nil }
        var k = start + 1
        var words: [String] = []
        while k < tokens.count, k - start < 24, tokens[k].folded != ")" {
            // "(now Article 174 …)", «(ныне ст. 174)»: a number inside makes it a citation, not a title.
            if tokens[k].kind == .number { return nil }
            if tokens[k].kind == .word { words.append(tokens[k].folded) }
            k += 1
        }
        guard k < tokens.count, tokens[k].folded == ")" else { return nil }
        return (words, k + 1)
    }

    /// «статьи 488 КоАП — «Нарушение порядка …»», "Article 174: “Inciting discord”": a quoted heading
    /// right after a citation (after a dash or colon, or at once) is that article's title, not a charge of
    /// its own. Its words and the token after the closing quote, within `sentence` and 40 tokens.
    func quotedTitle(_ tokens: [Token], at start: Int, sentence: Range<Int>) -> ([String], Int)? {
        var k = start
        if k < sentence.upperBound, ["—", "–", "-", ":"].contains(tokens[k].folded) { k += 1 }
        guard k + 1 < sentence.upperBound, Self.isOpeningQuote(tokens, at: k), tokens[k + 1].kind == .word else { return nil }
        let guillemets = tokens[k].folded == "«"
        var depth = 0
        var words: [String] = []
        var j = k
        let limit = min(sentence.upperBound, k + 40)
        while j < limit {
            let text = tokens[j].folded
            if guillemets && text == "«" { depth += 1 }
            else if guillemets && text == "»" { depth -= 1; if depth == 0 { return (words, j + 1) } }
            else if !guillemets && j > k && (text == "\"" || text == "”" || text == "’" || text == "'") { return (words, j + 1) }
            else if tokens[j].kind == .word { words.append(text) }
            j += 1
        }
        return nil
    }
}
