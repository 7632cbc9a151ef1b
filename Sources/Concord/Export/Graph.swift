/// The whole cross-reference graph as tables: works, provisions, successions, reports, citations,
/// cases, case events, recommendations and assessments. One model for the JSON and CSV exports,
/// and what an export loads back into.
public struct Graph: Sendable, Hashable {
    /// A named table with a fixed column order.
    public struct Table: Sendable, Hashable {
        public var name: String
        public var columns: [String]
        /// Each row holds one value per column, in column order.
        public var rows: [[JSONValue]]
    }

    /// The schema identifier written in every export.
    public static let schema = "concord-graph"
    /// The schema version; it changes when a column is renamed or removed.
    public static let version = 1

    public var tables: [Table]

    /// A table by name.
    public subscript(name: String) -> Table? { tables.first { $0.name == name } }

    /// The graph of a corpus.
    public init(corpus: Corpus) {
        let registry = corpus.registry
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        func firstSource(_ p: Provenance) -> JSONValue { .optional(p.sources.first.flatMap { $0.url ?? $0.report }) }

        let works = registry.works.values.sorted { $0.id < $1.id }.map { w -> [JSONValue] in
            [.string(w.id), .string(w.lineage), .string(w.kind.rawValue), .string(w.status.rawValue), .optional(w.title.en), .optional(w.title.ru),
             .optional(w.number), .optional(w.adopted?.description), .optional(w.inForceFrom?.description), .optional(w.inForceUntil?.description),
             .bool(w.provenance.verified), strings(w.provenance.sources.compactMap { $0.url ?? $0.report })]
        }
        let provisions = registry.provisions.map { p -> [JSONValue] in
            let life = registry.life(of: p)
            return [.string(p.id.description), .string(p.id.work), .string(p.id.article), .optional(p.title?.text.en), .optional(p.title?.text.ru),
                    .optional(life.map { DateSpec($0.from).description }), .optional(life?.until.map { DateSpec($0).description }),
                    strings(p.topics), strings(p.charges.keys.sorted().flatMap { p.charges[$0] ?? [] }),
                    .bool(p.provenance.verified), strings(p.provenance.sources.compactMap { $0.url ?? $0.report }),
                    .optional(p.chapter?.title.ru ?? p.chapter?.title.en), .optional(p.title.map { Graph.englishOrigin($0.english) }), .int(p.events.count)]
        }
        let successions = registry.provisions.flatMap(\.successors).map { s -> [JSONValue] in
            [.string(s.from.description), .optional(s.to?.description), .string(s.type.rawValue), .string(s.effective.description),
             .bool(s.provenance.verified), strings(s.provenance.sources.compactMap { $0.url ?? $0.report }), .string(s.evidence.rawValue), .optional(s.note)]
        }
        func reportName(_ a: Citer.Analysis) -> String { a.document.path.split(separator: "/").last.map(String.init) ?? a.document.path }
        let reports = corpus.analyses.map { a -> [JSONValue] in
            let m = a.document.metadata
            return [.string(reportName(a)), .optional(m.title), .optional(m.publisher), .optional(a.report.document.date?.description),
                    .optional(m.url), .optional(a.report.document.language)]
        }
        let citations = corpus.analyses.flatMap { a in
            a.report.citations.map { c -> [JSONValue] in
                [.string(reportName(a)), .int(c.start), .int(c.end), .string(c.text), .optional(c.instrument), .optional(c.article), .optional(c.part),
                 .string(c.kind.rawValue), .optional(c.resolved?.cited?.description), strings(c.resolved?.inForce.map(\.description) ?? []),
                 strings(c.flags.map(\.rawValue)), .number(CitationJSON.decimal(c.confidence)),
                 .optional(c.resolved?.asOf?.description), .optional(c.resolved?.suggestion?.description), .optional(c.resolved?.note),
                 c.resolved.map { .bool($0.verified) } ?? .null, .string(c.sentence)]
            }
        }
        let cases = corpus.cases.map { c -> [JSONValue] in
            [.string(c.id), .string(c.name), .string(c.kind.rawValue), strings(c.variants), .optional(c.description), strings(c.provisions.map(\.description))]
        }
        let caseEvents = corpus.cases.flatMap { c in
            c.events.map { e -> [JSONValue] in
                [.string(c.id), .string(e.type.rawValue), .string(e.date.description), strings(e.provisions.map(\.description)), .optional(e.charge),
                 .optional(e.outcome), .string(e.source.report), .int(e.source.start), .int(e.source.end), .string(e.source.quote)]
            }
        }
        let recommendations = corpus.recommendations.map { r -> [JSONValue] in
            [.string(r.id), .string(r.report), .optional(r.issuer), .optional(r.date?.description), .optional(r.forum), .optional(r.theme),
             .optional(r.upr?.description), .optional(r.response), strings(r.actions), strings(r.targets.map(\.description)),
             strings(r.currentTargets.map(\.description)), strings(r.citationFlags.map(\.rawValue)), .string(r.origin.rawValue),
             .string(r.text), .int(r.passage.start), .int(r.passage.end), strings(r.notes)]
        }
        let assessments = corpus.assessments.map { a -> [JSONValue] in
            [.string(a.report), .optional(a.date?.description), .string(a.status), strings(a.targets.map(\.description)),
             .int(a.passage.start), .int(a.passage.end), .string(a.passage.quote)]
        }
        tables = [
            Table(name: "works", columns: ["id", "lineage", "kind", "status", "title_en", "title_ru", "number", "adopted", "in_force_from", "in_force_until", "verified", "sources"], rows: works),
            Table(name: "provisions", columns: ["id", "work", "article", "title_en", "title_ru", "in_force_from", "in_force_until", "topics", "charges", "verified", "sources",
                                                "chapter", "title_en_origin", "events"], rows: provisions),
            Table(name: "successions", columns: ["from", "to", "type", "effective", "verified", "sources", "evidence", "note"], rows: successions),
            Table(name: "reports", columns: ["report", "title", "publisher", "date", "url", "language"], rows: reports),
            Table(name: "citations", columns: ["report", "start", "end", "text", "instrument", "article", "part", "kind", "cited", "in_force", "flags", "confidence",
                                               "as_of", "suggestion", "note", "verified", "sentence"], rows: citations),
            Table(name: "cases", columns: ["id", "name", "kind", "variants", "description", "provisions"], rows: cases),
            Table(name: "case_events", columns: ["case", "type", "date", "provisions", "charge", "outcome", "report", "start", "end", "quote"], rows: caseEvents),
            Table(name: "recommendations", columns: ["id", "report", "issuer", "date", "forum", "theme", "upr", "response", "actions", "targets", "current_targets", "citation_flags", "origin", "text", "start", "end", "notes"], rows: recommendations),
            Table(name: "assessments", columns: ["report", "date", "status", "targets", "start", "end", "quote"], rows: assessments),
        ]
    }

