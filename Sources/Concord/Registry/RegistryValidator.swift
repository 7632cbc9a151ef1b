/// The semantic rules a statute data set must satisfy, beyond well-formed files.
///
/// Each rule reports every violation with the file and line of the record at fault.
enum RegistryValidator {
    /// Every problem of the data, and the registry built to check it (used as is when there is none).
    static func validate(lineages: [Lineage], works: [Work], provisions: [Provision], languages: [LanguageRules], reportFiles: Set<String>?) -> (diagnostics: [Diagnostic], registry: Registry) {
        var out: [Diagnostic] = []
        func report(_ location: FileLocation, _ message: String) {
            out.append(Diagnostic(file: location.file, line: location.line, message: message))
        }

        // Duplicate identifiers.
        var lineageByID: [String: Lineage] = [:]
        for lineage in lineages {
            if let first = lineageByID[lineage.id] {
                report(lineage.location, "duplicate lineage identifier '\(lineage.id)' (first defined at \(first.location))")
            } else { lineageByID[lineage.id] = lineage }
            for patterns in lineage.names.values {
                for pattern in patterns where WordPattern(pattern) == nil {
                    report(lineage.location, "name pattern '\(pattern)' of lineage '\(lineage.id)' is not a valid word pattern")
                }
            }
            for (what, lists) in [("documentPublishers", lineage.documentPublishers), ("documentOpenings", lineage.documentOpenings)] {
                for pattern in lists.values.joined() where WordPattern(pattern) == nil {
                    report(lineage.location, "\(what) pattern '\(pattern)' of lineage '\(lineage.id)' is not a valid word pattern")
                }
            }
        }
        let defaults = lineages.filter(\.isDefault)
        for extra in defaults.dropFirst() {
            report(extra.location, "a second default lineage '\(extra.id)' (the first is '\(defaults[0].id)'); a bare article number can mean only one")
        }
        var workByID: [String: Work] = [:]
        for work in works {
            if let first = workByID[work.id] {
                report(work.location, "duplicate work identifier '\(work.id)' (first defined at \(first.location))")
            } else { workByID[work.id] = work }
            if lineageByID[work.lineage] == nil {
                report(work.location, "work '\(work.id)' names unknown lineage '\(work.lineage)'")
            }
            for patterns in work.names.values {
                for pattern in patterns where WordPattern(pattern) == nil {
                    report(work.location, "name pattern '\(pattern)' of work '\(work.id)' is not a valid word pattern")
                }
            }
            // Dates of the work itself.
            if work.status == .draft {
                if work.inForceFrom != nil { report(work.location, "draft '\(work.id)' cannot have an 'inForce' period") }
                if work.adopted == nil { report(work.location, "draft '\(work.id)' needs 'adopted' (the reading it is known from)") }
            } else if work.inForceFrom == nil {
                report(work.location, "enacted work '\(work.id)' needs 'inForce.from'")
            }
            if let from = work.inForceFrom, let until = work.inForceUntil, until.last < from.first {
                report(work.location, "work '\(work.id)' leaves force (\(until)) before it enters it (\(from))")
            }
            if let adopted = work.adopted, let from = work.inForceFrom, from.precision == .day ? from.first < adopted.first : from.last < adopted.first {
                report(work.location, "work '\(work.id)' enters force (\(from)) before its adoption (\(adopted))")
            }
            checkSources(work.provenance, at: work.location, what: "work '\(work.id)'")
        }
        for lineage in lineageByID.values where !works.contains(where: { $0.lineage == lineage.id }) {
            report(lineage.location, "lineage '\(lineage.id)' has no work")
        }

        let registry = Registry(lineages: lineages, works: works, provisions: provisions, languages: languages)

        // Provisions: numbers in force at once, event dates, sources.
        var byID: [ProvisionID: [Provision]] = [:]
        for provision in provisions { byID[provision.id, default: []].append(provision) }
        for (id, records) in byID.filter({ $0.value.count > 1 }).sorted(by: { $0.key < $1.key }) {
            let lives = records.map { registry.life(of: $0) }
            for i in 1..<records.count {
                for j in 0..<i {
                    guard let a = lives[i], let b = lives[j] else {
                        report(records[i].location, "duplicate provision identifier '\(id)' (first defined at \(records[j].location))")
                        continue
                    }
                    let overlap = a.from.earliest <= (b.until?.latest ?? Day(ordinal: .max)) && b.from.earliest <= (a.until?.latest ?? Day(ordinal: .max))
                    if overlap {
                        report(records[i].location, "two provisions numbered \(id.article) are in force at once in \(id.work) (the other at \(records[j].location))")
                    }
                }
            }
        }
        for provision in provisions {
            guard let work = workByID[provision.id.work] else { continue }
            checkSources(provision.provenance, at: provision.location, what: "provision \(provision.id)")
            if let title = provision.title, !title.provenance.sources.isEmpty {
                checkSources(title.provenance, at: provision.location, what: "the title of \(provision.id)")
            }
            for event in provision.events {
                checkSources(event.provenance, at: event.location, what: "an event of \(provision.id)")
                if let first = work.firstKnownDay, event.date.last < first {
                    report(event.location, "event '\(event.type.rawValue)' of \(provision.id) is dated \(event.date), before its work exists (\(work.adopted ?? work.inForceFrom!))")
                }
                if let last = work.lastDay, event.date.first > last {
                    report(event.location, "event '\(event.type.rawValue)' of \(provision.id) is dated \(event.date), after its work left force (\(work.inForceUntil!))")
                }
            }
            let added = provision.events.filter { $0.type == .added }, repealed = provision.events.filter { $0.type == .repealed }
            if added.count > 1 { report(added[1].location, "\(provision.id) is added twice; a reused number is a separate provision record") }
            if repealed.count > 1 { report(repealed[1].location, "\(provision.id) is repealed twice; a reused number is a separate provision record") }
            if let a = added.first, let r = repealed.first, r.date.last < a.date.first {
                report(r.location, "\(provision.id) is repealed (\(r.date)) before it is added (\(a.date))")
            }
        }

        // Successions: known ends, dates inside both lives, no cycles.
        for provision in provisions {
            for succession in provision.successors {
                checkSources(succession.provenance, at: succession.location, what: "the succession \(succession.from) -> \(succession.to?.description ?? "none")")
                let fromLife = registry.existence(of: provision)
                if let from = fromLife.from, succession.effective.last < from {
                    report(succession.location, "succession \(succession.from) -> \(succession.to?.description ?? "none") is dated \(succession.effective), before \(succession.from) exists (\(from))")
                }
                // The successor takes over the day after the predecessor's last day at the latest.
                if let until = fromLife.until, succession.effective.first > until.next {
                    report(succession.location, "succession \(succession.from) -> \(succession.to?.description ?? "none") is dated \(succession.effective), after \(succession.from) ceased (\(until))")
                }
                guard let to = succession.to else { continue }
                guard workByID[to.work] != nil else {
                    report(succession.location, "succession \(succession.from) -> \(to) names unknown work '\(to.work)'")
                    continue
                }
                guard let target = registry.provision(to) else {
                    report(succession.location, "succession \(succession.from) -> \(to) names unknown provision '\(to.withoutPart)'")
                    continue
                }
                if to.withoutPart == succession.from {
                    report(succession.location, "provision \(succession.from) cannot succeed itself")
                }
                let toLife = registry.existence(of: target)
                if let from = toLife.from, succession.effective.last < from {
                    report(succession.location, "succession \(succession.from) -> \(to) is dated \(succession.effective), before \(to) exists (\(from))")
                }
                if let until = toLife.until, succession.effective.first > until {
                    report(succession.location, "succession \(succession.from) -> \(to) is dated \(succession.effective), after \(to) ceased (\(until))")
                }
            }
        }
        out += cycles(in: provisions)

        // Sources naming reports must name existing report files.
        if let reportFiles {
            func checkReports(_ provenance: Provenance, _ location: FileLocation) {
                for source in provenance.sources {
                    if let report = source.report, !reportFiles.contains(report) {
                        out.append(Diagnostic(file: location.file, line: location.line, message: "source names unknown report '\(report)'"))
                    }
                }
            }
            for work in works { checkReports(work.provenance, work.location) }
            for provision in provisions {
                checkReports(provision.provenance, provision.location)
                if let title = provision.title { checkReports(title.provenance, provision.location) }
                for event in provision.events { checkReports(event.provenance, event.location) }
                for succession in provision.successors { checkReports(succession.provenance, succession.location) }
            }
        }
        return (out, registry)

        func checkSources(_ provenance: Provenance, at location: FileLocation, what: @autoclosure () -> String) {
            // Missing sources are reported while decoding (with the exact line); here only
            // sources that carry nothing to check.
            for source in provenance.sources where (source.quote ?? "").isEmpty && source.report != nil {
                report(location, "a report source of \(what()) needs the 'quote' that states the fact")
            }
        }
    }

