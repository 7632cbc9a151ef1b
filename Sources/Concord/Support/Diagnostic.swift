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

    /// `file:line: message`, with the column when known.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if let column, line > 0 { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
