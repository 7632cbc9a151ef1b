/// Finds recommendations in a report: the items of its recommendation sections and lists, the
/// sentences that recommend, and the recommendations of other bodies it reports (with their UPR
/// references from footnotes), plus its assessments of whether recommendations were implemented.
///
/// All words come from `Statutes/language.json`.
public struct RecommendationFinder: Sendable {
    let headings: PatternIndex<Bool>
    let leads: PatternIndex<Bool>
    let modals: PatternIndex<Bool>
    let sectionEnds: PatternIndex<Bool>
    let recommendationWords: PatternIndex<Bool>
    let actions: PatternIndex<String>
    let responses: PatternIndex<String>
    let implementation: PatternIndex<String>
    let forums: PatternIndex<String>

    /// Compiles the recommendation words of every language of a registry.
    public init(registry: Registry) {
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        func list(_ path: KeyPath<LanguageRules, [String]>) -> PatternIndex<Bool> { PatternIndex(rules.flatMap { $0[keyPath: path] }) }
        func group(_ path: KeyPath<LanguageRules, [String: [String]]>) -> PatternIndex<String> {
            var index = PatternIndex<String>()
            for r in rules {
                for name in r[keyPath: path].keys.sorted() {
                    for text in r[keyPath: path][name] ?? [] { if let p = WordPattern(text) { index.add(p, name) } }
                }
            }
            return index
        }
        headings = list(\.recommendationHeadings)
        leads = list(\.recommendationLeads)
        modals = list(\.recommendationModals)
        sectionEnds = list(\.recommendationSectionEnds)
        recommendationWords = list(\.recommendationWords)
        actions = group(\.recommendationActions)
        responses = group(\.recommendationResponses)
        implementation = group(\.implementationStatus)
        forums = group(\.forums)
    }

    /// A line of the cleaned text and its tokens.
    struct Line {
        var tokens: Range<Int>
        var start: Int
        var end: Int
        var text: String
    }

