/// Reads the article table files of one work. Every malformed line is reported with its file and
/// line; nothing is skipped silently.
enum ArticleTableParser {
    /// Parses the files (already read, in name order) of the folder for `work`.
    static func parse(work: String, files: [(name: String, bytes: [UInt8])], sink: DiagnosticSink) -> ArticleTable {
        var table = ArticleTable(work: work)
        var state = State()
        for file in files {
            guard String(validating: file.bytes, as: UTF8.self) != nil else {
                sink.report(FileLocation(file: file.name, line: firstInvalidLine(file.bytes)), "invalid UTF-8")
                continue
            }
            // A file starts afresh: a section of one file does not run on into the next.
            state = State()
            TableLines.forEach(file.bytes) { number, line in
                guard let fields = line.fields else { return }
                let location = FileLocation(file: file.name, line: number)
                if line.hasTab { sink.report(location, "a tab character; fields are separated by ' | '"); return }
                parseLine(fields, indented: line.indented, at: location, into: &table, state: &state, sink: sink)
            }
        }
        return table
    }

    /// What the lines read so far leave open.
    struct State {
        enum Annotatable { case none, article, articleEvent, event(Int), division(Int) }
        var section: Division?
        var chapter: Division?
        var annotatable: Annotatable = .none

        /// True while the lines read belong to an article.
        var underArticle: Bool {
            switch annotatable {
            case .article, .articleEvent, .event: return true
            case .none, .division: return false
            }
        }
    }

