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
}

extension Array where Element == Diagnostic {
    /// Ordered by file, then line, so that output is stable and reads top to bottom.
    func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }.map(\.element)
    }
}
