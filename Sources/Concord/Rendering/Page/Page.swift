/// A document as Concord writes it for people — a briefing, a history, a page of the site — before it
/// becomes Markdown or HTML. Text from reports and registry data goes in as plain text; each writer
/// escapes it for its format, so nothing from a report is ever read as markup.
public struct Page: Sendable, Hashable {
    public var title: String
    public var blocks: [Block]

    /// Creates a page.
    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// A block of a page.
public enum Block: Sendable, Hashable {
    /// A heading, level 1 to 6, with an optional anchor for links within the page.
    case heading(Int, [Inline], anchor: String?)
    case paragraph([Inline])
    /// Items of a bulleted list.
    case list([[Inline]])
    /// Items of a numbered list.
    case numbered([[Inline]])
    /// A table: header cells and rows of cells.
    case table([[Inline]], [[[Inline]]])
    /// A quotation from a source.
    case quote([Inline])
    /// Numbered source notes; note N can be linked to as `#note-N`.
    case notes([[Inline]])
}

/// A run of text within a block.
public enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis(String)
    case strong(String)
    /// A link to a public page (only http and https are ever made links).
    case link(String, url: String)
    /// A link to another page of the same document set (relative), or to an anchor (`#notes`).
    case page(String, path: String)
    /// Source-note numbers: "[1, 4]".
    case notes([Int])
    /// Monospace text: an identifier such as kz.cc.2014:174.
    case code(String)
    /// Words of a report marked as a citation: linked to a page of the set when `path` is given,
    /// with what Concord read (`title`), and shown as a problem when `flagged`.
    case marked(String, path: String?, title: String, flagged: Bool)
}

extension Page {
    /// The page with every provision identifier shown as code (`kz.cc.2014:174`, or a list of them)
    /// turned into links to the pages `link` gives; identifiers without a page stay code.
    public func linkingProvisions(_ link: (ProvisionID) -> String?) -> Page {
        func inlines(_ parts: [Inline]) -> [Inline] {
            parts.flatMap { part -> [Inline] in
                guard case .code(let text) = part else { return [part] }
                let ids = text.components(separatedBy: ", ")
                guard ids.allSatisfy({ ProvisionID($0) != nil }) else { return [part] }
                var out: [Inline] = []
                for (k, id) in ids.enumerated() {
                    if k > 0 { out.append(.text(", ")) }
                    if let parsed = ProvisionID(id), let path = link(parsed) { out.append(.page(id, path: path)) } else { out.append(.code(id)) }
                }
                return out
            }
        }
        func block(_ b: Block) -> Block {
            switch b {
            case .heading(let level, let parts, let anchor): return .heading(level, inlines(parts), anchor: anchor)
            case .paragraph(let parts): return .paragraph(inlines(parts))
            case .list(let items): return .list(items.map(inlines))
            case .numbered(let items): return .numbered(items.map(inlines))
            case .table(let header, let rows): return .table(header.map(inlines), rows.map { $0.map(inlines) })
            case .quote(let parts): return .quote(inlines(parts))
            case .notes(let items): return .notes(items.map(inlines))
            }
        }
        return Page(title: title, blocks: blocks.map(block))
    }
}

extension Inline: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}
