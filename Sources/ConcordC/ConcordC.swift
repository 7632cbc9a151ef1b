import Concord
import Foundation

// The C interface declared in include/concord.h: thin wrappers over the library, every error a
// status and a one-line message, never a trap.

/// An open data set: immutable once built, so any thread may use it.
final class OpenDataSet: @unchecked Sendable {
    let dataSet: DataSet
    let citer: Citer
    let corpus: Corpus

    init(dataSet: DataSet, citer: Citer, corpus: Corpus) {
        self.dataSet = dataSet
        self.citer = citer
        self.corpus = corpus
    }
}

/// A copy of a Swift string for C, freed with concord_free.
func cString(_ text: String) -> UnsafeMutablePointer<CChar>? { strdup(text) }

/// Sets the caller's error string: one line, the library's own message.
func setError(_ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ message: String) {
    out?.pointee = cString(message.replacingOccurrences(of: "\n", with: "; "))
}

func status(of error: ConcordError) -> Int32 {
    switch error {
    case .invalidData: return 1
    case .badInput: return 2
    case .usage, .cannotWrite, .findings: return 3
    case .unknownProvision, .ambiguousQuery: return 4
    }
}

func text(_ pointer: UnsafePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }

@_cdecl("concord_open")
public func concordOpen(_ statutes: UnsafePointer<CChar>?, _ reports: UnsafePointer<CChar>?,
                        _ errorOut: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> OpaquePointer? {
    do {
        let dataSet = try DataSet.load(statutes: text(statutes).map { URL(fileURLWithPath: $0, isDirectory: true) },
                                       reports: text(reports).map { URL(fileURLWithPath: $0, isDirectory: true) })
        let handle = OpenDataSet(dataSet: dataSet, citer: Citer(registry: dataSet.registry), corpus: try Corpus.build(dataSet))
        return OpaquePointer(Unmanaged.passRetained(handle).toOpaque())
    } catch {
        setError(errorOut, "\(error)")
        return nil
    }
}

func handle(_ pointer: OpaquePointer?) -> OpenDataSet? {
    pointer.map { Unmanaged<OpenDataSet>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
}

@_cdecl("concord_cite")
public func concordCite(_ dataset: OpaquePointer?, _ bytes: UnsafePointer<CChar>?, _ length: Int, _ date: UnsafePointer<CChar>?,
                        _ language: UnsafePointer<CChar>?, _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                        _ errorOut: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    json?.pointee = nil
    guard let open = handle(dataset) else { setError(errorOut, "no data set (concord_open failed or was not called)"); return 3 }
    guard let bytes, length >= 0 else { setError(errorOut, "no text"); return 3 }
    var legalDate: LegalDate?
    if let dateText = text(date) {
        guard let parsed = LegalDate(dateText) else { setError(errorOut, "date '\(dateText)' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"); return 3 }
        legalDate = parsed
    }
    let languageCode = text(language)
    if let languageCode, !open.dataSet.languages.contains(languageCode) {
        setError(errorOut, "unknown language '\(languageCode)' (known: \(open.dataSet.languages.sorted().joined(separator: ", ")))")
        return 3
    }
    let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
    do {
        let decoded = try Document.decode(Array(buffer), file: "text")
        let document = try Document(path: "text", text: decoded, languages: open.dataSet.languages)
        let report = open.citer.cite(document, date: legalDate, language: languageCode)
        json?.pointee = cString(JSONWriter.compact(CitationJSON.value(report)))
        return 0
    } catch {
        setError(errorOut, error.description)
        return status(of: error)
    }
}

@_cdecl("concord_history")
public func concordHistory(_ dataset: OpaquePointer?, _ query: UnsafePointer<CChar>?,
                           _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                           _ errorOut: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    json?.pointee = nil
    guard let open = handle(dataset) else { setError(errorOut, "no data set (concord_open failed or was not called)"); return 3 }
    guard let queryText = text(query) else { setError(errorOut, "no query"); return 3 }
    switch ProvisionQuery.resolve(queryText, in: open.dataSet.registry) {
    case .provision(let id):
        json?.pointee = cString(JSONWriter.compact(HistoryRenderer.json(History(of: id, in: open.corpus))))
        return 0
    case .ambiguous(let choices):
        setError(errorOut, ConcordError.ambiguousQuery(query: queryText, choices: choices.map(\.description)).description)
        return 4
    case .unknown(let nearest):
        setError(errorOut, ConcordError.unknownProvision(query: queryText, suggestions: nearest.map(\.description)).description)
        return 4
    case .malformed(let message):
        setError(errorOut, message)
        return 3
    }
}

@_cdecl("concord_version")
public func concordVersion() -> UnsafePointer<CChar>? {
    // A string in the binary's constant data: the caller does not free it.
    UnsafeRawPointer(ConcordVersion.number.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("concord_free")
public func concordFree(_ string: UnsafeMutablePointer<CChar>?) { free(string) }

@_cdecl("concord_close")
public func concordClose(_ dataset: OpaquePointer?) {
    guard let dataset else { return }
    Unmanaged<OpenDataSet>.fromOpaque(UnsafeRawPointer(dataset)).release()
}
