/// Numbered notes that cite each source once: a report (publisher, title, date, URL, place) or a
/// public page (URL and the words quoted from it).
struct SourceNotes {
    private(set) var notes: [String] = []
    private var index: [String: Int] = [:]
    let corpus: Corpus

    init(corpus: Corpus) { self.corpus = corpus }

    /// The note number of a report passage ("Human Rights Watch, “...”, 2014-03, line 93").
    mutating func cite(_ passage: Passage) -> Int {
        let analysis = corpus.analysis(ofReport: passage.report)
        let line = analysis.map { $0.lines.position(of: passage.start).line }
        return add(key: "\(passage.report)#\(line ?? 0)", note: reportCitation(passage.report) + (line.map { ", line \($0)" } ?? ""))
    }

    /// The note number of a statute fact's source.
    mutating func cite(_ source: TimelineSource) -> Int {
        if let report = source.report {
            return add(key: "report:\(report):\(source.quote ?? "")", note: reportCitation(report) + (source.quote.map { ": “\(Markdown.escape($0))”" } ?? ""))
        }
        let url = source.url ?? ""
        let quote = source.quote.map { " — “\(Markdown.escape($0))”" } ?? ""
        return add(key: "url:\(url):\(source.quote ?? "")", note: Markdown.link(url, url) + quote)
    }

    mutating func cite(_ source: Source) -> Int { cite(TimelineSource(source)) }

    /// "Publisher, “Title”, date, URL" for a bundled report.
    func reportCitation(_ report: String) -> String {
        guard let metadata = corpus.analysis(ofReport: report)?.document.metadata else { return Markdown.escape(report) }
        var parts: [String] = []
        if let publisher = metadata.publisher { parts.append(Markdown.escape(publisher)) }
        parts.append("“" + Markdown.escape(metadata.title ?? report) + "”")
        if let date = metadata.date { parts.append(date.description) }
        if let url = metadata.url { parts.append(Markdown.link(url, url)) } else { parts.append("bundled as " + Markdown.escape(report)) }
        return parts.joined(separator: ", ")
    }

    private mutating func add(key: String, note: String) -> Int {
        if let n = index[key] { return n }
        notes.append(note)
        index[key] = notes.count
        return notes.count
    }

    /// "[1]", "[1, 4]".
    static func marks(_ numbers: [Int]) -> String {
        let unique = Array(Set(numbers)).sorted()
        return unique.isEmpty ? "" : "[" + unique.map(String.init).joined(separator: ", ") + "]"
    }

    /// The numbered list of notes.
    var rendered: String {
        notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
    }
}
