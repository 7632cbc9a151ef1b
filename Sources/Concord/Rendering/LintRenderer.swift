/// `concord lint` output: plain lines, JSON, SARIF 2.1.0 for code-scanning tools, and GitHub
/// workflow-command annotations.
public enum LintRenderer {
    /// `file:line:column: warning|error: message [rule] — fix: …`, one line per finding.
    public static func text(_ findings: [LintFinding]) -> String {
        findings.map { f in
            "\(f.file):\(f.line):\(f.column): \(f.severity.rawValue): \(f.message) [\(f.rule.rawValue)]" + (f.fix.map { " — fix: \($0)" } ?? "") + "\n"
        }.joined()
    }

    /// An array of findings with every field.
    public static func json(_ findings: [LintFinding]) -> JSONValue {
        .array(findings.map { f in
            .object([("file", .string(f.file)), ("line", .int(f.line)), ("column", .int(f.column)), ("start", .int(f.start)), ("end", .int(f.end)),
                     ("rule", .string(f.rule.rawValue)), ("severity", .string(f.severity.rawValue)), ("message", .string(f.message)),
                     ("fix", f.fix.map(JSONValue.string) ?? .null)])
        })
    }

    /// A SARIF 2.1.0 log: one run, every rule described, every finding a result with its location.
    public static func sarif(_ findings: [LintFinding], version: String) -> JSONValue {
        let rules: [JSONValue] = LintRule.allCases.map { rule in
            .object([("id", .string(rule.rawValue)), ("name", .string(rule.rawValue)),
                     ("shortDescription", .object([("text", .string(rule.summary))])),
                     ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))]))])
        }
        let results: [JSONValue] = findings.map { f in
            let message = f.message + (f.fix.map { " Fix: \($0)" } ?? "")
            return .object([
                ("ruleId", .string(f.rule.rawValue)),
                ("ruleIndex", .int(LintRule.allCases.firstIndex(of: f.rule) ?? 0)),
                ("level", .string(f.severity.rawValue)),
                ("message", .object([("text", .string(message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(f.file)))])),
                    ("region", .object([("startLine", .int(f.line)), ("startColumn", .int(f.column)),
                                        ("byteOffset", .int(f.start)), ("byteLength", .int(f.end - f.start))])),
                ]))])])),
            ])
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([("name", .string("concord")), ("version", .string(version)),
                                                      ("rules", .array(rules))]))])),
                ("results", .array(results)),
            ])])),
        ])
    }

    /// `::error file=…,line=…,col=…,title=rule::message`, as GitHub Actions reads from a step's output.
    public static func github(_ findings: [LintFinding]) -> String {
        findings.map { f in
            let message = f.message + (f.fix.map { " Fix: \($0)" } ?? "")
            return "::\(f.severity.rawValue) file=\(property(f.file)),line=\(f.line),col=\(f.column),title=\(property(f.rule.rawValue))::\(data(message))\n"
        }.joined()
    }

    /// A relative path as a URI reference (spaces and the like percent-encoded).
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || "/-._~".utf8.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2).replacingOccurrences(of: " ", with: "0")
            }
        }
        return out
    }

    /// Escapes for a workflow command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes for a workflow command's property.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
