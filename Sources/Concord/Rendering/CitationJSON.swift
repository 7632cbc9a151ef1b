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
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(pad(hundredths % 100, 2))"
    }
}
