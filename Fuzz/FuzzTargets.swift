// libFuzzer targets for Concord, compiled together with the library's sources by Scripts/fuzz.sh
// (`swiftc -sanitize=fuzzer,address`). One binary serves every target; CONCORD_FUZZ_TARGET picks one:
// cleaner, finder, frontmatter, statutes, tables, query, jsonl. Each checks invariants, not just "no crash".

import Foundation

/// Stops the run with a message libFuzzer records as a crash.
func violated(_ message: String) -> Never {
    FileHandle.standardError.write(Data("invariant violated: \(message)\n".utf8))
    abort()
}

let target = ProcessInfo.processInfo.environment["CONCORD_FUZZ_TARGET"] ?? "finder"

let registry: Registry = {
    guard let data = try? DataSet.load() else { violated("the bundled data set does not load") }
    return data.registry
}()
let citer = Citer(registry: registry)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "cleaner": fuzzCleaner(bytes)
    case "finder": fuzzFinder(bytes)
    case "frontmatter": fuzzFrontMatter(bytes)
    case "statutes": fuzzStatutes(bytes)
    case "query": fuzzQuery(bytes)
    case "tables": fuzzTables(bytes)
    case "jsonl": fuzzJSONLines(bytes)
    default: violated("unknown target \(target)")
    }
    return 0
}

/// The cleaned-to-original map is monotonic, stays inside the input, and is the same twice.
func fuzzCleaner(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let clean = TextCleaner.clean(text)
    let origin = clean.origin
    guard origin.count == clean.bytes.count + 1 else { violated("map length") }
    for k in 1..<origin.count where origin[k] < origin[k - 1] { violated("map not monotonic at \(k)") }
    for o in origin where o < 0 || o > bytes.count { violated("map outside the input: \(o)") }
    guard String(validating: clean.bytes, as: UTF8.self) != nil else { violated("cleaned text is not UTF-8") }
    let again = TextCleaner.clean(text)
    guard again.bytes == clean.bytes, again.origin == origin else { violated("cleaning is not deterministic") }
    let reference = ReferenceTextCleaner.clean(text)
    guard reference.bytes == clean.bytes, reference.origin == origin else { violated("fast cleaner differs from the reference") }
}

/// Every offset lies inside the input and on a UTF-8 boundary, points at the citation's text,
/// spans do not overlap (list members of one range may share a span), and the output is the same twice.
func fuzzFinder(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let document = Document(path: "fuzz", text: text, metadata: FrontMatter(date: LegalDate("2019"), language: nil))
    let report = citer.cite(document)
    var previous: Citation?
    for c in report.citations {
        guard c.start >= 0, c.end <= bytes.count, c.start < c.end else { violated("span \(c.start)..<\(c.end) outside 0..<\(bytes.count)") }
        guard bytes[c.start] & 0xC0 != 0x80, c.end == bytes.count || bytes[c.end] & 0xC0 != 0x80 else { violated("span not on UTF-8 boundaries") }
        guard String(decoding: bytes[c.start..<c.end], as: UTF8.self) == c.text else { violated("text is not the bytes at the offsets") }
        if let p = previous {
            guard c.start >= p.start else { violated("citations out of order") }
            let sameRange = c.kind == .listMember && c.start == p.start && c.end == p.end
            guard c.start >= p.end || sameRange || (c.kind == .listMember && p.kind != .chargeName && c.start >= p.start) else {
                violated("overlapping spans \(p.start)..<\(p.end) and \(c.start)..<\(c.end)")
            }
        }
        previous = c
    }
    let first = JSONWriter.compact(CitationJSON.value(report))
    guard first == JSONWriter.compact(CitationJSON.value(citer.cite(document))) else { violated("citing is not deterministic") }
}

/// The front-matter reader either refuses the text or names a body start inside it, at a line start.
func fuzzFrontMatter(_ bytes: [UInt8]) {
    do {
        guard let (_, body) = try FrontMatter.read(bytes, file: "fuzz", languages: ["en", "ru"]) else { return }
        guard body >= 0, body <= bytes.count else { violated("body start \(body) outside the input") }
        guard body == bytes.count || body == 0 || bytes[body - 1] == 0x0A else { violated("body does not start a line") }
    } catch {
        guard case .badInput(let d) = error, !d.message.contains("\n") else { violated("not a one-line error: \(error)") }
    }
}

