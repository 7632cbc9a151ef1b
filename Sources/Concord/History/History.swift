/// The history of a provision: its chain across versions, and one timeline in date order that
/// merges statute events, citing reports, case events, recommendations and assessments.
public struct History: Sendable {
    /// The provision asked about.
    public let asked: ProvisionID
    /// Every provision linked to it by succession, oldest first (the asked one included).
    public let chain: [ProvisionID]
    /// The timeline, in date order.
    public let entries: [TimelineEntry]
    /// The successions that link the chain.
    public let links: [Succession]

    /// Builds the history of `asked` from a corpus.
    public init(of asked: ProvisionID, in corpus: Corpus) {
        let registry = corpus.registry
        self.asked = asked
        let links = (registry.predecessions(of: asked) + registry.successions(from: asked))
        var chainSet = Set<ProvisionID>([asked.withoutPart])
        for link in links {
            chainSet.insert(link.from)
            if let to = link.to { chainSet.insert(to.withoutPart) }
        }
        func firstDay(_ id: ProvisionID) -> Day {
            registry.provision(id).flatMap { registry.existence(of: $0).from } ?? Day(ordinal: .max)
        }
        chain = chainSet.sorted { (firstDay($0), $0) < (firstDay($1), $1) }
        self.links = links.sorted { ($0.effective, $0.from) < ($1.effective, $1.from) }
        var entries: [TimelineEntry] = []

        // Statute events.
        for id in chain {
            guard let provision = registry.provision(id), let work = registry.works[id.work] else { continue }
            let latestTitle = provision.title?.text.en ?? provision.title?.text.ru
            if work.status == .draft {
                let title = latestTitle
                if let adopted = work.adopted {
                    entries.append(TimelineEntry(date: DateSpec(adopted), kind: .statute, provisions: [id],
                        summary: "\(id) numbered in \(work.proseName)", detail: title, verified: work.provenance.verified,
                        sources: work.provenance.sources.map(TimelineSource.init)))
                }
            } else if let life = registry.life(of: provision) {
                let from = DateSpec(life.from)
                // The heading as it read when the article came into force, not a later wording.
                let first = provision.title(on: life.from.latest).title
                let title = first.map { $0.text.en ?? $0.text.ru } ?? nil
                let opening = provision.addedEffective != nil ? "\(id) added to \(work.proseName)" : "\(id) in force with \(work.proseName)"
                entries.append(TimelineEntry(date: from, kind: .statute, provisions: [id], summary: opening, detail: title,
                    verified: provision.provenance.verified && (provision.addedEffective != nil || work.inForceVerified),
                    sources: provision.provenance.sources.map(TimelineSource.init)))
                for event in provision.events where [.amended, .restated, .retitled].contains(event.type) {
                    let verb = event.type == .retitled ? "heading changed" : event.type.rawValue
                    entries.append(TimelineEntry(date: event.date, kind: .statute, provisions: [id],
                        summary: "\(id) \(verb)\(event.act == nil ? "" : " by " + event.actDescription)", detail: event.rule.map { $0.explanation } ?? event.note,
                        verified: event.provenance.verified, sources: event.provenance.sources.map(TimelineSource.init)))
                }
                if let until = life.until {
                    let repeal = provision.events.first { $0.type == .repealed }
                    entries.append(TimelineEntry(date: DateSpec(until), kind: .statute, provisions: [id],
                        summary: repeal != nil ? "\(id) repealed (last day in force)" : "\(id) last day in force", detail: repeal?.note,
                        verified: repeal?.provenance.verified ?? work.inForceVerified,
                        sources: (repeal?.provenance.sources ?? work.provenance.sources).map(TimelineSource.init)))
                }
            }
        }
        for link in self.links {
            let target = link.to?.description ?? "no successor"
            entries.append(TimelineEntry(date: link.effective, kind: .statute, provisions: [link.from] + (link.to.map { [$0] } ?? []),
                summary: "\(link.from) \(link.type.rawValue) → \(target)", detail: link.note, verified: link.provenance.verified,
                sources: link.provenance.sources.map(TimelineSource.init)))
        }

        // Reports citing any provision of the chain.
        for analysis in corpus.analyses {
            let name = analysis.document.path.split(separator: "/").last.map(String.init) ?? analysis.document.path
            let lines = analysis.lines
            for citation in analysis.report.citations {
                guard let cited = citation.resolved?.cited?.withoutPart, chainSet.contains(cited) else { continue }
                let (line, _) = lines.position(of: citation.start)
                entries.append(TimelineEntry(date: analysis.report.document.date.map(DateSpec.init), kind: .citation, provisions: [cited],
                    summary: "\(analysis.document.metadata.publisher ?? name) cites “\(Citer.collapseSpaces(ArraySlice(citation.text.utf8)))” as \(cited)",
                    detail: citation.sentence, flags: citation.flags,
                    passage: Passage(report: name, start: citation.start, end: citation.end, quote: citation.text), line: line))
            }
        }

        // Case events.
        for legalCase in corpus.cases {
            for event in legalCase.events where event.provisions.contains(where: { chainSet.contains($0.withoutPart) }) {
                let charge = event.charge.map { " (\($0))" } ?? ""
                entries.append(TimelineEntry(date: DateSpec(event.date), kind: .caseEvent, provisions: event.provisions.filter { chainSet.contains($0.withoutPart) },
                    summary: "\(legalCase.name): \(event.type.rawValue)\(charge)\(event.outcome.map { " — \($0)" } ?? "")",
                    detail: event.source.quote, passage: event.source, caseID: legalCase.id))
            }
        }

        // Recommendations and assessments.
        for recommendation in corpus.recommendations {
            let targets = (recommendation.targets + recommendation.currentTargets).filter { chainSet.contains($0.withoutPart) }
            guard !targets.isEmpty else { continue }
            let who = recommendation.issuer ?? recommendation.report
            entries.append(TimelineEntry(date: recommendation.date.map(DateSpec.init), kind: .recommendation, provisions: unique(targets),
                summary: "\(who) recommends: \(recommendation.actions.first ?? "act on") \(unique(recommendation.targets.filter { chainSet.contains($0) }).map(\.description).joined(separator: ", "))",
                detail: recommendation.text, flags: recommendation.citationFlags, passage: recommendation.passage, recommendationID: recommendation.id))
        }
        for assessment in corpus.assessments where assessment.targets.contains(where: { chainSet.contains($0) }) {
            entries.append(TimelineEntry(date: assessment.date.map(DateSpec.init), kind: .assessment, provisions: assessment.targets.filter { chainSet.contains($0) },
                summary: "assessed \(assessment.status)", detail: assessment.passage.quote, passage: assessment.passage))
        }
        self.entries = entries.sorted(by: TimelineEntry.order)
    }
}

