/// Numbered notes that cite each source once: a report (publisher, title, date, URL, line) or a
/// public page (URL and the words quoted from it).
struct SourceNotes {
    private(set) var notes: [[Inline]] = []
    private var index: [String: Int] = [:]
    let corpus: Corpus

    init(corpus: Corpus) { self.corpus = corpus }

    /// The note number of a report passage ("Human Rights Watch, “...”, 2014-03, line 93").
    mutating func cite(_ passage: Passage) -> Int {
        let line = corpus.analysis(ofReport: passage.report).map { $0.lines.position(of: passage.start).line }
        return add(key: "\(passage.report)#\(line ?? 0)", note: reportCitation(passage.report) + (line.map { [.text(", line \($0)")] } ?? []))
    }

    /// The note number of a whole report.
    mutating func cite(report: String) -> Int {
        add(key: "report:\(report)", note: reportCitation(report))
    }

    /// The note number of a statute fact's source.
    mutating func cite(_ source: TimelineSource) -> Int {
        if let report = source.report {
            return add(key: "report:\(report):\(source.quote ?? "")", note: reportCitation(report) + (source.quote.map { [.text(": “\($0)”")] } ?? []))
        }
        let url = source.url ?? ""
        return add(key: "url:\(url):\(source.quote ?? "")", note: [.link(url, url: url)] + (source.quote.map { [.text(" — “\($0)”")] } ?? []))
    }

    mutating func cite(_ source: Source) -> Int {
        var timeline = TimelineSource(source)
        // A repository file's note (which version) is what identifies it; show it as the quote.
        if timeline.quote == nil, let note = source.note { timeline.quote = note }
        return cite(timeline)
    }

    /// "Publisher, “Title”, date, URL" for a bundled report.
    func reportCitation(_ report: String) -> [Inline] {
        guard let metadata = corpus.analysis(ofReport: report)?.document.metadata else { return [.text(report)] }
        var parts: [Inline] = []
        if let publisher = metadata.publisher { parts.append(.text(publisher + ", ")) }
        parts.append(.text("“" + (metadata.title ?? report) + "”"))
        if let date = metadata.date { parts.append(.text(", \(date)")) }
        if let url = metadata.url { parts += [.text(", "), .link(url, url: url)] } else { parts.append(.text(", bundled as \(report)")) }
        return parts
    }

    private mutating func add(key: String, note: [Inline]) -> Int {
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

    /// The numbered list of notes, each with an anchor (`note-N`) for links.
    var block: Block { .notes(notes) }
}
