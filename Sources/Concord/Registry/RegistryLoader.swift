import Foundation
import Dispatch

/// Loads a statute data set (`lineages.json`, `language.json`, `works/*.json`) into a `Registry`,
/// through every validation rule: a data set with any problem yields all its diagnostics and no registry.
public enum RegistryLoader {
    /// Loads and validates the data set in `directory`; `reportsDirectory`, when given, is where
    /// sources of type `report` must exist.
    public static func load(from directory: URL, reportsDirectory: URL? = nil) throws(ConcordError) -> Registry {
        let (registry, diagnostics) = loadCollectingDiagnostics(from: directory, reportsDirectory: reportsDirectory)
        guard diagnostics.isEmpty, let registry else { throw .invalidData(diagnostics) }
        return registry
    }

    /// Loads what can be loaded and returns every problem found (the registry is nil when there are any).
    public static func loadCollectingDiagnostics(from directory: URL, reportsDirectory: URL? = nil) -> (Registry?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let display = { (url: URL) -> String in displayPath(url) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(file: display(directory), line: 0, message: "statute directory not found")])
        }

        let lineagesURL = directory.appendingPathComponent("lineages.json")
        let languageURL = directory.appendingPathComponent("language.json")
        let worksURL = directory.appendingPathComponent("works")

        var lineages: [Lineage] = []
        if let node = parseFile(lineagesURL, into: &diagnostics) {
            let sink = DiagnosticSink(file: display(lineagesURL))
            lineages = decodeLineages(node, sink: sink)
            diagnostics += sink.diagnostics
        }
        var languages: [LanguageRules] = []
        if let node = parseFile(languageURL, into: &diagnostics) {
            let sink = DiagnosticSink(file: display(languageURL))
            languages = decodeLanguages(node, sink: sink)
            diagnostics += sink.diagnostics
        }

        var works: [Work] = []
        var provisions: [Provision] = []
        diagnostics += strayFiles(in: directory)
        let files = ((try? FileManager.default.contentsOfDirectory(at: worksURL, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        if files.isEmpty {
            diagnostics.append(Diagnostic(file: display(worksURL), line: 0, message: "no work files (*.json) found"))
        }
        for file in files {
            guard let node = parseFile(file, into: &diagnostics) else { continue }
            let sink = DiagnosticSink(file: display(file))
            if let (work, workProvisions) = decodeWork(node, sink: sink) {
                if file.deletingPathExtension().lastPathComponent != work.id {
                    sink.report(node.line, "file name must be the work identifier: '\(work.id).json'")
                }
                works.append(work)
                provisions += workProvisions
            }
            diagnostics += sink.diagnostics
        }

        provisions = mergeTables(directory: directory, works: works, notes: provisions, diagnostics: &diagnostics)

        let reportFiles: Set<String>? = reportsDirectory.map { dir in
            Set(((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []))
        }
        // The generated table is read while the registry is validated: neither needs the other.
        let tableURL = directory.appendingPathComponent(DerivedChargeTable.path)
        let inputs = (lineages: lineages, works: works, provisions: provisions, languages: languages)
        let validation = ParallelSlots<([Diagnostic], Registry)?>(count: 1, empty: nil)
        let table = ParallelSlots<Result<DerivedChargeTable, ConcordError>?>(count: 1, empty: nil)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                validation.set(0, RegistryValidator.validate(lineages: inputs.lineages, works: inputs.works, provisions: inputs.provisions, languages: inputs.languages, reportFiles: reportFiles))
            } else if FileManager.default.fileExists(atPath: tableURL.path) {
                do throws(ConcordError) { table.set(0, .success(try readDerivedCharges(tableURL))) } catch { table.set(0, .failure(error)) }
            }
        }
        guard let (problems, validated) = validation.values[0] else { preconditionFailure("validation ran") }
        diagnostics += problems
        guard diagnostics.isEmpty else { return (nil, diagnostics.sortedForDisplay()) }
        var registry = validated
        if let read = table.values[0] {
            do throws(ConcordError) { registry.derivedCharges = try checkDerivedCharges(try read.get(), file: displayPath(tableURL), registry: registry) } catch {
                if case .invalidData(let problems) = error { return (nil, problems) }
                return (nil, [Diagnostic(file: displayPath(tableURL), line: 0, message: error.description)])
            }
        }
        return (registry, [])
    }

    /// The provisions of every work: from its article table where it has one (with the work file's notes
    /// merged in), else from its work file; then the succession tables' links.
    static func mergeTables(directory: URL, works: [Work], notes: [Provision], diagnostics: inout [Diagnostic]) -> [Provision] {
        let fm = FileManager.default
        let articlesURL = directory.appendingPathComponent("articles")
        let sink = DiagnosticSink(file: displayPath(articlesURL))
        let knownWorks = Set(works.map(\.id))
        var folderFiles: [String: [(name: String, bytes: [UInt8])]] = [:]
        let folders = ((try? fm.contentsOfDirectory(at: articlesURL, includingPropertiesForKeys: nil)) ?? [])
            .filter { isDirectory($0) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for folder in folders {
            let work = folder.lastPathComponent
            guard knownWorks.contains(work) else {
                sink.report(FileLocation(file: displayPath(folder), line: 0), "article table for unknown work '\(work)' (no Statutes/works/\(work).json)")
                continue
            }
            let files = ((try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            var contents: [(name: String, bytes: [UInt8])] = []
            for file in files {
                guard let data = fm.contents(atPath: file.path) else {
                    sink.report(FileLocation(file: displayPath(file), line: 0), "file not found or unreadable")
                    continue
                }
                guard data.count <= maximumFileSize else {
                    sink.report(FileLocation(file: displayPath(file), line: 0), "file is \(data.count) bytes, over the limit of \(maximumFileSize) bytes for a statute file")
                    continue
                }
                contents.append((displayPath(file), [UInt8](data)))
            }
            folderFiles[work] = contents
        }
        // Each work's table is parsed and built on its own (in parallel: the registry is read at every start).
        let notesByWork = Dictionary(grouping: notes, by: \.id.work)
        let ordered = works.map(\.id).sorted()
        let built = ParallelSlots<([Provision], [Diagnostic])>(count: ordered.count, empty: ([], []))
        let filesByWork = folderFiles
        let sinkName = sink.file
        DispatchQueue.concurrentPerform(iterations: ordered.count) { k in
            let work = ordered[k]
            guard let files = filesByWork[work] else { built.set(k, (notesByWork[work] ?? [], [])); return }
            let workSink = DiagnosticSink(file: sinkName)
            let table = ArticleTableParser.parse(work: work, files: files, sink: workSink)
            built.set(k, (ArticleTableBuilder.build(table, notes: notesByWork[work] ?? [], sink: workSink), workSink.diagnostics))
        }
        var result: [Provision] = []
        for (provisions, problems) in built.values {
            result += provisions
            for problem in problems { sink.report(FileLocation(file: problem.file, line: problem.line), problem.message) }
        }
        for orphan in notes where !knownWorks.contains(orphan.id.work) { result.append(orphan) }

        // Links of the succession tables, attached to the provision they start from.
        let successionsURL = directory.appendingPathComponent("successions")
        var index: [ProvisionID: Int] = [:]
        for (i, p) in result.enumerated() where index[p.id] == nil { index[p.id] = i }
        let linkFiles = ((try? fm.contentsOfDirectory(at: successionsURL, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in linkFiles {
            guard let data = fm.contents(atPath: file.path) else {
                sink.report(FileLocation(file: displayPath(file), line: 0), "file not found or unreadable")
                continue
            }
            for var link in SuccessionTableParser.parse(file: displayPath(file), bytes: [UInt8](data), sink: sink) {
                guard let i = index[link.from] else {
                    sink.report(link.location, "succession from unknown provision '\(link.from)'")
                    continue
                }
                if result[i].successors.contains(where: { $0.to?.withoutPart == link.to?.withoutPart }) {
                    sink.report(link.location, "the succession \(link.from) -> \(link.to?.description ?? "none") is also in \(result[i].location.file)")
                    continue
                }
                if link.provenance.sources.isEmpty {
                    // An inferred link rests on the records of its two ends.
                    link.provenance.sources = result[i].provenance.sources + (link.to.flatMap { index[$0.withoutPart] }.map { result[$0].provenance.sources } ?? [])
                }
                result[i].successors.append(link)
            }
        }
        diagnostics += sink.diagnostics
        return result
    }

    /// Reads the generated table of derived charge names.
    static func readDerivedCharges(_ url: URL) throws(ConcordError) -> DerivedChargeTable {
        let file = displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalidData([Diagnostic(file: file, line: 0, message: "cannot read the file")])
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .invalidData([Diagnostic(file: file, line: 0, message: "not valid UTF-8")])
        }
        return try DerivedChargeTable.parse(bytes, file: file)
    }

    /// The table, when every provision it names exists in the registry.
    static func checkDerivedCharges(_ table: DerivedChargeTable, file: String, registry: Registry) throws(ConcordError) -> DerivedChargeTable {
        let known = Set(registry.provisions.map(\.id))
        if let unknown = (table.names.keys.map { $0 } + table.clauses.map(\.id)).first(where: { !known.contains($0) }) {
            throw .invalidData([Diagnostic(file: file, line: 0, message: "names \(unknown), which the registry does not have: regenerate it with `concord check --update-generated`")])
        }
        return table
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// Files under the statutes folder that are not part of the data set: reported, never ignored.
    static func strayFiles(in directory: URL) -> [Diagnostic] {
        let fm = FileManager.default
        var out: [Diagnostic] = []
        func list(_ url: URL) -> [URL] {
            ((try? fm.contentsOfDirectory(at: url, includingPropertiesForKeys: nil, options: [])) ?? []).sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        func stray(_ url: URL, _ expected: String) {
            out.append(Diagnostic(file: displayPath(url), line: 0, message: "unknown \(isDirectory(url) ? "folder" : "file") in the statute data set (\(expected)); remove it or move it out"))
        }
        for entry in list(directory) {
            let name = entry.lastPathComponent
            switch name {
            case "README.md", "lineages.json", "language.json": continue
            case "works":
                for file in list(entry) where !(file.pathExtension == "json" && !isDirectory(file)) && file.lastPathComponent != "README.md" {
                    stray(file, "works/ holds <work-id>.json files")
                }
            case "articles":
                for folder in list(entry) where folder.lastPathComponent != "README.md" {
                    guard isDirectory(folder) else { stray(folder, "articles/ holds one folder per work"); continue }
                    for file in list(folder) where !(file.pathExtension == "txt" && !isDirectory(file)) {
                        stray(file, "an article table folder holds .txt files")
                    }
                }
            case "generated":
                for file in list(entry) where file.lastPathComponent != "heading-charges.tsv" || isDirectory(file) {
                    stray(file, "generated/ holds heading-charges.tsv")
                }
            case "successions":
                for file in list(entry) where !(file.pathExtension == "txt" && !isDirectory(file)) && file.lastPathComponent != "README.md" {
                    stray(file, "successions/ holds .txt link tables")
                }
            default:
                stray(entry, "Statutes/ holds README.md, lineages.json, language.json, works/, articles/, successions/ and generated/")
            }
        }
        return out
    }

    /// A path as the user would type it: relative to the working directory when inside it.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    /// Reads and parses one JSON file, reporting a missing file, invalid UTF-8 or a syntax error.
    static func parseFile(_ url: URL, into diagnostics: inout [Diagnostic]) -> JSONNode? {
        let name = displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(Diagnostic(file: name, line: 0, message: "file not found or unreadable"))
            return nil
        }
        guard data.count <= maximumFileSize else {
            diagnostics.append(Diagnostic(file: name, line: 0, message: "file is \(data.count) bytes, over the limit of \(maximumFileSize) bytes for a statute file"))
            return nil
        }
        let bytes = [UInt8](data)
        do {
            return try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(Diagnostic(file: name, line: error.line, column: error.column, message: "malformed JSON: \(error.message)"))
            return nil
        }
    }

    /// Statute files are reviewed by people; anything larger is a mistake, not data.
    public static let maximumFileSize = 8 * 1024 * 1024

    // MARK: Decoding

    static func decodeProvenance(_ reader: ObjectReader, what: String) -> Provenance {
        let verified = reader.bool("verified")
        let sourceNodes = reader.array("sources")
        var sources: [Source] = []
        for node in sourceNodes {
            guard let s = ObjectReader(node, sink: reader.sink, context: "a source of \(what)") else { continue }
            s.rejectUnknownKeys(["url", "report", "quote", "note"])
            let source = Source(url: s.string("url"), report: s.string("report"), quote: s.string("quote"), note: s.string("note"))
            if source.url == nil && source.report == nil {
                reader.sink.report(node, "a source of \(what) needs a 'url' or a 'report'")
            }
            sources.append(source)
        }
        if sources.isEmpty {
            reader.sink.report(reader.line, "\(what) has no source (every fact needs 'sources'; mark what is not confirmed 'verified': false)")
        }
        if verified == nil { reader.sink.report(reader.line, "\(what) lacks 'verified' (true or false)") }
        return Provenance(verified: verified ?? false, sources: sources)
    }

    static func decodeLocalized(_ reader: ObjectReader) -> LocalizedText {
        LocalizedText(en: reader.string("en"), ru: reader.string("ru"))
    }

    static func decodeLineages(_ node: JSONNode, sink: DiagnosticSink) -> [Lineage] {
        guard let root = ObjectReader(node, sink: sink, context: "the lineages file") else { return [] }
        root.rejectUnknownKeys(["lineages"])
        return root.array("lineages", required: true).compactMap { item in
            guard let r = ObjectReader(item, sink: sink, context: "a lineage") else { return nil }
            r.rejectUnknownKeys(["id", "title", "names", "default", "branch", "documentPublishers", "documentOpenings"])
            guard let id = r.string("id", required: true) else { return nil }
            let title = r.object("title").map { t in t.rejectUnknownKeys(["en", "ru"]); return decodeLocalized(t) } ?? LocalizedText()
            let branch = r.string("branch")
            if let branch, !["criminal", "administrative"].contains(branch) {
                sink.report(r.lineOf("branch"), "unknown branch '\(branch)' (known: criminal, administrative)")
            }
            var lineage = Lineage(id: id, title: title, names: r.languageLists("names"), isDefault: r.bool("default") ?? false,
                                  location: FileLocation(file: sink.file, line: r.line))
            lineage.branch = branch
            lineage.documentPublishers = r.languageLists("documentPublishers")
            lineage.documentOpenings = r.languageLists("documentOpenings")
            return lineage
        }
    }

    static func decodeLanguages(_ node: JSONNode, sink: DiagnosticSink) -> [LanguageRules] {
        guard let root = ObjectReader(node, sink: sink, context: "the language file") else { return [] }
        root.rejectUnknownKeys(["languages"])
        guard let languages = root.object("languages", required: true) else { return [] }
        return languages.members.compactMap { (member: JSONNode.Member) -> LanguageRules? in
            guard ObjectReader.languages.contains(member.key) else {
                sink.report(member.line, "unknown language '\(member.key)' (known: \(ObjectReader.languages.joined(separator: ", ")))")
                return nil
            }
            guard let r = ObjectReader(member.value, sink: sink, context: "language '\(member.key)'") else { return nil }
            r.rejectUnknownKeys(LanguageRules.listKeys.map(\.0) + LanguageRules.groupKeys.map(\.0) + ["months"])
            var rules = LanguageRules(language: member.key)
            for (key, path) in LanguageRules.listKeys { rules[keyPath: path] = r.strings(key) }
            for (key, path) in LanguageRules.groupKeys {
                guard let group = r.object(key) else { continue }
                var result: [String: [String]] = [:]
                for entry in group.members { result[entry.key] = group.strings(entry.key) }
                rules[keyPath: path] = result
            }
            for (key, path) in LanguageRules.listKeys {
                for pattern in rules[keyPath: path] where WordPattern(pattern) == nil {
                    sink.report(r.lineOf(key), "'\(pattern)' in '\(key)' of language '\(member.key)' is not a valid word pattern")
                }
            }
            let months = r.array("months")
            rules.months = months.map { item in
                guard case .array(let names) = item.content else {
                    sink.report(item, "each entry of 'months' must be an array of names")
                    return []
                }
                return names.compactMap { if case .string(let s) = $0.content { return s }; sink.report($0, "month names must be strings"); return nil }
            }
            if !months.isEmpty && months.count != 12 { sink.report(r.line, "'months' of language '\(member.key)' must have 12 entries") }
            return rules
        }
    }

    static func decodeWork(_ node: JSONNode, sink: DiagnosticSink) -> (Work, [Provision])? {
        guard let r = ObjectReader(node, sink: sink, context: "the work") else { return nil }
        r.rejectUnknownKeys(["id", "lineage", "kind", "status", "title", "number", "adopted", "inForce", "names", "verified", "sources", "provisions"])
        guard let id = r.string("id", required: true) else { return nil }
        if !ProvisionID.isWorkID(id) { sink.report(r.line, "'\(id)' is not a valid work identifier") }
        let lineage = r.string("lineage", required: true) ?? ""
        let kindText = r.string("kind", required: true)
        let kind = kindText.flatMap(Work.Kind.init(rawValue:))
        if let kindText, kind == nil {
            sink.report(r.lineOf("kind"), "unknown kind '\(kindText)' (known: \(Work.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let statusText = r.string("status", required: true)
        let status = statusText.flatMap(Work.Status.init(rawValue:))
        if let statusText, status == nil {
            sink.report(r.lineOf("status"), "unknown status '\(statusText)' (known: enacted, draft)")
        }
        let title = r.object("title", required: true).map { t in t.rejectUnknownKeys(["en", "ru"]); return decodeLocalized(t) } ?? LocalizedText()
        if title.en == nil && title.ru == nil { sink.report(r.line, "work '\(id)' has no title") }
        var from: LegalDate?, until: LegalDate?
        var inForceVerified = true
        if let inForce = r.object("inForce") {
            inForce.rejectUnknownKeys(["from", "until", "verified"])
            from = inForce.date("from", required: true)
            until = inForce.date("until")
            inForceVerified = inForce.bool("verified") ?? true
        }
        let work = Work(
            id: id, lineage: lineage, kind: kind ?? .law, status: status ?? .enacted, title: title,
            number: r.string("number"), adopted: r.date("adopted"), inForceFrom: from, inForceUntil: until,
            names: r.languageLists("names"), provenance: decodeProvenance(r, what: "work '\(id)'"),
            location: FileLocation(file: sink.file, line: r.line))
        var result = work
        result.inForceVerified = inForceVerified && work.provenance.verified
        let provisions = r.array("provisions").compactMap { decodeProvision($0, work: id, sink: sink) }
        return (result, provisions)
    }

    static func decodeProvision(_ node: JSONNode, work: String, sink: DiagnosticSink) -> Provision? {
        guard let r = ObjectReader(node, sink: sink, context: "a provision of \(work)") else { return nil }
        r.rejectUnknownKeys(["article", "title", "chapter", "summary", "topics", "charges", "events", "successors", "verified", "sources"])
        guard let article = r.string("article", required: true) else { return nil }
        guard ProvisionID.isArticleNumber(article) else {
            sink.report(r.lineOf("article"), "'\(article)' is not an article number (digits, optionally '-' and more digits)")
            return nil
        }
        let id = ProvisionID(work: work, article: article)
        var titles: [Provision.Title] = []
        if let t = r.object("title") {
            t.rejectUnknownKeys(["en", "ru", "verified", "sources"])
            let text = decodeLocalized(t)
            // A title without its own provenance shares the provision's.
            let provenance = (t.has("sources") || t.has("verified")) ? decodeProvenance(t, what: "the title of \(id)") : nil
            let english: Provision.EnglishOrigin = provenance?.sources.first { $0.url != nil }.map { .quoted($0) } ?? .concord
            titles.append(Provision.Title(text: text, provenance: provenance ?? Provenance(verified: false, sources: []), english: english))
        }
        let events: [ProvisionEvent] = r.array("events").compactMap { item in
            guard let e = ObjectReader(item, sink: sink, context: "an event of \(id)") else { return nil }
            e.rejectUnknownKeys(["type", "date", "act", "rule", "note", "verified", "sources"])
            let typeText = e.string("type", required: true)
            let type = typeText.flatMap(ProvisionEvent.Kind.init(rawValue:))
            if let typeText, type == nil { sink.report(e.line, "unknown event type '\(typeText)' (known: \(ProvisionEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")))") }
            let date = e.dateSpec("date", required: true)
            var rule: InForceRule?
            if let text = e.string("rule") {
                rule = InForceRule(text)
                if rule == nil { sink.report(e.lineOf("rule"), "'\(text)' is not an entry-into-force rule (pub+N, pub, YYYY-MM-DD or ?)") }
            }
            let provenance = decodeProvenance(e, what: "an event of \(id)")
            guard let type, let date else { return nil }
            return ProvisionEvent(type: type, date: date, act: e.string("act"), rule: rule, note: e.string("note"), provenance: provenance, location: FileLocation(file: sink.file, line: e.line))
        }
        let successors: [Succession] = r.array("successors").compactMap { item in
            guard let s = ObjectReader(item, sink: sink, context: "a successor of \(id)") else { return nil }
            s.rejectUnknownKeys(["to", "type", "effective", "evidence", "note", "verified", "sources"])
            let toText = s.string("to")
            let to = toText.flatMap(ProvisionID.init)
            if let toText, to == nil { sink.report(s.lineOf("to"), "'\(toText)' is not a provision identifier (work:article)") }
            let typeText = s.string("type", required: true)
            let type = typeText.flatMap(Succession.Kind.init(rawValue:))
            if let typeText, type == nil {
                sink.report(s.line, "unknown succession type '\(typeText)' (known: \(Succession.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if type == .repealed && toText != nil { sink.report(s.line, "a 'repealed' succession has no successor: 'to' must be null") }
            if let type, type != .repealed, toText == nil { sink.report(s.line, "a '\(type.rawValue)' succession needs 'to'") }
            let effective = s.dateSpec("effective", required: true)
            let evidenceText = s.string("evidence", required: true)
            let evidence = evidenceText.flatMap(Succession.Evidence.init(rawValue:))
            if let evidenceText, evidence == nil { sink.report(s.lineOf("evidence"), "unknown evidence '\(evidenceText)' (known: official, secondary, inferred)") }
            let provenance = decodeProvenance(s, what: "the succession \(id) -> \(toText ?? "none")")
            if evidence == .inferred && provenance.verified { sink.report(s.line, "an inferred succession is always unverified: set 'verified': false") }
            guard let type, let effective, let evidence, toText == nil || to != nil else { return nil }
            return Succession(from: id, to: to, type: type, effective: effective, evidence: evidence, note: s.string("note"), provenance: provenance, location: FileLocation(file: sink.file, line: s.line))
        }
        let charges = r.languageLists("charges")
        for patterns in charges.values {
            for pattern in patterns where WordPattern(pattern) == nil {
                sink.report(r.lineOf("charges"), "charge pattern '\(pattern)' of \(id) is not a valid word pattern")
            }
        }
        let chapter = r.string("chapter").map { Division(kind: .chapter, number: nil, title: LocalizedText(en: $0)) }
        return Provision(
            id: id, titles: titles, chapter: chapter, summary: r.string("summary"),
            topics: r.strings("topics"), charges: charges, events: events, successors: successors,
            provenance: decodeProvenance(r, what: "provision \(id)"), location: FileLocation(file: sink.file, line: r.line))
    }
}

extension Array where Element == Diagnostic {
    /// Ordered by file, then line, so that output is stable and reads top to bottom.
    func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }.map(\.element)
    }
}
