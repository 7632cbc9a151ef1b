import Foundation

/// Decoding the registry's JSON files into its value types, reporting what is malformed.
extension RegistryLoader {
    static func decodeProvenance(_ reader: ObjectReader, what: String) -> Provenance {
        let verified = reader.bool("verified")
        let sourceNodes = reader.array("sources")
        var sources: [Source] = []
        for node in sourceNodes {
            guard let s = ObjectReader(node, sink: reader.sink, context: "a source of \(what)") else { continue }
            s.rejectUnknownKeys(["url", "report", "quote", "note"])
            let source = Source(url: s.string("url"), report: s.string("report"), quote: s.string("quote"), note: s.string("note"))
            if source.url == nil && source.report == nil {
                reader.sink.report(node, "a source of \(what) needs a 'url' or a 'report'")
            }
            sources.append(source)
        }
        if sources.isEmpty {
            reader.sink.report(reader.line, "\(what) has no source (every fact needs 'sources'; mark what is not confirmed 'verified': false)")
        }
        if verified == nil { reader.sink.report(reader.line, "\(what) lacks 'verified' (true or false)") }
        return Provenance(verified: verified ?? false, sources: sources)
    }

    static func decodeLocalized(_ reader: ObjectReader) -> LocalizedText {
        LocalizedText(en: reader.string("en"), ru: reader.string("ru"))
    }

    static func decodeLineages(_ node: JSONNode, sink: DiagnosticSink) -> [Lineage] {
        guard let root = ObjectReader(node, sink: sink, context: "the lineages file") else { return [] }
        root.rejectUnknownKeys(["lineages"])
        return root.array("lineages", required: true).compactMap { item in
            guard let r = ObjectReader(item, sink: sink, context: "a lineage") else { return nil }
            r.rejectUnknownKeys(["id", "title", "names", "default", "branch", "documentPublishers", "documentOpenings"])
            guard let id = r.string("id", required: true) else { return nil }
            let title = r.object("title").map { t in t.rejectUnknownKeys(["en", "ru"]); return decodeLocalized(t) } ?? LocalizedText()
            let branch = r.string("branch")
            if let branch, !["criminal", "administrative"].contains(branch) {
                sink.report(r.lineOf("branch"), "unknown branch '\(branch)' (known: criminal, administrative)")
            }
            var lineage = Lineage(id: id, title: title, names: r.languageLists("names"), isDefault: r.bool("default") ?? false,
                                  location: FileLocation(file: sink.file, line: r.line))
            lineage.branch = branch
            lineage.documentPublishers = r.languageLists("documentPublishers")
            lineage.documentOpenings = r.languageLists("documentOpenings")
            return lineage
        }
    }

    static func decodeLanguages(_ node: JSONNode, sink: DiagnosticSink) -> [LanguageRules] {
        guard let root = ObjectReader(node, sink: sink, context: "the language file") else { return [] }
        root.rejectUnknownKeys(["languages"])
        guard let languages = root.object("languages", required: true) else { return [] }
        return languages.members.compactMap { (member: JSONNode.Member) -> LanguageRules? in
            guard ObjectReader.languages.contains(member.key) else {
                sink.report(member.line, "unknown language '\(member.key)' (known: \(ObjectReader.languages.joined(separator: ", ")))")
                return nil
            }
            guard let r = ObjectReader(member.value, sink: sink, context: "language '\(member.key)'") else { return nil }
            r.rejectUnknownKeys(LanguageRules.listKeys.map(\.0) + LanguageRules.groupKeys.map(\.0) + ["months"])
            var rules = LanguageRules(language: member.key)
            for (key, path) in LanguageRules.listKeys { rules[keyPath: path] = r.strings(key) }
            for (key, path) in LanguageRules.groupKeys {
                guard let group = r.object(key) else { continue }
                var result: [String: [String]] = [:]
                for entry in group.members { result[entry.key] = group.strings(entry.key) }
                rules[keyPath: path] = result
            }
            for (key, path) in LanguageRules.listKeys {
                for pattern in rules[keyPath: path] where WordPattern(pattern) == nil {
                    sink.report(r.lineOf(key), "'\(pattern)' in '\(key)' of language '\(member.key)' is not a valid word pattern")
                }
            }
            let months = r.array("months")
            rules.months = months.map { item in
                guard case .array(let names) = item.content else {
                    sink.report(item, "each entry of 'months' must be an array of names")
                    return []
                }
                return names.compactMap { if case .string(let s) = $0.content { return s }; sink.report($0, "month names must be strings"); return nil }
            }
            if !months.isEmpty && months.count != 12 { sink.report(r.line, "'months' of language '\(member.key)' must have 12 entries") }
            return rules
        }
    }