    init(tables: [Table]) { self.tables = tables }

    // MARK: JSON

    /// `{"schema", "version", "tables": {name: {"columns": [...], "rows": [{column: value}]}}}`.
    public var json: JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("version", .int(Self.version)),
            ("tables", .object(tables.map { table in
                (table.name, .object([
                    ("columns", .array(table.columns.map(JSONValue.string))),
                    ("rows", .array(table.rows.map { row in .object(Array(zip(table.columns, row))) })),
                ]))
            })),
        ])
    }

    /// Reads an export back; nil with a reason when it is not a Concord graph of this version.
    /// `official`, `concord` (Concord's translation) or the host of the source that translated it.
    static func englishOrigin(_ origin: Provision.EnglishOrigin) -> String {
        switch origin {
        case .official: return "official"
        case .concord: return "concord"
        case .quoted(let source): return source.host
        }
    }

    public static func load(json text: String) throws(ConcordError) -> Graph {
        let node: JSONNode
        do { node = try JSONParser.parse(Array(text.utf8)) } catch {
            throw .badInput(Diagnostic(file: "export", line: error.line, column: error.column, message: "malformed JSON: \(error.message)"))
        }
        let value = node.value
        guard value["schema"] == .string(schema) else { throw .badInput(Diagnostic(file: "export", line: 1, message: "not a \(schema) export")) }
        guard value["version"] == .int(version) else { throw .badInput(Diagnostic(file: "export", line: 1, message: "unsupported export version (this Concord reads version \(version))")) }
        guard case .object(let tableMembers)? = value["tables"] else { throw .badInput(Diagnostic(file: "export", line: 1, message: "export has no tables")) }
        var tables: [Table] = []
        for (name, tableValue) in tableMembers {
            guard case .array(let columnValues)? = tableValue["columns"], case .array(let rows)? = tableValue["rows"] else {
                throw .badInput(Diagnostic(file: "export", line: 1, message: "table '\(name)' needs 'columns' and 'rows'"))
            }
            let columns = columnValues.compactMap { value -> String? in if case .string(let s) = value { return s }; return nil }
            var tableRows: [[JSONValue]] = []
            for row in rows {
                guard case .object(let members) = row, members.map(\.0) == columns else {
                    throw .badInput(Diagnostic(file: "export", line: 1, message: "a row of '\(name)' does not have the table's columns"))
                }
                tableRows.append(members.map(\.1))
            }
            tables.append(Table(name: name, columns: columns, rows: tableRows))
        }
        return Graph(tables: tables)
    }

    // MARK: CSV

    /// One CSV text per table, header first; lists are joined with " | ".
    public var csv: [(name: String, text: String)] {
        tables.map { table in
            var text = CSV.row(table.columns)
            for row in table.rows { text += CSV.row(row.map(Self.cellText)) }
            return (table.name + ".csv", text)
        }
    }

    /// The CSV form of a value.
    public static func cellText(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return s
        case .array(let items): return items.map(cellText).joined(separator: " | ")
        case .object: return JSONWriter.compact(value)
        }
    }
}
