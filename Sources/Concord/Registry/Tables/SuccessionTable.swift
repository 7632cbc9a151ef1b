/// Reads `Statutes/successions/*.txt`: one `link` line per succession between two works, with the
/// evidence it rests on.
///
/// `link | FROM | TYPE | TO | EFFECTIVE | EVIDENCE | SRC | NOTE`, where FROM and TO are provision
/// identifiers (TO `-` for no successor), EVIDENCE is `official`, `secondary` or `inferred`, SRC the
/// keys of `source` lines of the same file (`-` for an inferred link, which rests on the two articles'
/// own records), and NOTE says what matched, in Concord's words.
enum SuccessionTableParser {
    static func parse(file: String, bytes: [UInt8], sink: DiagnosticSink) -> [Succession] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            sink.report(FileLocation(file: file, line: ArticleTableParser.firstInvalidLine(bytes)), "invalid UTF-8")
            return []
        }
        var sources: [String: ArticleTable.SourceLine] = [:]
        var used = Set<String>()
        var links: [Succession] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let location = FileLocation(file: file, line: number)
            let line = (raw.hasSuffix("\r") ? raw.dropLast() : raw).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            switch fields[0] {
            case "source":
                guard fields.count >= 2, sources[fields[1]] == nil else {
                    sink.report(location, fields.count >= 2 ? "source key '\(fields[1])' is defined twice" : "'source' needs a key")
                    continue
                }
                if let source = ArticleTableParser.sourceLine(fields, at: location, sink: sink) {
                    sources[fields[1]] = ArticleTable.SourceLine(key: fields[1], source: source, location: location)
                }
            case "link":
                guard fields.count == 8 else {
                    sink.report(location, "'link' takes 7 fields (FROM | TYPE | TO | EFFECTIVE | EVIDENCE | SRC | NOTE); found \(fields.count - 1)")
                    continue
                }
                guard let from = ProvisionID(fields[1]), from.part == nil else { sink.report(location, "'\(fields[1])' is not a provision identifier (work:article)"); continue }
                guard let type = Succession.Kind(rawValue: fields[2]) else {
                    sink.report(location, "unknown succession type '\(fields[2])' (known: \(Succession.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                var to: ProvisionID?
                if fields[3] != "-" {
                    guard let id = ProvisionID(fields[3]) else { sink.report(location, "'\(fields[3])' is not a provision identifier (work:article) or '-'"); continue }
                    to = id
                }
                if (type == .repealed) != (to == nil) {
                    sink.report(location, type == .repealed ? "a 'repealed' link has no successor: TO must be '-'" : "a '\(type.rawValue)' link needs TO")
                    continue
                }
                guard let effective = DateSpec(fields[4]) else { sink.report(location, "'\(fields[4])' is not a date or interval"); continue }
                guard let evidence = Succession.Evidence(rawValue: fields[5]) else {
                    sink.report(location, "unknown evidence '\(fields[5])' (known: official, secondary, inferred)")
                    continue
                }
                let keys = ArticleTableParser.keys(fields[6])
                var linkSources: [Source] = []
                for key in keys {
                    guard let line = sources[key] else { sink.report(location, "unknown source key '\(key)' (define it above with a 'source' line)"); continue }
                    used.insert(key)
                    linkSources.append(line.source)
                }
                if evidence != Succession.Evidence.inferred && linkSources.isEmpty {
                    sink.report(location, "an \(evidence.rawValue) link needs the source that states it")
                }
                let note = fields[7] == "-" ? nil : fields[7]
                if evidence == Succession.Evidence.inferred && note == nil { sink.report(location, "an inferred link must say what matched (NOTE)") }
                links.append(Succession(from: from, to: to, type: type, effective: effective, evidence: evidence, note: note,
                                        provenance: Provenance(verified: evidence != Succession.Evidence.inferred, sources: linkSources), location: location))
            default:
                sink.report(location, "unknown line '\(fields[0])' (known: source, link)")
            }
        }
        for (key, line) in sources where !used.contains(key) { sink.report(line.location, "source '\(key)' is never used") }
        return links
    }
}
