import Foundation
import Dispatch

/// The batch mapper behind `concord cite --jsonl`: reads documents as JSON Lines
/// (`{"id", "date", "language", "text"}` per line) and writes one JSON line of citations per
/// document, in input order. Memory is bounded by one batch of documents, not by the input.
public struct JSONLinesMapper: Sendable {
    public let citer: Citer
    /// How many documents are cited at once (in parallel when `threads` > 1).
    public let batchSize: Int
    public let threads: Int

    /// The date of documents whose line gives none (`cite --jsonl --date`).
    public let defaultDate: LegalDate?
    /// The language of documents whose line gives none (`cite --jsonl --language`).
    public let defaultLanguage: String?

    /// Creates a mapper.
    public init(citer: Citer, threads: Int = 1, batchSize: Int = 64, defaultDate: LegalDate? = nil, defaultLanguage: String? = nil) {
        self.citer = citer
        self.threads = max(1, threads)
        self.batchSize = max(1, batchSize)
        self.defaultDate = defaultDate
        self.defaultLanguage = defaultLanguage
    }

    /// The keys a document line may have.
    public static let keys = ["id", "date", "language", "text"]

    /// One output line for one input line (without the line break). A line that is not a valid
    /// document gives `{"line": n, "id": ..., "error": "..."}` (id null when it could not be read),
    /// naming every invalid field, rather than stopping the stream; a blank line is such a line too.
    public func map(line: ArraySlice<UInt8>, number: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(256)
        func fail(_ id: JSONValue, _ message: String) -> [UInt8] {
            JSONWriter.appendCompact(.object([("line", .int(number)), ("id", id), ("error", .string(message))]), to: &out)
            return out
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return fail(.null, "blank line: no document") }
        let node: JSONNode
        do {
            node = try JSONParser.parse(Array(line))
        } catch {
            return fail(.null, "malformed JSON at column \(error.column): \(error.message)")
        }
        guard case .object(let members) = node.content else { return fail(.null, "a document line must be a JSON object, found \(node.typeName)") }
        let value = node.value
        var problems: [String] = []
        var id: JSONValue = .null
        switch value["id"] {
        case nil, .null?: break
        case .string?, .number?: id = value["id"] ?? .null
        default: problems.append("\"id\" must be a string or a number")
        }
        for member in members where !Self.keys.contains(member.key) {
            problems.append("unknown key '\(Diagnostic.oneLine(member.key))' (known: \(Self.keys.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted { problems.append("duplicate key '\(Diagnostic.oneLine(member.key))'") }
        var text: String?
        switch value["text"] {
        case .string(let t)?: text = t
        case nil: problems.append("no \"text\" string")
        default: problems.append("\"text\" must be a string")
        }
        var date = defaultDate
        switch value["date"] {
        case nil, .null?: break
        case .string(let d)?:
            if let parsed = LegalDate(d) { date = parsed } else { problems.append("date '\(Diagnostic.oneLine(d))' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)") }
        default: problems.append("\"date\" must be a string (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        var language = defaultLanguage
        let known = citer.registry.languages.keys.sorted()
        switch value["language"] {
        case nil, .null?: break
        case .string(let l)?:
            if known.contains(l) { language = l } else { problems.append("unknown language '\(Diagnostic.oneLine(l))' (known: \(known.joined(separator: ", ")))") }
        default: problems.append("\"language\" must be a string (\(known.joined(separator: ", ")))")
        }
        guard problems.isEmpty, let text else { return fail(id, problems.joined(separator: "; ")) }
        let path: String
        switch id {
        case .string(let s): path = s
        case .number(let n): path = n
        default: path = "line \(number)"
        }
        // The text may carry its own front matter (a report file sent whole); offsets then count it, as
        // `concord cite FILE` does. Fields of the line take precedence over it.
        let document: Document
        do {
            document = try Document(path: path, text: text, languages: Set(known))
        } catch {
            return fail(id, error.description)
        }
        let lineDate = value["date"].flatMap { if case .string = $0 { return date } else { return nil } }
        let lineLanguage = value["language"].flatMap { if case .string = $0 { return language } else { return nil } }
        // The line's own fields, then the text's front matter, then the command's defaults.
        let report = citer.cite(document, date: lineDate ?? (document.metadata.date == nil ? defaultDate : nil),
                                language: lineLanguage ?? (document.metadata.language == nil ? defaultLanguage : nil))
        CitationJSON.appendCompact(report, id: id, to: &out)
        return out
    }

    /// Maps a batch of lines, in parallel when allowed, keeping their order.
    public func map(batch: [(line: ArraySlice<UInt8>, number: Int)]) -> [[UInt8]] {
        guard threads > 1, batch.count > 1 else { return batch.map { map(line: $0.line, number: $0.number) } }
        let results = ResultSlots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { k in
            results.set(k, map(line: batch[k].line, number: batch[k].number))
        }
        return results.values
    }
}

/// Slots written by parallel workers, each slot by one worker only.
final class ResultSlots: @unchecked Sendable {
    private var storage: [[UInt8]]
    private let lock = NSLockLike()

    init(count: Int) { storage = Array(repeating: [], count: count) }

    func set(_ k: Int, _ value: [UInt8]) { lock.withLock { storage[k] = value } }

    var values: [[UInt8]] { lock.withLock { storage } }
}

/// A minimal lock over a pthread mutex, so the library needs no more than the toolchain.
final class NSLockLike: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    init() { pthread_mutex_init(mutex, nil) }
    deinit { pthread_mutex_destroy(mutex); mutex.deallocate() }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }
}

/// Slots of any value written by parallel workers, each slot by one worker only.
final class ParallelSlots<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLockLike()

    init(count: Int, empty: Value) { storage = Array(repeating: empty, count: count) }

    func set(_ k: Int, _ value: Value) { lock.withLock { storage[k] = value } }

    var values: [Value] { lock.withLock { storage } }
}
