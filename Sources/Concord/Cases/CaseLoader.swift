import Foundation

/// Loads and validates `Reports/cases.json`: known provisions and reports, real dates, and quotes
/// found at their offsets.
public enum CaseLoader {
    /// The file name of the case registry inside a reports directory.
    public static let fileName = "cases.json"

    /// Loads the cases of a reports directory (none when the file does not exist), reporting every problem.
    public static func load(reportsDirectory: URL, registry: Registry) -> ([Case], [Diagnostic]) {
        let url = reportsDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        guard let node = RegistryLoader.parseFile(url, into: &diagnostics) else { return ([], diagnostics) }
        let sink = DiagnosticSink(file: RegistryLoader.displayPath(url))
        var reportCache: [String: [UInt8]?] = [:]
        func reportBytes(_ name: String) -> [UInt8]? {
            if let cached = reportCache[name] { return cached }
            let path = reportsDirectory.appendingPathComponent(name).path
            let bytes = name.contains("/") ? nil : FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            reportCache[name] = bytes
            return bytes
        }
        var cases: [Case] = []
        var ids = Set<String>()
        guard let root = ObjectReader(node, sink: sink, context: "the case file") else { return ([], diagnostics + sink.diagnostics) }
        root.rejectUnknownKeys(["cases"])
        for item in root.array("cases", required: true) {
            guard let r = ObjectReader(item, sink: sink, context: "a case") else { continue }
            r.rejectUnknownKeys(["id", "name", "kind", "variants", "description", "events"])
            guard let id = r.string("id", required: true), let name = r.string("name", required: true) else { continue }
            if !ids.insert(id).inserted { sink.report(r.line, "duplicate case identifier '\(id)'") }
            if !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
                sink.report(r.line, "case identifier '\(id)' must be lower-case words joined by '-'")
            }
            let kindText = r.string("kind", required: true)
            let kind = kindText.flatMap(Case.Kind.init(rawValue:))
            if let kindText, kind == nil { sink.report(r.line, "unknown case kind '\(kindText)' (known: person, organisation)") }
            var events: [CaseEvent] = []
            for eventNode in r.array("events", required: true) {
                guard let e = ObjectReader(eventNode, sink: sink, context: "an event of case '\(id)'") else { continue }
                e.rejectUnknownKeys(["type", "date", "provisions", "charge", "outcome", "source"])
                let typeText = e.string("type", required: true)
                let type = typeText.flatMap(CaseEvent.Kind.init(rawValue:))
                if let typeText, type == nil {
                    sink.report(e.line, "unknown event type '\(typeText)' (known: \(CaseEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let date = e.date("date", required: true)
                var provisions: [ProvisionID] = []
                for text in e.strings("provisions") {
                    guard let pid = ProvisionID(text) else { sink.report(e.line, "'\(text)' is not a provision identifier"); continue }
                    guard registry.provision(pid) != nil else { sink.report(e.line, "case '\(id)' names unknown provision '\(text)'"); continue }
                    if let date, let record = registry.provision(pid), let life = registry.life(of: record),
                       [.notYetInForce, .ceased].contains(life.status(on: DayRange(date))) {
                        sink.report(e.line, "case '\(id)': \(text) was not in force on \(date) (in force \(life.from) to \(life.until?.description ?? "now"))")
                    }
                    provisions.append(pid)
                }
                guard let s = e.object("source", required: true) else { continue }
                s.rejectUnknownKeys(["report", "start", "end", "quote"])
                let report = s.string("report", required: true)
                let start = integer(s, "start"), end = integer(s, "end")
                let quote = s.string("quote", required: true)
                guard let type, let date, let report, let start, let end, let quote else { continue }
                if let bytes = reportBytes(report) {
                    if start < 0 || end > bytes.count || start >= end {
                        sink.report(s.line, "case '\(id)': offsets \(start)..<\(end) lie outside report '\(report)' (\(bytes.count) bytes)")
                    } else if !bytes[start..<end].elementsEqual(quote.utf8) {
                        sink.report(s.line, "case '\(id)': the quote is not found at \(report) bytes \(start)..<\(end)")
                    }
                } else {
                    sink.report(s.line, "case '\(id)' names unknown report '\(report)'")
                }
                events.append(CaseEvent(type: type, date: date, provisions: provisions, charge: e.string("charge"), outcome: e.string("outcome"),
                                        source: Passage(report: report, start: start, end: end, quote: quote),
                                        location: FileLocation(file: sink.file, line: e.line)))
            }
            if events.isEmpty { sink.report(r.line, "case '\(id)' has no sourced event") }
            guard let kind else { continue }
            events.sort { ($0.date, $0.source.report, $0.source.start) < ($1.date, $1.source.report, $1.source.start) }
            cases.append(Case(id: id, name: name, kind: kind, variants: r.strings("variants"), description: r.string("description"),
                              events: events, location: FileLocation(file: sink.file, line: r.line)))
        }
        return (cases.sorted { $0.id < $1.id }, diagnostics + sink.diagnostics)
    }

    static func integer(_ reader: ObjectReader, _ key: String) -> Int? {
        guard let member = reader.member(key) else { reader.sink.report(reader.line, "missing key '\(key)' in \(reader.context)"); return nil }
        guard case .number(let text) = member.value.content, let value = Int(text) else {
            reader.sink.report(member.line, "'\(key)' in \(reader.context) must be a whole number, found \(member.value.typeName)")
            return nil
        }
        return value
    }
}