    /// The recommendations and implementation assessments of an analysed document.
    public func find(in analysis: Citer.Analysis) -> (recommendations: [Recommendation], assessments: [ImplementationAssessment]) {
        let tokens = analysis.tokens
        let lines = Self.lines(analysis)
        let reportName = analysis.document.path.split(separator: "/").last.map(String.init) ?? analysis.document.path
        let date = analysis.report.document.date
        let publisher = analysis.document.metadata.publisher
        let documentForum = forum(of: analysis)
        var found: [(start: Int, end: Int, origin: Recommendation.Origin, theme: String?)] = []
        var covered = CoveredRanges()

        // 1. Sections and lists.
        var i = 0
        var inSection = false
        var theme: String?
        var current: (start: Int, end: Int)?
        var lastLineEndedSentence = true
        func close() {
            if let c = current, c.end > c.start { found.append((c.start, c.end, .list, theme)) }
            current = nil
        }
        while i < lines.count {
            let line = lines[i]
            defer { i += 1 }
            guard !line.tokens.isEmpty else { continue }
            let first = line.tokens.lowerBound
            if isFurniture(line) { continue }
            if !inSection {
                if fills(headings, line, tokens) || endsWithLead(line, tokens) {
                    inSection = true
                    theme = nil
                    lastLineEndedSentence = true
                }
                continue
            }
            if fills(sectionEnds, line, tokens) { close(); inSection = false; continue }
            if fills(headings, line, tokens) || endsWithLead(line, tokens) { close(); theme = nil; continue }
            let bodyStart = itemBodyStart(line, tokens, afterSentence: lastLineEndedSentence, analysis: analysis)
            if let bodyStart {
                close()
                current = (tokens[bodyStart].start, line.end)
                lastLineEndedSentence = endsSentence(line, tokens)
                continue
            }
            let words = line.tokens.filter { tokens[$0].kind == .word }.count
            if lastLineEndedSentence && isHeadingLike(line, tokens, words: words) {
                close()
                theme = headingText(line, tokens)
                continue
            }
            if lastLineEndedSentence, current != nil, startsUpper(tokens[first], analysis), words > 10 {
                // A new paragraph of prose after the list: the section is over.
                close()
                inSection = false
                continue
            }
            if current != nil {
                current?.end = line.end
            } else if theme != nil || words > 0 {
                current = (tokens[first].start, line.end)
            }
            lastLineEndedSentence = endsSentence(line, tokens)
        }
        close()
        // A bullet inside an item, or a semicolon followed by a capital ("...countries;  Amend
        // legislation ..."), starts another item.
        found = found.flatMap { item -> [(start: Int, end: Int, origin: Recommendation.Origin, theme: String?)] in
            let inside = tokens.indices.filter { tokens[$0].start > item.start && tokens[$0].end <= item.end }
            let bullets = inside.filter { k in
                tokens[k].folded == "•" || (tokens[k].folded == ";" && k + 1 < tokens.count && tokens[k + 1].end <= item.end
                    && tokens[k + 1].kind == .word && startsUpper(tokens[k + 1], analysis))
            }.map { k in tokens[k].folded == ";" ? Token(kind: .punctuation, start: tokens[k].end, end: tokens[k].end, folded: ";", spaceBefore: false, lineBreakBefore: false) : tokens[k] }
            guard !bullets.isEmpty else { return [item] }
            var pieces: [(start: Int, end: Int, origin: Recommendation.Origin, theme: String?)] = []
            var start = item.start
            for bullet in bullets {
                pieces.append((start, bullet.start, item.origin, item.theme))
                start = bullet.end
            }
            pieces.append((start, item.end, item.origin, item.theme))
            return pieces.map { piece in
                var p = piece
                let inside = tokens.filter { $0.start >= p.start && $0.end <= p.end }
                if let first = inside.first, let last = inside.last { p.start = first.start; p.end = last.end }
                return p
            }.filter { $0.end > $0.start }
        }
        for item in found { covered.insert(item.start..<item.end) }

        // 2. Sentences that recommend, outside the sections.
        for range in analysis.sentences.ranges where !range.isEmpty {
            var k = range.lowerBound
            while k < range.upperBound, tokens[k].kind == .punctuation { k += 1 }
            guard k < range.upperBound, modals.longestMatch(tokens, at: k) != nil else { continue }
            let start = tokens[k].start, end = tokens[range.upperBound - 1].end
            if covered.overlaps(start..<end) { continue }
            found.append((start, end, .sentence, nil))
            covered.insert(start..<end)
        }
        found.sort { $0.start < $1.start }

        var recommendations: [Recommendation] = []
        for (n, item) in found.enumerated() {
            recommendations.append(make(id: "\(reportName)#\(n + 1)", range: item.start..<item.end, origin: item.origin, theme: item.theme,
                                        issuer: publisher, date: date, forum: item.origin == .list || item.origin == .sentence ? documentForum : nil,
                                        analysis: analysis, report: reportName))
        }

        // 3. Recommendations of other bodies reported in the text, and assessments.
        var assessments: [ImplementationAssessment] = []
        var reportedCount = 0
        for range in analysis.sentences.ranges where !range.isEmpty {
            let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
            if covered.overlaps(start..<end) { continue }
            var response: String?, hasWord = false, status: String?
            var k = range.lowerBound
            while k < range.upperBound {
                if response == nil, let m = responses.longestMatch(tokens, at: k) { response = m.value; k = m.end; continue }
                if let m = recommendationWords.longestMatch(tokens, at: k) { hasWord = true; k = m.end; continue }
                if let m = implementation.longestMatch(tokens, at: k) {
                    // A sentence that says something was done and something was not is about what was not.
                    if status == nil || m.value == "not implemented" { status = m.value }
                    k = m.end
                    continue
                }
                k += 1
            }
            let sentenceCitations = analysis.citations(within: analysis.clean.originalRange(start, end))
            if let status, hasWord {
                let original = analysis.clean.originalRange(start, end)
                assessments.append(ImplementationAssessment(
                    status: status, report: reportName, date: date,
                    targets: unique(sentenceCitations.compactMap { $0.resolved?.cited?.withoutPart }),
                    passage: passage(analysis, original, report: reportName)))
            }
            guard let response, hasWord else { continue }
            // Each quoted recommendation, or the "to ..." clause when nothing is quoted.
            let segments = quotedSegments(range, tokens) ?? toClause(range, tokens).map { [$0] } ?? []
            let upr = footnoteUPR(in: start..<end, analysis: analysis)
            for segment in segments {
                reportedCount += 1
                var recommendation = make(id: "\(reportName)#r\(reportedCount)", range: tokens[segment.lowerBound].start..<tokens[segment.upperBound - 1].end,
                                          origin: .reported, theme: nil, issuer: nil, date: nil, forum: "UPR", analysis: analysis, report: reportName)
                recommendation.response = response
                recommendation.upr = upr
                recommendation.issuer = upr.map { reference in
                    let states = reference.items.compactMap(\.state)
                    return states.isEmpty ? "UPR recommending states" : states.joined(separator: ", ")
                } ?? "UPR recommending states"
                // The review's year: the document symbol's session, else a year the text gives.
                let textYear = reviewYear(range, tokens, analysis: analysis)
                recommendation.statedReviewYear = textYear
                if let year = upr?.sessionYear ?? textYear { recommendation.date = LegalDate("\(year)") }
                if let upr, let sessionYear = upr.sessionYear, let textYear, textYear != sessionYear {
                    recommendation.notes.append("the text speaks of the review of \(textYear), but \(upr.document) is a document of the Human Rights Council session held in \(sessionYear)")
                }
                // Citations in the whole sentence belong to the reported recommendation when it is a "to ..." clause.
                recommendations.append(recommendation)
            }
        }
        recommendations.sort { ($0.passage.start, $0.id) < ($1.passage.start, $1.id) }
        return (recommendations, assessments)
    }

