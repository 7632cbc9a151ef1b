/// The errors Concord reports to its callers. Each maps to a documented exit code of the
/// command line.
public enum ConcordError: Error, Sendable, CustomStringConvertible {
    /// The data set (statutes or reports) is invalid; every problem found is listed.
    case invalidData([Diagnostic])
    /// An input document or file cannot be read or is malformed.
    case badInput(Diagnostic)
    /// A query names no known provision; `suggestions` are the nearest known ones.
    case unknownProvision(query: String, suggestions: [String])
    /// A query fits several provisions.
    case ambiguousQuery(query: String, choices: [String])
    /// The caller used the library or the command line wrongly.
    case usage(String)
    /// Output could not be written (a full disk, a closed pipe, a folder in the way).
    case cannotWrite(Diagnostic)
    /// A check found problems it has already printed (`concord lint` found errors in a report).
    case findings(Int)

    /// One line per problem, each naming the file and the place where there is one.
    public var description: String {
        switch self {
        case .invalidData(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .badInput(let diagnostic), .cannotWrite(let diagnostic):
            return diagnostic.description
        case .unknownProvision(let query, let suggestions):
            let nearest = suggestions.isEmpty ? "" : "; nearest known: " + suggestions.joined(separator: ", ")
            return Diagnostic.oneLine("no known provision matches '\(query)'\(nearest)")
        case .ambiguousQuery(let query, let choices):
            return Diagnostic.oneLine("'\(query)' is ambiguous; it may be: " + choices.joined(separator: ", "))
        case .usage(let message):
            return Diagnostic.oneLine(message)
        case .findings(let count):
            return "concord lint: \(count) error\(count == 1 ? "" : "s") found"
        }
    }

    /// The exit code documented in README: 1 for bad data or input, 2 for bad usage.
    public var exitCode: Int32 {
        switch self {
        case .invalidData, .badInput, .unknownProvision, .ambiguousQuery, .cannotWrite, .findings: return 1
        case .usage: return 2
        }
    }
}