    static func parseLine(_ fields: [String], indented: Bool, at location: FileLocation, into table: inout ArticleTable, state: inout State, sink: DiagnosticSink) {
        let kind = fields[0]
        func expect(_ count: Int, _ shape: String) -> Bool {
            guard fields.count == count else {
                sink.report(location, "'\(kind)' takes \(count - 1) fields (\(shape)); found \(fields.count - 1)")
                return false
            }
            if let empty = fields.firstIndex(where: { $0.isEmpty }) {
                sink.report(location, "field \(empty) of '\(kind)' is empty")
                return false
            }
            return true
        }
        if indented {
            switch kind {
            case "added", "amended", "restated", "repealed":
                guard expect(5, "DATE | ACT | RULE | SRC") else { return }
                guard state.underArticle else { sink.report(location, "'\(kind)' must follow an article"); return }
                guard let event = event(kind, fields[1], fields[2], fields[3], sources: fields[4], at: location, sink: sink) else { return }
                table.articles[table.articles.count - 1].events.append(event)
                state.annotatable = .articleEvent
            case "title" where !state.underArticle:
                // A chapter or section heading changed: the division reads as it does now, and says so.
                guard expect(7, "DATE | ACT | RULE | EVIDENCE | NEW TITLE | SRC") else { return }
                guard case .division(let k) = state.annotatable else { sink.report(location, "'title' must follow an article, a section or a chapter"); return }
                guard event("retitled", fields[1], fields[2], fields[3], sources: fields[6], at: location, sink: sink) != nil else { return }
                let former = table.divisions[k].division.title.ru ?? table.divisions[k].division.title.en ?? ""
                if fields[5] != "?" {
                    if fields[5].containsCyrillic { table.divisions[k].division.title.ru = fields[5] } else { table.divisions[k].division.title.en = fields[5] }
                    table.divisions[k].division.title.en = fields[5].containsCyrillic ? nil : fields[5]
                }
                table.divisions[k].division.note = "heading changed by \(fields[2] == "?" ? "an act not named" : "Law No. " + fields[2]) of \(fields[1]); first enacted as «\(former)»"
                table.divisions[k].sources += keys(fields[6])
                if table.divisions[k].division.kind == .chapter { state.chapter = table.divisions[k].division } else { state.section = table.divisions[k].division }
            case "title":
                guard expect(7, "DATE | ACT | RULE | EVIDENCE | NEW TITLE | SRC") else { return }
                guard var event = event("retitled", fields[1], fields[2], fields[3], sources: fields[6], at: location, sink: sink) else { return }
                guard let evidence = Provision.TitleEvidence(rawValue: fields[4]) else {
                    sink.report(location, "unknown evidence '\(fields[4])' (known: footnote, restated, compared)")
                    return
                }
                event.titleEvidence = evidence
                event.newTitle = fields[5] == "?" ? nil : fields[5]
                guard state.underArticle else { sink.report(location, "'title' must follow an article"); return }
                table.articles[table.articles.count - 1].events.append(event)
                state.annotatable = .event(table.articles[table.articles.count - 1].events.count - 1)
            case "en":
                guard expect(3, "TEXT | PROVENANCE") else { return }
                let english = ArticleTable.EnglishLine(text: fields[1], sourceKey: fields[2] == "concord" ? nil : fields[2], location: location)
                switch state.annotatable {
                case .none, .articleEvent: sink.report(location, "'en' must follow an article, a title, a section or a chapter line")
                case .article:
                    if table.articles[table.articles.count - 1].english != nil { sink.report(location, "a second 'en' line for article \(table.articles[table.articles.count - 1].number)") }
                    table.articles[table.articles.count - 1].english = english
                case .event(let k):
                    table.articles[table.articles.count - 1].events[k].english = english
                case .division(let k):
                    table.divisions[k].division.title.en = english.text
                    defer { if table.divisions[k].division.kind == .chapter { state.chapter = table.divisions[k].division } else { state.section = table.divisions[k].division } }
                    table.divisions[k].division.englishIsOfficial = english.sourceKey != nil
                    if let key = english.sourceKey { table.divisions[k].sources.append(key) }
                }
            case "subject":
                guard expect(3, "TEXT | concord") else { return }
                guard fields[2] == "concord" else { sink.report(location, "a subject is in Concord's words: its provenance must be 'concord'"); return }
                guard state.underArticle else { sink.report(location, "'subject' must follow an article line"); return }
                table.articles[table.articles.count - 1].subject = fields[1]
            case "note":
                guard fields.count >= 2 else { sink.report(location, "'note' needs its text"); return }
                let text = fields.dropFirst().joined(separator: " | ")
                if state.underArticle { table.articles[table.articles.count - 1].notes.append(text) } else { table.notes.append(text) }
            default:
                sink.report(location, "unknown line '\(kind)' under an article (known: title, added, amended, restated, repealed, en, subject, note)")
            }
            return
        }
        switch kind {
        case "source":
            guard fields.count >= 2 else { sink.report(location, "'source' needs a key"); return }
            let key = fields[1]
            guard table.sources[key] == nil else {
                sink.report(location, "source key '\(key)' is defined twice (first at \(table.sources[key]!.location))")
                return
            }
            guard let source = sourceLine(fields, at: location, sink: sink) else { return }
            table.sources[key] = ArticleTable.SourceLine(key: key, source: source, location: location)
        case "section", "chapter":
            guard expect(4, "N | TITLE | SRC") else { return }
            let title = fields[2]
            var division = Division(kind: kind == "section" ? .section : .chapter, number: fields[1] == "-" ? nil : fields[1], title: LocalizedText())
            if title == "-" {
                // An untitled part ("Part I").
            } else if title.containsCyrillic { division.title.ru = title } else { division.title.en = title; division.englishIsOfficial = true }
            table.divisions.append(ArticleTable.DivisionLine(division: division, sources: keys(fields[3]), location: location))
            if kind == "section" { state.section = division; state.chapter = nil } else { state.chapter = division }
            state.annotatable = .division(table.divisions.count - 1)
        case "article":
            guard expect(4, "N | TITLE | SRC") else { return }
            guard ProvisionID.isArticleNumber(fields[1]) else {
                sink.report(location, "'\(fields[1])' is not an article number (digits, optionally '-' and more digits)")
                return
            }
            let untitled = fields[2] == "-"
            let title = (untitled || fields[2] == "?") ? nil : fields[2]
            table.articles.append(ArticleTable.ArticleLine(
                number: fields[1], title: title, untitled: untitled, english: nil, subject: nil, section: state.section, chapter: state.chapter,
                events: [], notes: [], sources: keys(fields[3]), location: location))
            state.annotatable = .article
        case "gap":
            guard expect(3, "FIRST..LAST | WHY") else { return }
            let ends = fields[1].components(separatedBy: "..")
            guard let first = Int(ends[0]), let last = Int(ends.count == 2 ? ends[1] : ends[0]), first <= last, ends.count <= 2 else {
                sink.report(location, "'\(fields[1])' is not a range of article numbers (FIRST..LAST)")
                return
            }
            table.gaps.append(ArticleTable.GapLine(first: first, last: last, reason: fields[2], location: location))
        case "note":
            table.notes.append(fields.dropFirst().joined(separator: " | "))
        default:
            sink.report(location, "unknown line '\(kind)' (known: source, section, chapter, article, gap, note; an article's own lines are indented)")
        }
    }