    // MARK: Building a recommendation

    func make(id: String, range: Range<Int>, origin: Recommendation.Origin, theme: String?, issuer: String?, date: LegalDate?,
              forum: String?, analysis: Citer.Analysis, report: String) -> Recommendation {
        let original = analysis.clean.originalRange(range.lowerBound, range.upperBound)
        let citations = analysis.citations(within: original)
        let tokens = analysis.tokens
        var actionNames: [String] = []
        for k in analysis.tokens(within: range) {
            if let m = actions.longestMatch(tokens, at: k), !actionNames.contains(m.value) { actionNames.append(m.value) }
        }
        let text = Citer.collapseSpaces(ArraySlice(Array(analysis.document.text.utf8)[original]))
        return Recommendation(
            id: id, report: report, issuer: issuer, date: date, forum: forum, theme: theme, upr: nil, response: nil,
            actions: actionNames,
            targets: unique(citations.compactMap { $0.resolved?.cited?.withoutPart }),
            currentTargets: unique(citations.flatMap { $0.resolved?.inForce.map(\.withoutPart) ?? [] }),
            citationFlags: Array(Set(citations.flatMap(\.flags))).sorted(),
            text: text, passage: passage(analysis, original, report: report), origin: origin, notes: [])
    }

    func passage(_ analysis: Citer.Analysis, _ range: Range<Int>, report: String) -> Passage {
        Passage(report: report, start: range.lowerBound, end: range.upperBound,
                quote: String(decoding: Array(analysis.document.text.utf8)[range], as: UTF8.self))
    }

    /// The forum of a report's own recommendations, from its title (or first lines).
    func forum(of analysis: Citer.Analysis) -> String? {
        let title = analysis.document.metadata.title ?? ""
        let titleTokens = Tokenizer.tokenize(title)
        for k in titleTokens.indices { if let m = forums.longestMatch(titleTokens, at: k) { return m.value == "UPR" ? "UPR submission" : m.value } }
        return analysis.document.metadata.publisher == nil ? nil : "NGO report"
    }

    // MARK: Lines

    static func lines(_ analysis: Citer.Analysis) -> [Line] {
        var result: [Line] = []
        let bytes = analysis.clean.bytes
        var tokenIndex = 0
        var lineStart = 0
        for position in 0...bytes.count where position == bytes.count || bytes[position] == 0x0A {
            let firstToken = tokenIndex
            while tokenIndex < analysis.tokens.count, analysis.tokens[tokenIndex].start < position { tokenIndex += 1 }
            result.append(Line(tokens: firstToken..<tokenIndex, start: lineStart, end: position,
                               text: String(decoding: bytes[lineStart..<position], as: UTF8.self)))
            lineStart = position + 1
        }
        return result
    }

