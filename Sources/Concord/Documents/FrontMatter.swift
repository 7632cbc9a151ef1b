/// The metadata block at the top of a report: a `---` line, `key: value` lines, and a closing `---`.
public struct FrontMatter: Sendable, Hashable, Codable {
    public var title: String?
    public var publisher: String?
    /// The date the report was written or published, possibly partial.
    public var date: LegalDate?
    public var url: String?
    /// The language code, `en` or `ru`.
    public var language: String?

    /// The keys a front matter may hold.
    public static let keys = ["title", "publisher", "date", "url", "language"]

    /// Creates front matter.
    public init(title: String? = nil, publisher: String? = nil, date: LegalDate? = nil, url: String? = nil, language: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.language = language
    }

    /// Reads the front matter at the start of `bytes`.
    ///
    /// Returns nil (and no error) when the text does not start with a `---` line. `bodyStart` is
    /// the byte offset of the first byte after the closing line. `languages` are the codes accepted.
    public static func read(_ bytes: [UInt8], file: String, languages: Set<String>) throws(ConcordError) -> (FrontMatter, bodyStart: Int)? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // The first line is "---" with at most some white space: a long first line (a paragraph) is
        // not turned into a string to find that out.
        guard let firstEnd = lineEnd(bytes, from: start), firstEnd - start <= 64, trimmedLine(bytes, start, firstEnd) == "---" else { return nil }
        var matter = FrontMatter()
        var seen = Set<String>()
        var position = nextLine(bytes, firstEnd)
        var line = 2
        while position < bytes.count {
            let end = lineEnd(bytes, from: position) ?? bytes.count
            let text = trimmedLine(bytes, position, end)
            if text == "---" { return (matter, nextLine(bytes, end)) }
            if !text.isEmpty, !text.hasPrefix("#") {
                guard let colon = text.firstIndex(of: ":") else {
                    throw .badInput(Diagnostic(file: file, line: line, message: "front matter line is not 'key: value'"))
                }
                let key = String(text[..<colon]).trimmingSpaces.lowercased()
                var value = String(text[text.index(after: colon)...]).trimmingSpaces
                if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
                    value = String(value.dropFirst().dropLast())
                }
                guard seen.insert(key).inserted else {
                    throw .badInput(Diagnostic(file: file, line: line, message: "front matter repeats key '\(key)'"))
                }
                switch key {
                case "title": matter.title = value.isEmpty ? nil : value
                case "publisher": matter.publisher = value.isEmpty ? nil : value
                case "url": matter.url = value.isEmpty ? nil : value
                case "date":
                    guard let date = LegalDate(value) else {
                        throw .badInput(Diagnostic(file: file, line: line, message: "front matter date '\(value)' is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)"))
                    }
                    matter.date = date
                case "language":
                    let code = value.lowercased()
                    guard languages.contains(code) else {
                        throw .badInput(Diagnostic(file: file, line: line, message: "unknown language '\(value)' (known: \(languages.sorted().joined(separator: ", ")))"))
                    }
                    matter.language = code
                default:
                    throw .badInput(Diagnostic(file: file, line: line, message: "unknown front matter key '\(key)' (known: \(keys.joined(separator: ", ")))"))
                }
            }
            position = nextLine(bytes, end)
            line += 1
        }
        throw .badInput(Diagnostic(file: file, line: 1, message: "front matter opened here never closes (no closing '---' line)"))
    }

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var i = start
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        return i
    }

    private static func nextLine(_ bytes: [UInt8], _ end: Int) -> Int { min(end + 1, bytes.count) }

    private static func trimmedLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
    }
}
