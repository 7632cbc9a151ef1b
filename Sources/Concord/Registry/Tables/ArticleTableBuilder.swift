/// Turns a work's article table into provision records, merges the rich notes of the work's JSON file
/// into them, and checks the table is complete: every number accounted for, every source used.
enum ArticleTableBuilder {
    static func build(_ table: ArticleTable, notes: [Provision], sink: DiagnosticSink) -> [Provision] {
        var used = Set<String>()
        func sources(_ keys: [String], at location: FileLocation) -> [Source] {
            keys.compactMap { key in
                guard let line = table.sources[key] else {
                    sink.report(location, "unknown source key '\(key)' (define it with a 'source' line in a file of \(table.work))")
                    return nil
                }
                used.insert(key)
                return line.source
            }
        }
        func englishOrigin(_ english: ArticleTable.EnglishLine?, heading: String?) -> Provision.EnglishOrigin {
            if let heading, !heading.containsCyrillic { return .official }
            guard let english, let key = english.sourceKey else { return .concord }
            guard let line = table.sources[key] else {
                sink.report(english.location, "unknown source key '\(key)' for an English heading")
                return .concord
            }
            used.insert(key)
            return .quoted(line.source)
        }
        for division in table.divisions {
            if sources(division.sources, at: division.location).isEmpty { sink.report(division.location, "a \(division.division.kind.rawValue) needs a source") }
        }

        var provisions: [Provision] = []
        var seen: [String: FileLocation] = [:]
        for line in table.articles {
            if let first = seen[line.number] {
                sink.report(line.location, "article \(line.number) is listed twice in \(table.work) (first at \(first))")
                continue
            }
            seen[line.number] = line.location
            let id = ProvisionID(work: table.work, article: line.number)
            let recordSources = sources(line.sources, at: line.location)
            if recordSources.isEmpty { sink.report(line.location, "article \(line.number) has no source") }
            let provenance = Provenance(verified: true, sources: recordSources)
            var titles: [Provision.Title] = []
            if let heading = line.title {
                let english = line.english?.text ?? (heading.containsCyrillic ? nil : heading)
                titles.append(Provision.Title(text: LocalizedText(en: english, ru: heading.containsCyrillic ? heading : nil),
                                              provenance: provenance, english: englishOrigin(line.english, heading: heading)))
            } else if !line.untitled {
                titles.append(Provision.Title(text: LocalizedText(en: line.english?.text), provenance: provenance, english: englishOrigin(line.english, heading: nil)))
            }
            var events: [ProvisionEvent] = []
            for event in line.events {
                // Every change names its act; where the source names none, a note must say so.
                if event.act == nil && event.titleEvidence != .compared && line.notes.isEmpty {
                    sink.report(event.location, "the '\(event.kind.rawValue)' of article \(line.number) names no act: give the act's number, or a 'note' saying the source names none")
                }
                let eventSources = sources(event.sources, at: event.location)
                if eventSources.isEmpty { sink.report(event.location, "a '\(event.kind.rawValue)' line needs a source") }
                let inferred = event.titleEvidence == .restated || event.titleEvidence == .compared
                let eventProvenance = Provenance(verified: !inferred, sources: eventSources)
                // Two compared versions bracket the change exactly: no publication window to add.
                let rule: InForceRule? = event.titleEvidence == .compared ? nil : event.rule
                let record = ProvisionEvent(type: event.kind, date: event.date, act: event.act, rule: rule,
                                            note: event.titleEvidence.map { $0.explanation },
                                            provenance: eventProvenance, location: event.location)
                events.append(record)
                if event.kind == .retitled {
                    let text = LocalizedText(en: event.english?.text, ru: event.newTitle)
                    // The wording itself is read from the source; only the date of the change may be inferred.
                    titles.append(Provision.Title(text: text, provenance: Provenance(verified: true, sources: eventSources), from: record.effective, act: event.act,
                                                  evidence: event.titleEvidence, english: englishOrigin(event.english, heading: event.newTitle)))
                }
            }
            for (a, b) in zip(titles.dropFirst(), titles.dropFirst(2)) where (b.from?.earliest ?? Day(ordinal: .min)) < (a.from?.earliest ?? Day(ordinal: .min)) {
                sink.report(line.location, "the headings of article \(line.number) are not in date order")
            }
            if let added = events.first(where: { $0.type == .added }) {
                for event in events where event.type == .retitled && event.date.last < added.date.first {
                    sink.report(event.location, "a heading change of article \(line.number) (\(event.date)) is dated before the article was added (\(added.date))")
                }
            }
            provisions.append(Provision(id: id, titles: titles, section: line.section, chapter: line.chapter, subject: line.subject,
                                        events: events, notes: line.notes, provenance: provenance, location: line.location))
        }

        // The work file's notes on the articles people cite.
        var index: [String: Int] = [:]
        for (i, p) in provisions.enumerated() { index[p.id.article] = i }
        var noted: [String: FileLocation] = [:]
        for note in notes {
            if let first = noted[note.id.article] {
                sink.report(note.location, "\(note.id) has two entries in its work file (the first at \(first))")
                continue
            }
            noted[note.id.article] = note.location
            guard let i = index[note.id.article] else {
                sink.report(note.location, "\(note.id) is not in the article table of \(table.work) (Statutes/articles/\(table.work)/): a work with a table lists every article there")
                continue
            }
            if !note.titles.isEmpty { sink.report(note.location, "the heading of \(note.id) comes from the article table; remove 'title' here") }
            if note.chapter != nil { sink.report(note.location, "the chapter of \(note.id) comes from the article table; remove 'chapter' here") }
            provisions[i].summary = note.summary
            provisions[i].topics = note.topics
            provisions[i].charges = note.charges
            provisions[i].successors = note.successors
            provisions[i].events += note.events
            provisions[i].events.sort { $0.date < $1.date }
            provisions[i].provenance.sources += note.provenance.sources
            provisions[i].notes += note.notes
        }

        checkNumbering(table, sink: sink)
        for line in table.sources.values.sorted(by: { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }) where !used.contains(line.key) {
            sink.report(line.location, "source '\(line.key)' is never used")
        }
        return provisions
    }