/// Any bytes given as a statute file: a precise error or a decoded work, never a crash; the same twice.
func fuzzStatutes(_ bytes: [UInt8]) {
    func run() -> String {
        guard let node = try? JSONParser.parse(bytes) else { return "syntax" }
        let sink = DiagnosticSink(file: "fuzz.json")
        let decoded = RegistryLoader.decodeWork(node, sink: sink)
        for d in sink.diagnostics where d.line < 0 || d.description.contains("\n") { violated("bad diagnostic \(d)") }
        return "\(decoded.map { "\($0.0.id) \($0.1.count)" } ?? "none") \(sink.diagnostics.map(\.description))"
    }
    guard run() == run() else { violated("statute decoding is not deterministic") }
}

/// A typed query answers with a provision the registry holds, choices, or the nearest known ones.
func fuzzQuery(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let answer = ProvisionQuery.resolve(text, in: registry)
    switch answer {
    case .provision(let id): guard registry.provision(id) != nil else { violated("query answered an unknown provision \(id)") }
    case .ambiguous(let ids): guard ids.count > 1, ids.allSatisfy({ registry.provision($0) != nil }) else { violated("bad choices") }
    case .unknown(let nearest): guard nearest.allSatisfy({ registry.provision($0) != nil }) else { violated("bad suggestions") }
    case .malformed(let message): guard !message.contains("\n"), message.contains(ProvisionQuery.forms) || message.contains("identifier") else { violated("bad refusal: \(message)") }
    }
    guard answer == ProvisionQuery.resolve(text, in: registry) else { violated("query is not deterministic") }
}

/// Any bytes as an article table file: every problem a one-line diagnostic at a line of the file,
/// every article read keeps a valid number; the same twice.
func fuzzTables(_ bytes: [UInt8]) {
    func run() -> String {
        let sink = DiagnosticSink(file: "fuzz.txt")
        let table = ArticleTableParser.parse(work: "kz.cc.2014", files: [("fuzz.txt", bytes)], sink: sink)
        let lines = bytes.filter { $0 == 0x0A }.count + 1
        for d in sink.diagnostics where d.line < 0 || d.line > lines || d.description.contains("\n") { violated("bad diagnostic \(d)") }
        for article in table.articles where !ProvisionID.isArticleNumber(article.number) { violated("bad article number \(article.number)") }
        let provisions = ArticleTableBuilder.build(table, notes: [], sink: sink)
        return "\(provisions.count) \(sink.diagnostics.map(\.description))"
    }
    guard run() == run() else { violated("table parsing is not deterministic") }
}

/// Any bytes as JSON Lines input: one output line per input line, each a JSON object with
/// citations or an error, never a line break inside; the same with one thread and with two.
func fuzzJSONLines(_ bytes: [UInt8]) {
    var lines: [(line: ArraySlice<UInt8>, number: Int)] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
        lines.append((bytes[start..<i], lines.count + 1))
        start = i + 1
    }
    if start < bytes.count { lines.append((bytes[start...], lines.count + 1)) }
    let one = JSONLinesMapper(citer: citer, threads: 1, batchSize: 8).map(batch: lines)
    guard one.count == lines.count else { violated("\(lines.count) lines in, \(one.count) out") }
    for (k, out) in one.enumerated() {
        guard !out.contains(0x0A) else { violated("line break inside output line \(k + 1)") }
        guard let node = try? JSONParser.parse(out), case .object = node.content else { violated("output line \(k + 1) is not a JSON object") }
        let value = node.value
        guard value["citations"] != nil || value["error"] != nil else { violated("output line \(k + 1) has neither citations nor error") }
    }
    let two = JSONLinesMapper(citer: citer, threads: 2, batchSize: 8).map(batch: lines)
    guard two == one else { violated("two threads give other output") }
}
