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

    /// Creates a mapper.
    public init(citer: Citer, threads: Int = 1, batchSize: Int = 64) {
        self.citer = citer
        self.threads = max(1, threads)
        self.batchSize = max(1, batchSize)
    }

    /// One output line for one input line (without the line break). A line that is not a valid
    /// document gives `{"line": n, "error": "..."}` rather than stopping the stream.
    public func map(line: ArraySlice<UInt8>, number: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(256)
        let node: JSONNode
        do {
            node = try JSONParser.parse(Array(line))
        } catch {
            JSONWriter.appendCompact(.object([("line", .int(number)), ("error", .string("malformed JSON at column \(error.column): \(error.message)"))]), to: &out)
            return out
        }
        let value = node.value
        guard case .string(let text)? = value["text"] else {
            JSONWriter.appendCompact(.object([("line", .int(number)), ("id", value["id"] ?? .null), ("error", .string("no \"text\" string"))]), to: &out)
            return out
        }
        var date: LegalDate?
        if case .string(let d)? = value["date"] {
            guard let parsed = LegalDate(d) else {
                JSONWriter.appendCompact(.object([("line", .int(number)), ("id", value["id"] ?? .null), ("error", .string("date '\(d)' is not a real date"))]), to: &out)
                return out
            }
            date = parsed
        }
        var language: String?
        if case .string(let l)? = value["language"] { language = l }
        let id = value["id"] ?? .null
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
            document = try Document(path: path, text: text, languages: Set(citer.registry.languages.keys))
        } catch {
            JSONWriter.appendCompact(.object([("line", .int(number)), ("id", id), ("error", .string(error.description))]), to: &out)
            return out
        }
        CitationJSON.appendCompact(citer.cite(document, date: date, language: language), id: id, to: &out)
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
