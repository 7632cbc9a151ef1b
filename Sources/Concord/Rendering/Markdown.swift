/// Markdown text that cannot break out of where it is put: report text quoted in a briefing is
/// shown literally, never as a link, an image, HTML, a heading, a table pipe or a footnote.
public enum Markdown {
    /// Inline text: white space collapsed to single spaces, every character that could start
    /// markup escaped with a backslash, and a leading character that could open a block escaped too.
    public static func escape(_ text: String) -> String {
        let collapsed = Citer.collapseSpaces(ArraySlice(text.utf8))
        var out = ""
        out.reserveCapacity(collapsed.utf8.count + 8)
        for scalar in collapsed.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "!", "&", "~", "#", "{", "}":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out.append(" ") } else { out.unicodeScalars.append(scalar) }
            }
        }
        // A line starting "- ", "+ ", "1. " or "1) " would open a list; ":" or "=" lines are harmless inline.
        if let first = out.unicodeScalars.first, first == "-" || first == "+" || first == "=" { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A table cell: escaped inline text, never empty (an empty cell reads as missing data).
    public static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return escape(text)
    }

    /// A table with a header row; cells must already be escaped.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// A link whose text is escaped and whose destination is only ever http(s); anything else is
    /// shown as text.
    public static func link(_ text: String, _ url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://"),
              !url.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\n" || $0 == "(" || $0 == ")" }) else {
            return escape(text) + (url.map { " (" + escape($0) + ")" } ?? "")
        }
        return "[\(escape(text))](<\(url)>)"
    }
}
