/// The citations of one document, with what is known of the document.
public struct CitationReport: Sendable, Hashable {
    /// Where the document's date came from.
    public enum DateSource: String, Sendable, Hashable, Codable {
        case option, frontMatter = "front-matter", text, none
    }

    /// What is known of the document.
    public struct DocumentInfo: Sendable, Hashable {
        public var path: String
        public var date: LegalDate?
        public var dateSource: DateSource
        public var language: String?
    }

    public var document: DocumentInfo
    /// Citations in order of appearance.
    public var citations: [Citation]
    /// Problems a reader should know about (no date, guessed language, ...), one line each.
    public var warnings: [String]
}