    /// Every whole number from 1 to the highest is an article or inside a `gap`; every dashed article
    /// follows an article with its base number.
    static func checkNumbering(_ table: ArticleTable, sink: DiagnosticSink) {
        var whole = Set<Int>()
        var dashed: [(Int, FileLocation, String)] = []
        var placeOf: [Int: FileLocation] = [:]
        for line in table.articles {
            let key = ProvisionID.articleOrder(line.number)
            placeOf[key.a] = line.location
            let plain = key.count == 1 && line.number.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            if plain { whole.insert(key.a) } else { dashed.append((key.a, line.location, line.number)) }
        }
        for gap in table.gaps { for n in gap.first...min(gap.last, gap.first + 100_000) { whole.insert(n) } }
        for (base, location, number) in dashed where !whole.contains(base) {
            sink.report(location, "article \(number) has no article \(base) before it in \(table.work)")
        }
        // The holes between the numbers present, in order: the work grows with the articles listed,
        // never with the highest number (a mistyped "188888886" must not walk 188 million numbers).
        var missing: [ClosedRange<Int>] = []
        var previous = 0
        for n in whole.sorted() where n >= 1 {
            if n > previous + 1 { missing.append((previous + 1)...(n - 1)) }
            previous = n
        }
        // Each gap is reported after the article before it, where a reviewer would add the missing ones.
        for gap in missing.prefix(20) {
            let text = gap.count == 1 ? "\(gap.lowerBound)" : "\(gap.lowerBound)–\(gap.upperBound)"
            let place = placeOf[gap.lowerBound - 1] ?? FileLocation(file: table.articles.first?.location.file ?? "Statutes/articles/\(table.work)", line: 0)
            sink.report(place, "numbering gap in \(table.work): \(text) not listed (add the articles, or a 'gap' line saying why)")
        }
        if missing.count > 20 { sink.report(FileLocation(file: "Statutes/articles/\(table.work)", line: 0), "\(missing.count - 20) more numbering gaps in \(table.work)") }
    }
}