    /// Every cycle in the succession graph, each reported once at the link that closes it.
    static func cycles(in provisions: [Provision]) -> [Diagnostic] {
        var edges: [ProvisionID: [Succession]] = [:]
        for provision in provisions {
            for succession in provision.successors where succession.to != nil {
                edges[provision.id, default: []].append(succession)
            }
        }
        var state: [ProvisionID: Int] = [:] // 1 = on the current path, 2 = done
        var out: [Diagnostic] = []
        // Depth-first with one shared path (appended and removed, never copied): a chain of thousands of
        // links costs its length, not its length squared.
        var path: [ProvisionID] = []
        func visit(_ node: ProvisionID) {
            state[node] = 1
            path.append(node)
            for succession in edges[node] ?? [] {
                guard let next = succession.to?.withoutPart else { continue }
                switch state[next] {
                case 1:
                    let loop = path.drop { $0 != next } + [next]
                    out.append(Diagnostic(file: succession.location.file, line: succession.location.line,
                                          message: "succession cycle: " + loop.map(\.description).joined(separator: " -> ")))
                case nil: visit(next)
                default: break
                }
            }
            path.removeLast()
            state[node] = 2
        }
        for node in edges.keys.sorted() where state[node] == nil { visit(node) }
        return out
    }
}

extension Day {
    /// The day after.
    public var next: Day { Day(ordinal: ordinal + 1) }
}