/// One dated entry of a history.
public struct TimelineEntry: Sendable, Hashable {
    /// What the entry records.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case statute, recommendation, caseEvent = "case", citation, assessment
    }

    /// The date, or the window of days (nil sorts last).
    public var date: DateSpec?
    public var kind: Kind
    public var provisions: [ProvisionID]
    /// One line.
    public var summary: String
    /// A title, a quote, or a sentence.
    public var detail: String?
    public var flags: [Citation.Flag] = []
    /// False for a statute fact that is not verified.
    public var verified: Bool = true
    /// Sources of a statute fact.
    public var sources: [TimelineSource] = []
    /// The report passage of a citation, case event, recommendation or assessment.
    public var passage: Passage?
    /// The line of the passage in its report.
    public var line: Int?
    public var caseID: String?
    public var recommendationID: String?

    /// Date first (undated last), then statute before recommendation before case before citation
    /// before assessment, then report and offset: the same input always gives the same order.
    static func order(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        let da = a.date.map { ($0.first.ordinal, -$0.last.ordinal) } ?? (Int.max, 0)
        let db = b.date.map { ($0.first.ordinal, -$0.last.ordinal) } ?? (Int.max, 0)
        if da != db { return da < db }
        let ka = Kind.allCases.firstIndex(of: a.kind) ?? 0, kb = Kind.allCases.firstIndex(of: b.kind) ?? 0
        if ka != kb { return ka < kb }
        let pa = (a.passage?.report ?? "", a.passage?.start ?? 0), pb = (b.passage?.report ?? "", b.passage?.start ?? 0)
        if pa != pb { return pa < pb }
        return a.summary < b.summary
    }
}

/// A source of a statute fact, as a timeline shows it.
public struct TimelineSource: Sendable, Hashable {
    public var url: String?
    public var report: String?
    public var quote: String?

    init(_ source: Source) {
        url = source.url
        report = source.report
        quote = source.quote
    }
}
