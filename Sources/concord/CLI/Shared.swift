import Concord
import Foundation

/// A folder option as a URL.
func directory(_ path: String?) -> URL? {
    path.map { URL(fileURLWithPath: $0, isDirectory: true) }
}

/// Loads the data set named by `--statutes`/`--reports`, or the bundled one.
func loadDataSet(_ arguments: ParsedArguments) throws(ConcordError) -> DataSet {
    try DataSet.load(statutes: directory(arguments.value("--statutes")), reports: directory(arguments.value("--reports")))
}

/// Resolves a lenient query to one provision, or throws the ambiguity or the nearest known ones.
func provision(_ query: String, in registry: Registry) throws(ConcordError) -> ProvisionID {
    switch ProvisionQuery.resolve(query, in: registry) {
    case .provision(let id): return id
    case .ambiguous(let choices): throw .ambiguousQuery(query: query, choices: choices.map(\.description))
    case .unknown(let nearest): throw .unknownProvision(query: query, suggestions: nearest.map(\.description))
    case .malformed(let message): throw .usage(message)
    }
}

/// A `--date` value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
func dateOption(_ arguments: ParsedArguments, command: String) throws(ConcordError) -> LegalDate? {
    guard let text = arguments.value("--date") else { return nil }
    guard let date = LegalDate(text) else { throw .usage("concord \(command): --date '\(text)' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)") }
    return date
}

/// The date of generation: --generated, else SOURCE_DATE_EPOCH (for reproducible output), else today (UTC).
/// A SOURCE_DATE_EPOCH that is not a whole number of seconds giving a date from year 1000 to 9999 is
/// refused like a bad --generated.
func generationDate(_ arguments: ParsedArguments) throws(ConcordError) -> LegalDate {
    if let text = arguments.value("--generated") {
        guard let date = LegalDate(text) else { throw .usage("--generated '\(text)' is not a real date") }
        return date
    }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
        guard let date = SourceDateEpoch.date(epoch) else {
            throw .usage("SOURCE_DATE_EPOCH '\(epoch)' is not a real date (a whole number of seconds since 1970-01-01, for a year from 1000 to 9999)")
        }
        return date
    }
    return LegalDate(Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))))
}

/// Reads SOURCE_DATE_EPOCH as the reproducible-builds specification defines it: decimal seconds.
enum SourceDateEpoch {
    static func date(_ text: String) -> LegalDate? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int(text) else { return nil }
        let day = Day(ordinal: seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400))
        let year = day.components.year
        guard (1000...9999).contains(year) else { return nil }
        return LegalDate(day)
    }
}

/// The documents named on the command line: files, or `-` for standard input.
func readDocuments(_ paths: [String], languages: Set<String>) throws(ConcordError) -> [Document] {
    var documents: [Document] = []
    var readInput = false
    for path in paths {
        if path == "-" {
            guard !readInput else { throw .usage("standard input ('-') can be named only once") }
            readInput = true
            documents.append(try Document.readStandardInput(languages: languages))
        } else {
            documents.append(try Document.read(path: path, languages: languages))
        }
    }
    return documents
}
