import Foundation

/// Renders a history as Markdown, JSON or CSV.
public enum HistoryRenderer {
    /// The chain, then the timeline as a list.
    public static func markdown(_ history: History, corpus: Corpus) -> String {
        let registry = corpus.registry
        var out = "# History of \(history.asked)\n\n## Chain through time\n\n"
        for id in history.chain {
            let provision = registry.provision(id)
            let title = provision?.title?.text.en ?? provision?.title?.text.ru ?? "title not known"
            let status = provision.map { ProvisionRecordText(registry: registry).status($0) } ?? ""
            let verified = provision?.provenance.verified == false ? " (*unverified*)" : ""
            out += "- \(id == history.asked.withoutPart ? "**\(id)**" : id.description): \(Markdown.escape(title)) — \(Markdown.escape(status))\(verified)\n"
        }
        for link in history.links {
            out += "- \(link.from) \(link.type.rawValue) → \(link.to?.description ?? "none"), effective \(link.effective)\(link.provenance.verified ? "" : " (*unverified*)")\n"
        }
        out += "\n## Timeline\n\n"
        for entry in history.entries {
            var line = "- **\(entry.date?.description ?? "undated")** [\(entry.kind.rawValue)] \(Markdown.escape(entry.summary))"
            if entry.kind == .statute, !entry.verified { line += " (*unverified*)" }
            if !entry.flags.isEmpty { line += " — *" + entry.flags.map(\.rawValue).joined(separator: ", ") + "*" }
            if let passage = entry.passage { line += " (\(Markdown.escape(passage.report))\(entry.line.map { ":\($0)" } ?? ""))" }
            if let detail = entry.detail, entry.kind != .statute { line += ": “\(Markdown.escape(detail))”" }
            out += line + "\n"
        }
        return out
    }

    /// `{"provision", "chain", "links", "timeline"}`.
    public static func json(_ history: History) -> JSONValue {
        .object([
            ("provision", .string(history.asked.description)),
            ("chain", .array(history.chain.map { .string($0.description) })),
            ("links", .array(history.links.map { link in
                .object([("from", .string(link.from.description)), ("to", .optional(link.to?.description)), ("type", .string(link.type.rawValue)),
                         ("effective", .string(link.effective.description)), ("verified", .bool(link.provenance.verified))])
            })),
            ("timeline", .array(history.entries.map(entryValue))),
        ])
    }

    static func entryValue(_ entry: TimelineEntry) -> JSONValue {
        .object([
            ("date", .optional(entry.date?.description)),
            ("kind", .string(entry.kind.rawValue)),
            ("provisions", .array(entry.provisions.map { .string($0.description) })),
            ("summary", .string(entry.summary)),
            ("detail", .optional(entry.detail)),
            ("flags", .array(entry.flags.map { .string($0.rawValue) })),
            ("verified", .bool(entry.verified)),
            ("report", .optional(entry.passage?.report)),
            ("start", entry.passage.map { .int($0.start) } ?? .null),
            ("end", entry.passage.map { .int($0.end) } ?? .null),
            ("sources", .array(entry.sources.map { .optional($0.url ?? $0.report) })),
        ])
    }

    /// The CSV header of `csv`.
    public static let csvHeader = ["date", "kind", "provisions", "summary", "detail", "flags", "verified", "report", "start", "end", "sources"]

    /// One row per timeline entry, RFC 4180 quoting, header first.
    public static func csv(_ history: History) -> String {
        var out = CSV.row(csvHeader)
        for e in history.entries {
            out += CSV.row([e.date?.description ?? "", e.kind.rawValue, e.provisions.map(\.description).joined(separator: " "), e.summary,
                            e.detail ?? "", e.flags.map(\.rawValue).joined(separator: " "), e.verified ? "true" : "false",
                            e.passage?.report ?? "", e.passage.map { String($0.start) } ?? "", e.passage.map { String($0.end) } ?? "",
                            e.sources.compactMap { $0.url ?? $0.report }.joined(separator: " ")])
        }
        return out
    }
}

/// RFC 4180 CSV.
public enum CSV {
    /// One line: fields quoted when they hold a comma, a quote or a line break; CRLF-free (`\n`).
    public static func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ") || field.hasSuffix(" ") else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }

    /// Parses CSV text into rows of fields (for round trips and tests).
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