    /// True when a pattern covers the whole line, numbering ("6.") and a final ":" aside.
    func fills(_ index: PatternIndex<Bool>, _ line: Line, _ tokens: [Token]) -> Bool {
        var first = line.tokens.lowerBound, last = line.tokens.upperBound
        while first < last, tokens[first].kind == .number || tokens[first].folded == "." || tokens[first].folded == ")" { first += 1 }
        while last > first, [":", ".", "–", "-"].contains(tokens[last - 1].folded) { last -= 1 }
        guard first < last else { return false }
        return index.matches(tokens, at: first).contains { $0.end == last }
    }

    /// True when the line ends with a lead phrase and a colon ("... calls on the government of Kazakhstan to:").
    func endsWithLead(_ line: Line, _ tokens: [Token]) -> Bool {
        guard line.tokens.count >= 2, tokens[line.tokens.upperBound - 1].folded == ":" else { return false }
        for k in line.tokens {
            if let m = leads.longestMatch(tokens, at: k), m.end == line.tokens.upperBound - 1 { return true }
        }
        return false
    }

    /// Where an item's text starts when the line opens a list item: a bullet, a number ("1." "2)"),
    /// a letter ("a)"), or a recommending phrase ("The State should").
    /// An indented line that starts with a capital after a finished sentence is an item too: list
    /// bullets often survive text extraction only as the indent they left.
    func itemBodyStart(_ line: Line, _ tokens: [Token], afterSentence: Bool, analysis: Citer.Analysis) -> Int? {
        let first = line.tokens.lowerBound
        let t = tokens[first]
        if afterSentence, let c = line.text.unicodeScalars.first, c == " " || c == "\t", t.kind == .word, startsUpper(t, analysis) { return first }
        if t.kind == .punctuation, ["•", "-", "–", "*", "▪", "◦"].contains(t.folded), first + 1 < line.tokens.upperBound { return first + 1 }
        if first + 2 < line.tokens.upperBound, (t.kind == .number && t.folded.count <= 2) || (t.kind == .word && t.folded.count == 1),
           [".", ")"].contains(tokens[first + 1].folded), tokens[first + 2].kind == .word, !tokens[first + 2].spaceBefore == false {
            return first + 2
        }
        if modals.longestMatch(tokens, at: first) != nil { return first }
        return nil
    }

    func isHeadingLike(_ line: Line, _ tokens: [Token], words: Int) -> Bool {
        guard words >= 1, words <= 8 else { return false }
        let last = tokens[line.tokens.upperBound - 1].folded
        return last == ":" || tokens[line.tokens.upperBound - 1].kind == .word
    }

    func headingText(_ line: Line, _ tokens: [Token]) -> String {
        var text = line.text.trimmingSpaces
        if text.hasSuffix(":") { text.removeLast() }
        return text.trimmingSpaces
    }

    func endsSentence(_ line: Line, _ tokens: [Token]) -> Bool {
        guard !line.tokens.isEmpty else { return false }
        let last = tokens[line.tokens.upperBound - 1].folded
        return [".", ";", "!", "?", ":", "”", "\""].contains(last)
    }

    /// Page furniture: a running head with a wide gap inside, or a lone number.
    func isFurniture(_ line: Line) -> Bool {
        let trimmed = line.text.trimmingSpaces
        if trimmed.contains("    ") { return true }
        return !trimmed.isEmpty && trimmed.allSatisfy(\.isNumber)
    }

    func startsUpper(_ token: Token, _ analysis: Citer.Analysis) -> Bool {
        analysis.clean.bytes.withUnsafeBufferPointer { Sentences.startsUpper(token, $0) }
    }
}

func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}

/// Ranges already taken, kept sorted so that "does this overlap any?" is a binary search.
struct CoveredRanges {
    private var ranges: [Range<Int>] = []
    /// The longest range, so that a search need look back no further than that.
    private var longest = 0

    mutating func insert(_ range: Range<Int>) {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        ranges.insert(range, at: low)
        longest = max(longest, range.count)
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        // Candidates start before range.upperBound and no earlier than range.lowerBound - longest.
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound < range.lowerBound - longest { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < ranges.count, ranges[k].lowerBound < range.upperBound {
            if ranges[k].overlaps(range) { return true }
            k += 1
        }
        return false
    }
}
