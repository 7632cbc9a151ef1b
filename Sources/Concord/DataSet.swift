import Foundation

/// A statute registry and the reports directory beside it: what every command works on.
public struct DataSet: Sendable {
    /// The validated statute registry.
    public let registry: Registry
    /// The statutes directory it was loaded from.
    public let statutesDirectory: URL
    /// The reports directory (may not exist for a statutes-only data set).
    public let reportsDirectory: URL

    /// Loads a data set. Directories not given are looked up as described in `locateBundled()`.
    public static func load(statutes: URL? = nil, reports: URL? = nil) throws(ConcordError) -> DataSet {
        let bundled = (statutes == nil || reports == nil) ? locateBundled() : nil
        guard let statutesDirectory = statutes ?? bundled?.statutes else {
            throw .usage("cannot find the bundled data set (a Statutes/ folder); run from the repository or pass --statutes DIR")
        }
        let reportsDirectory = reports ?? bundled?.reports ?? statutesDirectory.deletingLastPathComponent().appendingPathComponent("Reports")
        let registry = try RegistryLoader.load(from: statutesDirectory, reportsDirectory: companionReports(of: statutesDirectory, fallback: reports))
        return DataSet(registry: registry, statutesDirectory: statutesDirectory, reportsDirectory: reportsDirectory)
    }

    /// Finds the bundled `Statutes/` and `Reports/`: from `CONCORD_DATA`, else by walking up from the
    /// working directory, else from the executable's location, else from where the library was built.
    public static func locateBundled() -> (statutes: URL, reports: URL)? {
        var starts: [URL] = []
        if let root = ProcessInfo.processInfo.environment["CONCORD_DATA"], !root.isEmpty {
            starts.append(URL(fileURLWithPath: root))
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<12 {
                let statutes = directory.appendingPathComponent("Statutes")
                if FileManager.default.fileExists(atPath: statutes.appendingPathComponent("lineages.json").path) {
                    return (statutes, directory.appendingPathComponent("Reports"))
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// The reports a statute data set's sources may quote: the `Reports` folder beside it. A user's
    /// own reports folder (`--reports`) does not change what the statutes' sources point to.
    /// When the statutes have no Reports folder beside them, `fallback` (the reports in use) is checked.
    static func companionReports(of statutes: URL, fallback: URL? = nil) -> URL? {
        let companion = statutes.deletingLastPathComponent().appendingPathComponent("Reports")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: companion.path, isDirectory: &isDirectory), isDirectory.boolValue { return companion }
        return fallback
    }

    /// The report files of the data set (`*.txt` and `*.md`), sorted by name.
    public func reportFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: reportsDirectory, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["txt", "md"].contains($0.pathExtension) && !$0.lastPathComponent.uppercased().hasPrefix("README") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The language codes the registry has rules for.
    public var languages: Set<String> { Set(registry.languages.keys) }

    /// Reads every report, collecting each problem instead of stopping at the first.
    public func readReports() -> (documents: [Document], problems: [Diagnostic]) {
        var documents: [Document] = []
        var problems: [Diagnostic] = []
        for url in reportFiles() {
            do {
                documents.append(try Document.read(path: url.path, displayName: RegistryLoader.displayPath(url), languages: languages))
            } catch {
                if case .badInput(let d) = error { problems.append(d) } else { problems.append(Diagnostic(file: url.path, line: 0, message: error.description)) }
            }
        }
        return (documents, problems)
    }

    /// Every problem in the statutes and the reports (empty when the data set is sound).
    public static func check(statutes: URL? = nil, reports: URL? = nil) -> [Diagnostic] {
        inspect(statutes: statutes, reports: reports).problems
    }

    /// Loads and checks a whole data set in one pass: the data set and its cases when the statutes
    /// load, and every problem found in the statutes, the reports and the case file.
    public static func inspect(statutes: URL? = nil, reports: URL? = nil) -> (dataSet: DataSet?, cases: [Case], problems: [Diagnostic]) {
        let bundled = (statutes == nil || reports == nil) ? locateBundled() : nil
        guard let statutesDirectory = statutes ?? bundled?.statutes else {
            return (nil, [], [Diagnostic(file: "Statutes", line: 0, message: "cannot find the bundled data set; pass --statutes DIR")])
        }
        let reportsDirectory = reports ?? bundled?.reports ?? statutesDirectory.deletingLastPathComponent().appendingPathComponent("Reports")
        let (registry, problems) = RegistryLoader.loadCollectingDiagnostics(from: statutesDirectory, reportsDirectory: companionReports(of: statutesDirectory, fallback: reports))
        guard let registry else { return (nil, [], problems) }
        let dataSet = DataSet(registry: registry, statutesDirectory: statutesDirectory, reportsDirectory: reportsDirectory)
        let (cases, caseProblems) = CaseLoader.load(reportsDirectory: reportsDirectory, registry: registry)
        return (dataSet, cases, (dataSet.readReports().problems + caseProblems).sortedForDisplay())
    }
}
