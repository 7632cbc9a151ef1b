/// Reads `Statutes/successions/*.txt`: one `link` line per succession between two works, with the
/// evidence it rests on.
///
/// `link | FROM | TYPE | TO | EFFECTIVE | EVIDENCE | SRC | NOTE`, where FROM and TO are provision
/// identifiers (TO `-` for no successor), EVIDENCE is `official`, `secondary` or `inferred`, SRC the
/// keys of `source` lines of the same file (`-` for an inferred link, which rests on the two articles'
/// own records), and NOTE says what matched, in Concord's words.
enum SuccessionTableParser {
    static func parse(file: String, bytes: [UInt8], sink: DiagnosticSink) -> [Succession] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            sink.report(FileLocation(file: file, line: ArticleTableParser.firstInvalidLine(bytes)), "invalid UTF-8")
            return []
        }
        var sources: [String: ArticleTable.SourceLine] = [:]
        var used = Set<String>()
        var links: [Succession] = []
        TableLines.forEach(bytes) { number, line in
            guard let fields = line.fields else { return }
            let location = FileLocation(file: file, line: number)
            switch fields[0] {
            case "source":
                guard fields.count >= 2, sources[fields[1]] == nil else {
                    sink.report(location, fields.count >= 2 ? "source key '\(fields[1])' is defined twice" : "'source' needs a key")
                    return
                }
                if let source = ArticleTableParser.sourceLine(fields, at: location, sink: sink) {
                    sources[fields[1]] = ArticleTable.SourceLine(key: fields[1], source: source, location: location)
                }
            case "link":
                guard fields.count == 8 else {
                    sink.report(location, "'link' takes 7 fields (FROM | TYPE | TO | EFFECTIVE | EVIDENCE | SRC | NOTE); found \(fields.count - 1)")
                    return
                }
                guard let from = ProvisionID(fields[1]), from.part == nil else { sink.report(location, "'\(fields[1])' is not a provision identifier (work:article)"); return }
                guard let type = Succession.Kind(rawValue: fields[2]) else {
                    sink.report(location, "unknown succession type '\(fields[2])' (known: \(Succession.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    return
                }
                var to: ProvisionID?
                if fields[3] != "-" {
                    guard let id = ProvisionID(fields[3]) else { sink.report(location, "'\(fields[3])' is not a provision identifier (work:article) or '-'"); return }
                    to = id
                }
                if (type == .repealed) != (to == nil) {
                    sink.report(location, type == .repealed ? "a 'repealed' link has no successor: TO must be '-'" : "a '\(type.rawValue)' link needs TO")
                    return
                }
                guard let effective = DateSpec(fields[4]) else { sink.report(location, "'\(fields[4])' is not a date or interval"); return }
                guard let evidence = Succession.Evidence(rawValue: fields[5]) else {
                    sink.report(location, "unknown evidence '\(fields[5])' (known: official, secondary, inferred)")
                    return
                }
                let keys = ArticleTableParser.keys(fields[6])
                var linkSources: [Source] = []
                for key in keys {
                    guard let line = sources[key] else { sink.report(location, "unknown source key '\(key)' (define it above with a 'source' line)"); return }
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
        for line in sources.values.sorted(by: { $0.location.line < $1.location.line }) where !used.contains(line.key) {
            sink.report(line.location, "source '\(line.key)' is never used")
        }
        return links
    }
}