    static func decodeWork(_ node: JSONNode, sink: DiagnosticSink) -> (Work, [Provision])? {
        guard let r = ObjectReader(node, sink: sink, context: "the work") else { return nil }
        r.rejectUnknownKeys(["id", "lineage", "kind", "status", "title", "number", "adopted", "inForce", "names", "verified", "sources", "provisions"])
        guard let id = r.string("id", required: true) else { return nil }
        if !ProvisionID.isWorkID(id) { sink.report(r.line, "'\(id)' is not a valid work identifier") }
        let lineage = r.string("lineage", required: true) ?? ""
        let kindText = r.string("kind", required: true)
        let kind = kindText.flatMap(Work.Kind.init(rawValue:))
        if let kindText, kind == nil {
            sink.report(r.lineOf("kind"), "unknown kind '\(kindText)' (known: \(Work.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let statusText = r.string("status", required: true)
        let status = statusText.flatMap(Work.Status.init(rawValue:))
        if let statusText, status == nil {
            sink.report(r.lineOf("status"), "unknown status '\(statusText)' (known: enacted, draft)")
        }
        let title = r.object("title", required: true).map { t in t.rejectUnknownKeys(["en", "ru"]); return decodeLocalized(t) } ?? LocalizedText()
        if title.en == nil && title.ru == nil { sink.report(r.line, "work '\(id)' has no title") }
        var from: LegalDate?, until: LegalDate?
        var inForceVerified = true
        if let inForce = r.object("inForce") {
            inForce.rejectUnknownKeys(["from", "until", "verified"])
            from = inForce.date("from", required: true)
            until = inForce.date("until")
            inForceVerified = inForce.bool("verified") ?? true
        }
        let work = Work(
            id: id, lineage: lineage, kind: kind ?? .law, status: status ?? .enacted, title: title,
            number: r.string("number"), adopted: r.date("adopted"), inForceFrom: from, inForceUntil: until,
            names: r.languageLists("names"), provenance: decodeProvenance(r, what: "work '\(id)'"),
            location: FileLocation(file: sink.file, line: r.line))
        var result = work
        result.inForceVerified = inForceVerified && work.provenance.verified
        let provisions = r.array("provisions").compactMap { decodeProvision($0, work: id, sink: sink) }
        return (result, provisions)
    }

    static func decodeProvision(_ node: JSONNode, work: String, sink: DiagnosticSink) -> Provision? {
        guard let r = ObjectReader(node, sink: sink, context: "a provision of \(work)") else { return nil }
        r.rejectUnknownKeys(["article", "title", "chapter", "summary", "topics", "charges", "events", "successors", "verified", "sources"])
        guard let article = r.string("article", required: true) else { return nil }
        guard ProvisionID.isArticleNumber(article) else {
            sink.report(r.lineOf("article"), "'\(article)' is not an article number (digits, optionally '-' and more digits)")
            return nil
        }
        let id = ProvisionID(work: work, article: article)
        var titles: [Provision.Title] = []
        if let t = r.object("title") {
            t.rejectUnknownKeys(["en", "ru", "verified", "sources"])
            let text = decodeLocalized(t)
            // A title without its own provenance shares the provision's.
            let provenance = (t.has("sources") || t.has("verified")) ? decodeProvenance(t, what: "the title of \(id)") : nil
            let english: Provision.EnglishOrigin = provenance?.sources.first { $0.url != nil }.map { .quoted($0) } ?? .concord
            titles.append(Provision.Title(text: text, provenance: provenance ?? Provenance(verified: false, sources: []), english: english))
        }
        let events: [ProvisionEvent] = r.array("events").compactMap { item in
            guard let e = ObjectReader(item, sink: sink, context: "an event of \(id)") else { return nil }
            e.rejectUnknownKeys(["type", "date", "act", "rule", "note", "verified", "sources"])
            let typeText = e.string("type", required: true)
            let type = typeText.flatMap(ProvisionEvent.Kind.init(rawValue:))
            if let typeText, type == nil { sink.report(e.line, "unknown event type '\(typeText)' (known: \(ProvisionEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")))") }
            let date = e.dateSpec("date", required: true)
            var rule: InForceRule?
            if let text = e.string("rule") {
                rule = InForceRule(text)
                if rule == nil { sink.report(e.lineOf("rule"), "'\(text)' is not an entry-into-force rule (pub+N, pub, YYYY-MM-DD or ?)") }
            }
            let provenance = decodeProvenance(e, what: "an event of \(id)")
            guard let type, let date else { return nil }
            return ProvisionEvent(type: type, date: date, act: e.string("act"), rule: rule, note: e.string("note"), provenance: provenance, location: FileLocation(file: sink.file, line: e.line))
        }
        let successors: [Succession] = r.array("successors").compactMap { item in
            guard let s = ObjectReader(item, sink: sink, context: "a successor of \(id)") else { return nil }
            s.rejectUnknownKeys(["to", "type", "effective", "evidence", "note", "verified", "sources"])
            let toText = s.string("to")
            let to = toText.flatMap(ProvisionID.init)
            if let toText, to == nil { sink.report(s.lineOf("to"), "'\(toText)' is not a provision identifier (work:article)") }
            let typeText = s.string("type", required: true)
            let type = typeText.flatMap(Succession.Kind.init(rawValue:))
            if let typeText, type == nil {
                sink.report(s.line, "unknown succession type '\(typeText)' (known: \(Succession.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if type == .repealed && toText != nil { sink.report(s.line, "a 'repealed' succession has no successor: 'to' must be null") }
            if let type, type != .repealed, toText == nil { sink.report(s.line, "a '\(type.rawValue)' succession needs 'to'") }
            let effective = s.dateSpec("effective", required: true)
            let evidenceText = s.string("evidence", required: true)
            let evidence = evidenceText.flatMap(Succession.Evidence.init(rawValue:))
            if let evidenceText, evidence == nil { sink.report(s.lineOf("evidence"), "unknown evidence '\(evidenceText)' (known: official, secondary, inferred)") }
            let provenance = decodeProvenance(s, what: "the succession \(id) -> \(toText ?? "none")")
            if evidence == .inferred && provenance.verified { sink.report(s.line, "an inferred succession is always unverified: set 'verified': false") }
            guard let type, let effective, let evidence, toText == nil || to != nil else { return nil }
            return Succession(from: id, to: to, type: type, effective: effective, evidence: evidence, note: s.string("note"), provenance: provenance, location: FileLocation(file: sink.file, line: s.line))
        }
        let charges = r.languageLists("charges")
        for patterns in charges.values {
            for pattern in patterns where WordPattern(pattern) == nil {
                sink.report(r.lineOf("charges"), "charge pattern '\(pattern)' of \(id) is not a valid word pattern")
            }
        }
        let chapter = r.string("chapter").map { Division(kind: .chapter, number: nil, title: LocalizedText(en: $0)) }
        return Provision(
            id: id, titles: titles, chapter: chapter, summary: r.string("summary"),
            topics: r.strings("topics"), charges: charges, events: events, successors: successors,
            provenance: decodeProvenance(r, what: "provision \(id)"), location: FileLocation(file: sink.file, line: r.line))
    }
}
