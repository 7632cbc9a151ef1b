/// Writes a page as CommonMark with GitHub tables. Every text is escaped (`Markdown.escape`), so a
/// report's words are shown literally.
public enum MarkdownWriter {
    public static func write(_ page: Page) -> String {
        var out = ""
        for block in page.blocks {
            switch block {
            case .heading(let level, let inlines, _):
                out += String(repeating: "#", count: max(1, min(6, level))) + " " + inline(inlines) + "\n\n"
            case .paragraph(let inlines):
                out += inline(inlines) + "\n\n"
            case .list(let items):
                out += items.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n"
            case .numbered(let items), .notes(let items):
                out += items.enumerated().map { "\($0.offset + 1). " + inline($0.element) }.joined(separator: "\n") + "\n\n"
            case .table(let header, let rows):
                out += Markdown.table(header.map(cell), rows.map { $0.map(cell) }) + "\n"
            case .quote(let inlines):
                out += "> " + inline(inlines) + "\n\n"
            }
        }
        return out
    }

    static func cell(_ inlines: [Inline]) -> String {
        let text = inline(inlines)
        return text.isEmpty ? "—" : text
    }

    /// `escaped` with the spaces that `text` had at its ends (escaping collapses and trims them).
    static func spaced(_ text: String, _ escaped: String) -> String {
        guard !escaped.isEmpty else { return text.isEmpty ? "" : " " }
        return (text.first?.isWhitespace == true ? " " : "") + escaped + (text.last?.isWhitespace == true ? " " : "")
    }

    static func inline(_ inlines: [Inline]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): return spaced(text, Markdown.escape(text))
            case .emphasis(let text): return spaced(text, "*" + Markdown.escape(text.trimmingSpaces) + "*")
            case .strong(let text): return spaced(text, "**" + Markdown.escape(text.trimmingSpaces) + "**")
            case .link(let text, let url): return Markdown.link(text, url)
            // CommonMark gives headings no anchors, so a link within the page would lead nowhere: text only.
            case .page(let text, let path): return path.isEmpty || path.hasPrefix("#") || path.contains("(") || path.contains(" ") || path.contains(":") ? spaced(text, Markdown.escape(text)) : "[\(Markdown.escape(text))](\(path))"
            case .notes(let numbers): return SourceNotes.marks(numbers)
            case .code(let text): return "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
            case .marked(let text, _, let title, _): return spaced(text, Markdown.escape(text) + " \\[" + Markdown.escape(title) + "\\]")
            }
        }.joined()
    }
}
