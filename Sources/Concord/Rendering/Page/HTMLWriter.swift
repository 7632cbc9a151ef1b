/// Writes a page as one self-contained HTML document: its style inline, no scripts, every text
/// escaped, links only to http(s) pages or to relative paths of the same set of pages.
public enum HTMLWriter {
    /// Options for a page of a set (the site) or a page on its own (a briefing).
    public struct Options: Sendable {
        /// Links shown above the title (the site's index), as (text, relative path).
        public var navigation: [(String, String)]
        public init(navigation: [(String, String)] = []) { self.navigation = navigation }
    }

    public static func write(_ page: Page, options: Options = Options()) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + escape(page.title) + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n"
        if !options.navigation.isEmpty {
            out += "<nav>" + options.navigation.map { "<a href=\"\(attribute(relative($0.1)))\">\(escape($0.0))</a>" }.joined(separator: " · ") + "</nav>\n"
        }
        out += "<main>\n"
        for block in page.blocks { out += html(block) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func html(_ block: Block) -> String {
        switch block {
        case .heading(let level, let inlines, let anchor):
            let l = max(1, min(6, level))
            let id = anchor.map { " id=\"\(attribute($0))\"" } ?? ""
            return "<h\(l)\(id)>\(inline(inlines))</h\(l)>\n"
        case .paragraph(let inlines): return "<p>\(inline(inlines))</p>\n"
        case .list(let items): return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case .numbered(let items): return "<ol>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ol>\n"
        case .table(let header, let rows):
            var out = "<table>\n<thead><tr>" + header.map { "<th>\(inline($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(inline($0).isEmpty ? "—" : inline($0))</td>" }.joined() + "</tr>\n" }
            return out + "</tbody>\n</table>\n"
        case .quote(let inlines): return "<blockquote>\(inline(inlines))</blockquote>\n"
        case .notes(let items):
            return "<ol class=\"notes\">\n" + items.enumerated().map { "<li id=\"note-\($0.offset + 1)\">\(inline($0.element))</li>\n" }.joined() + "</ol>\n"
        }
    }

    static func inline(_ inlines: [Inline]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): return escape(text)
            case .emphasis(let text): return "<em>\(escape(text))</em>"
            case .strong(let text): return "<strong>\(escape(text))</strong>"
            case .code(let text): return "<code>\(escape(text))</code>"
            case .notes(let numbers):
                let unique = Array(Set(numbers)).sorted()
                guard !unique.isEmpty else { return "" }
                return "<sup>[" + unique.map { "<a href=\"#note-\($0)\">\($0)</a>" }.joined(separator: ", ") + "]</sup>"
            case .link(let text, let url):
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return escape(text) + " (" + escape(url) + ")" }
                return "<a href=\"\(attribute(url))\" rel=\"noopener noreferrer\">\(escape(text))</a>"
            case .page(let text, let path):
                return "<a href=\"\(attribute(relative(path)))\">\(escape(text))</a>"
            case .marked(let text, let path, let title, let flagged):
                let inner = path.map { "<a href=\"\(attribute(relative($0)))\">\(escape(text))</a>" } ?? escape(text)
                return "<mark class=\"\(flagged ? "citation flagged" : "citation")\" title=\"\(attribute(title))\">\(inner)</mark>"
            }
        }.joined()
    }

    /// A relative link stays relative: anything with a scheme or starting with '/' is made harmless.
    static func relative(_ path: String) -> String {
        if path.hasPrefix("#") { return path }
        if path.contains(":") || path.hasPrefix("/") || path.hasPrefix("\\") { return "#" }
        return path
    }

    /// Text for an element's content.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for an attribute's value (always quoted with ").
    static func attribute(_ text: String) -> String { escape(text) }

    static let style = """
    body { font-family: Georgia, "Times New Roman", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
    nav { font-family: sans-serif; font-size: 0.9rem; margin-bottom: 1rem; }
    h1, h2, h3 { font-family: sans-serif; line-height: 1.25; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 1rem 0; }
    th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
    th { background: #eee; }
    code { font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
    blockquote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 1rem; color: #333; }
    em { color: #8a4b00; }
    sup a { text-decoration: none; }
    mark.citation { background: #e6f0ff; }
    mark.flagged { background: #ffe3c2; }
    .text p { white-space: pre-wrap; }

    """
}
