/// Where a fact comes from: a public page or a passage of a bundled report.
public struct Source: Sendable, Hashable, Codable {
    /// A public URL that shows the fact.
    public var url: String?
    /// A report file in `Reports/` whose text states the fact.
    public var report: String?
    /// The few words of the source that show the fact.
    public var quote: String?
    /// What to know about the source (for example, what it does not show).
    public var note: String?

    /// Creates a source.
    public init(url: String? = nil, report: String? = nil, quote: String? = nil, note: String? = nil) {
        self.url = url
        self.report = report
        self.quote = quote
        self.note = note
    }

    /// A file of a public GitHub repository at a commit, as a stable URL.
    public static func repositoryFile(_ repository: String, path: String, commit: String, note: String?) -> Source {
        Source(url: "https://github.com/\(repository)/blob/\(commit)/\(path)", note: note)
    }

    /// Who publishes the source: the URL's host (`adilet.zan.kz`), or the report's file name.
    public var host: String {
        if let url {
            let rest = url.split(separator: "/", omittingEmptySubsequences: true)
            if rest.count >= 2 { return String(rest[1]).lowercased() }
            return url
        }
        return report ?? "unknown source"
    }

    /// A one-line citation of the source: the URL or report, then the quote.
    public var citation: String {
        let location = url ?? report.map { "report \($0)" } ?? "(no location)"
        guard let quote, !quote.isEmpty else { return location }
        return "\(location) — “\(quote)”"
    }
}

/// Whether a fact was confirmed, and the sources it rests on.
public struct Provenance: Sendable, Hashable, Codable {
    /// True when a listed source shows the fact itself; false marks the fact unverified in every output.
    public var verified: Bool
    /// The sources of the fact; never empty in a valid registry.
    public var sources: [Source]

    /// Creates a provenance record.
    public init(verified: Bool, sources: [Source]) {
        self.verified = verified
        self.sources = sources
    }

    /// `verified` or `unverified`, as printed beside the fact.
    public var label: String { verified ? "verified" : "unverified" }
}

/// A text in English and Russian; either may be missing.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String?
    public var ru: String?

    /// Creates a localized text.
    public init(en: String? = nil, ru: String? = nil) {
        self.en = en
        self.ru = ru
    }

    /// The text in the language asked for, falling back to the other.
    public func text(preferring language: String = "en") -> String? {
        language == "ru" ? (ru ?? en) : (en ?? ru)
    }
}

/// The file and line a record was read from, for messages about it.
public struct FileLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}