    /// The 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start...i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    /// `A,B,C` (spaces allowed after commas) as keys; `-` for none.
    static func keys(_ field: String) -> [String] {
        if field == "-" { return [] }
        var keys: [String] = []
        var current: [UInt8] = []
        for byte in field.utf8 {
            if byte == 0x2C {
                if !current.isEmpty { keys.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else if byte != 0x20 {
                current.append(byte)
            }
        }
        if !current.isEmpty { keys.append(String(decoding: current, as: UTF8.self)) }
        return keys
    }

    static func sourceLine(_ fields: [String], at location: FileLocation, sink: DiagnosticSink) -> Source? {
        guard fields.count >= 3 else { sink.report(location, "'source' needs a kind: git, url or report"); return nil }
        switch fields[2] {
        case "git":
            guard fields.count == 7, !fields[3].isEmpty, !fields[4].isEmpty else {
                sink.report(location, "a git source takes KEY | git | REPO | PATH | COMMIT | WHAT")
                return nil
            }
            guard fields[5].count == 40, fields[5].allSatisfy(\.isHexDigit) else {
                sink.report(location, "'\(fields[5])' is not a 40-digit commit")
                return nil
            }
            return .repositoryFile(fields[3], path: fields[4], commit: fields[5], note: fields[6])
        case "url":
            guard fields.count == 5, fields[3].hasPrefix("http://") || fields[3].hasPrefix("https://") else {
                sink.report(location, "a url source takes KEY | url | URL | QUOTE, the URL starting with http:// or https://")
                return nil
            }
            return Source(url: fields[3], quote: fields[4])
        case "report":
            guard fields.count == 5, !fields[3].isEmpty, !fields[4].isEmpty else {
                sink.report(location, "a report source takes KEY | report | FILE | QUOTE")
                return nil
            }
            return Source(report: fields[3], quote: fields[4])
        default:
            sink.report(location, "unknown source kind '\(fields[2])' (known: git, url, report)")
            return nil
        }
    }

    static func event(_ kindText: String, _ dateText: String, _ actText: String, _ ruleText: String, sources: String,
                      at location: FileLocation, sink: DiagnosticSink) -> ArticleTable.EventLine? {
        guard let date = DateSpec(dateText) else {
            sink.report(location, "'\(dateText)' is not a date (YYYY-MM-DD, YYYY-MM, YYYY) or an interval (FIRST..LAST)")
            return nil
        }
        let act: String? = actText == "?" ? nil : actText
        if let act, !isActNumber(act) {
            sink.report(location, "'\(act)' is not an act number (digits, '-', Roman numerals in ASCII letters: 180-VI; CL: or D: before a constitutional law's or a decree's)")
            return nil
        }
        guard let rule = InForceRule(ruleText) else {
            sink.report(location, "'\(ruleText)' is not an entry-into-force rule (pub+N, pub, YYYY-MM-DD or ?, optionally followed by *)")
            return nil
        }
        // The callers pass only the kinds the table knows.
        let kind = ProvisionEvent.Kind(rawValue: kindText) ?? .amended
        return ArticleTable.EventLine(kind: kind, date: date, act: act, rule: rule, titleEvidence: nil,
                                      newTitle: nil, english: nil, sources: keys(sources), location: location)
    }

    /// `180-VI`, `2126`, `CL:12-VIII`, `D:2126`: ASCII digits and Roman numerals only.
    static func isActNumber(_ text: String) -> Bool {
        var body = Array(text.utf8)[...]
        if body.starts(with: [0x43, 0x4C, 0x3A]) { body = body.dropFirst(3) } else if body.starts(with: [0x44, 0x3A]) { body = body.dropFirst(2) }
        guard let first = body.first, first >= 0x30, first <= 0x39, body.last != 0x2D else { return false }
        // Digits, '-', and the Roman numerals I V X L C.
        return body.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C || $0 == 0x43 }
    }
}

extension StringProtocol {
    /// True when the text has a Cyrillic letter (U+0400–U+04FF: UTF-8 lead bytes 0xD0–0xD3).
    var containsCyrillic: Bool { utf8.contains { $0 >= 0xD0 && $0 <= 0xD3 } }
}
