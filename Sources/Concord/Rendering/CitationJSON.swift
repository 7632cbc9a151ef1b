/// The JSON form of citation reports: the stable contract documented in README.
public enum CitationJSON {
    /// `{"document": {...}, "citations": [...], "warnings": [...]}`.
    public static func value(_ report: CitationReport) -> JSONValue {
        .object([
            ("document", .object([
                ("path", .string(report.document.path)),
                ("date", .optional(report.document.date?.description)),
                ("dateSource", .string(report.document.dateSource.rawValue)),
                ("language", .optional(report.document.language)),
            ])),
            ("citations", .array(report.citations.map(value))),
            ("warnings", .array(report.warnings.map(JSONValue.string))),
        ])
    }

    /// One citation.
    public static func value(_ citation: Citation) -> JSONValue {
        .object([
            ("start", .int(citation.start)),
            ("end", .int(citation.end)),
            ("text", .string(citation.text)),
            ("instrument", .optional(citation.instrument)),
            ("article", .optional(citation.article)),
            ("part", .optional(citation.part)),
            ("kind", .string(citation.kind.rawValue)),
            ("resolved", citation.resolved.map(value) ?? .null),
            ("flags", .array(citation.flags.map { .string($0.rawValue) })),
            ("confidence", .number(decimal(citation.confidence))),
            ("sentence", .string(citation.sentence)),
        ])
    }

    static func value(_ resolution: Citation.Resolution) -> JSONValue {
        .object([
            ("cited", .optional(resolution.cited?.description)),
            ("inForce", .array(resolution.inForce.map { .string($0.description) })),
            ("asOf", .optional(resolution.asOf?.description)),
            ("suggestion", .optional(resolution.suggestion?.description)),
            ("note", .optional(resolution.note)),
            ("verified", .bool(resolution.verified)),
        ])
    }

    /// A number in [0, 1] with two decimals, written the same on every platform.
    static func decimal(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendDecimal(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same digits appended as bytes, without making strings (once per citation on the hot path).
    static func appendDecimal(_ value: Double, to out: inout [UInt8]) {
        let hundredths = Int(exactly: (value * 100).rounded()) ?? 0
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if hundredths < 0 && whole == 0 { out.append(UInt8(ascii: "-")) }
        out += String(whole).utf8
        out.append(UInt8(ascii: "."))
        out.append(UInt8(truncatingIfNeeded: 0x30 + fraction / 10))
        out.append(UInt8(truncatingIfNeeded: 0x30 + fraction % 10))
    }
}

extension CitationJSON {
    /// Appends the compact JSON of a report straight to bytes, with the same keys, order and
    /// formatting as `JSONWriter.compact(value(report))` but without building the tree (the
    /// streaming mapper's hot path). `id`, when given, comes first.
    public static func appendCompact(_ report: CitationReport, id: JSONValue? = nil, to out: inout [UInt8]) {
        func key(_ k: StaticString) {
            out.append(0x22)
            out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
            out.append(0x22); out.append(0x3A)
        }
        func string(_ s: String?) {
            if let s { JSONWriter.appendString(s, to: &out) } else { out += [0x6E, 0x75, 0x6C, 0x6C] }
        }
        func int(_ n: Int) { out += String(n).utf8 }
        out.append(0x7B)
        if let id { key("id"); JSONWriter.appendCompact(id, to: &out); out.append(0x2C) }
        key("document"); out.append(0x7B)
        key("path"); string(report.document.path); out.append(0x2C)
        key("date"); string(report.document.date?.description); out.append(0x2C)
        key("dateSource"); string(report.document.dateSource.rawValue); out.append(0x2C)
        key("language"); string(report.document.language)
        out.append(0x7D); out.append(0x2C)
        key("citations"); out.append(0x5B)
        // Every citation of a report is usually resolved as of the same date: written once.
        var asOfText: (date: LegalDate, text: String)?
        for (n, c) in report.citations.enumerated() {
            if n > 0 { out.append(0x2C) }
            out.append(0x7B)
            key("start"); int(c.start); out.append(0x2C)
            key("end"); int(c.end); out.append(0x2C)
            key("text"); string(c.text); out.append(0x2C)
            key("instrument"); string(c.instrument); out.append(0x2C)
            key("article"); string(c.article); out.append(0x2C)
            key("part"); string(c.part); out.append(0x2C)
            key("kind"); string(c.kind.rawValue); out.append(0x2C)
            key("resolved")
            if let r = c.resolved {
                out.append(0x7B)
                key("cited"); string(r.cited?.description); out.append(0x2C)
                key("inForce"); out.append(0x5B)
                for (k, id) in r.inForce.enumerated() { if k > 0 { out.append(0x2C) }; string(id.description) }
                out.append(0x5D); out.append(0x2C)
                key("asOf")
                if let asOf = r.asOf {
                    if asOfText?.date != asOf { asOfText = (asOf, asOf.description) }
                    string(asOfText?.text)
                } else { string(nil) }
                out.append(0x2C)
                key("suggestion"); string(r.suggestion?.description); out.append(0x2C)
                key("note"); string(r.note); out.append(0x2C)
                key("verified")
                if r.verified { out += [0x74, 0x72, 0x75, 0x65] } else { out += [0x66, 0x61, 0x6C, 0x73, 0x65] }
                out.append(0x7D)
            } else {
                out += [0x6E, 0x75, 0x6C, 0x6C]
            }
            out.append(0x2C)
            key("flags"); out.append(0x5B)
            for (k, flag) in c.flags.enumerated() { if k > 0 { out.append(0x2C) }; string(flag.rawValue) }
            out.append(0x5D); out.append(0x2C)
            key("confidence"); appendDecimal(c.confidence, to: &out); out.append(0x2C)
            key("sentence"); string(c.sentence)
            out.append(0x7D)
        }
        out.append(0x5D); out.append(0x2C)
        key("warnings"); out.append(0x5B)
        for (k, w) in report.warnings.enumerated() { if k > 0 { out.append(0x2C) }; string(w) }
        out.append(0x5D)
        out.append(0x7D)
    }
}
