/// A problem found in a file, located by line (and column where known).
///
/// Printed as `file:line: message` (or `file:line:column: message`), the form editors and
/// terminals recognise.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file the problem is in, as given by the caller (relative paths stay relative).
    public var file: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong, in one line.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line: message`, with the column when known; always one line (control characters that
    /// data smuggled into a message, such as a line break in a JSON key, are shown escaped).
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if let column, line > 0 { location += ":\(column)" }
        return Self.oneLine("\(location): \(message)")
    }

    /// Text with line breaks, tabs and other control characters written as escapes.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
