/// The immutable, indexed statute registry: lineages, works, provisions and successions,
/// with point-in-time queries.
///
/// Build one with `RegistryLoader`; a registry that exists has passed every validation rule.
public struct Registry: Sendable {
    /// Lineages by identifier.
    public let lineages: [String: Lineage]
    /// Works by identifier.
    public let works: [String: Work]
    /// Citation grammar by language code.
    public let languages: [String: LanguageRules]
    /// Every provision, ordered by identifier.
    public let provisions: [Provision]
    /// The charge names derived from the headings, as the data set keeps them
    /// (`Statutes/generated/heading-charges.tsv`), when it has them; the grammar derives them
    /// itself when there is none or it is stale.
    public internal(set) var derivedCharges: DerivedChargeTable?

    private let provisionIndex: [ProvisionID: [Int]]
    private let numberIndex: [String: [Int]]
    private let workIndex: [String: [Int]]
    private let worksByLineage: [String: [Work]]
    private let predecessorIndex: [ProvisionID: [Succession]]
    /// Chains of successions already walked, shared by every copy of the registry and every thread:
    /// resolving a document asks for the same few chains again and again.
    private let chains = ChainCache()
    /// Each work's days in force and last day, read at every point-in-time query: looking up the
    /// whole `Work` copies (and retains) all of its fields.
    private let workSpans: [String: (range: DayRange?, last: Day?)]

    /// Builds the indexes. Callers normally go through `RegistryLoader`, which validates first.
    public init(lineages: [Lineage], works: [Work], provisions: [Provision], languages: [LanguageRules]) {
        self.lineages = Dictionary(lineages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.works = Dictionary(works.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        workSpans = self.works.mapValues { (range: $0.inForceRange, last: $0.lastDay) }
        self.languages = Dictionary(languages.map { ($0.language, $0) }, uniquingKeysWith: { a, _ in a })
        // Sorted through their keys: a provision is a large value, and there are thousands.
        let keys = provisions.map { (work: $0.id.work, article: ProvisionID.articleOrder($0.id.article)) }
        let order = provisions.indices.sorted { a, b in
            keys[a].work != keys[b].work ? keys[a].work < keys[b].work : (keys[a].article != keys[b].article ? keys[a].article < keys[b].article : a < b)
        }
        let sorted = order.map { provisions[$0] }
        self.provisions = sorted
        var index: [ProvisionID: [Int]] = [:]
        var predecessors: [ProvisionID: [Succession]] = [:]
        for (i, provision) in sorted.enumerated() {
            index[provision.id, default: []].append(i)
            for succession in provision.successors {
                if let to = succession.to { predecessors[to.withoutPart, default: []].append(succession) }
            }
        }
        provisionIndex = index
        numberIndex = Dictionary(grouping: sorted.indices, by: { sorted[$0].id.article })
        workIndex = Dictionary(grouping: sorted.indices, by: { sorted[$0].id.work })
        predecessorIndex = predecessors
        worksByLineage = Dictionary(grouping: works, by: \.lineage).mapValues { works in
            works.sorted { ($0.firstKnownDay ?? Day(ordinal: .min), $0.id) < ($1.firstKnownDay ?? Day(ordinal: .min), $1.id) }
        }
    }

    // MARK: Lookup

    /// The provision with this identifier (its part ignored); when a work reused a number, the latest record.
    public func provision(_ id: ProvisionID) -> Provision? {
        provisionIndex[id.withoutPart]?.last.map { provisions[$0] }
    }

    /// Every record with this identifier (a work may reuse a number after a repeal).
    public func records(_ id: ProvisionID) -> [Provision] {
        (provisionIndex[id.withoutPart] ?? []).map { provisions[$0] }
    }

    /// For each work, the newest version date named by the sources of its provisions ("version of
    /// 2025-09-16"): how current the registry's text of it is.
    public func dataVersions() -> [(work: String, date: String)] {
        var newest: [String: String] = [:]
        for provision in provisions {
            for source in provision.provenance.sources {
                guard let note = source.note, let range = note.range(of: "version of ") else { continue }
                let date = String(note[range.upperBound...].prefix(10))
                guard LegalDate(date) != nil else { continue }
                if date > newest[provision.id.work] ?? "" { newest[provision.id.work] = date }
            }
        }
        return newest.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The lineage a bare article number means when nothing else is said (the Criminal Code).
    public var defaultLineage: String? { lineages.values.first { $0.isDefault }?.id }

    /// The works of a lineage, oldest first.
    public func works(inLineage lineage: String) -> [Work] { worksByLineage[lineage] ?? [] }

    /// Every provision numbered `article`, in any work.
    public func provisions(numbered article: String) -> [Provision] {
        (numberIndex[article] ?? []).map { provisions[$0] }
    }

    /// The provisions of one work, in article order.
    public func provisions(inWork work: String) -> [Provision] {
        (workIndex[work] ?? []).map { provisions[$0] }
    }

    // MARK: Time

    /// The enacted work of a lineage in force on a day.
    public func workInForce(lineage: String, on day: Day) -> Work? {
        works(inLineage: lineage).last { $0.isInForce(on: day) }
    }

    /// The days a provision applied: `from` its first day in force, `until` its last (nil while in
    /// force), each a range when the day is not known exactly; nil for a draft's provision.
    public func life(of provision: Provision) -> Life? {
        guard let span = workSpans[provision.id.work], let start = span.range else { return nil }
        var from = start
        if let added = provision.addedEffective, added.earliest > from.earliest { from = added }
        var until = span.last.map { DayRange($0) }
        if let repealed = provision.repealedEffective?.shifted(by: -1), until.map({ repealed.earliest < $0.earliest }) ?? true {
            until = repealed
        }
        return Life(from: from, until: until)
    }

    /// The span of days in which a provision existed as text, in force or not (for a draft, from its
    /// reading on; it never ends). Successions must be dated inside it.
    public func existence(of provision: Provision) -> (from: Day?, until: Day?) {
        guard let work = works[provision.id.work] else { return (nil, nil) }
        if work.status == .draft { return (work.firstKnownDay, nil) }
        guard let life = life(of: provision) else { return (work.firstKnownDay, work.lastDay) }
        let from = work.firstKnownDay.map { min($0, life.from.earliest) } ?? life.from.earliest
        return (from, life.until?.latest)
    }

    /// Whether a provision applied on a day: certainly, certainly not, or uncertain (the day falls
    /// inside the window in which it came into force or ceased).
    public func status(of provision: Provision, on day: Day) -> Life.Status {
        guard let life = life(of: provision) else { return .notInForce }
        return life.status(on: DayRange(day))
    }

    /// True when the provision certainly applied on the day.
    public func isInForce(_ provision: Provision, on day: Day) -> Bool {
        status(of: provision, on: day) == .inForce
    }

    /// The chain of successions starting at a provision, following every branch, in date order.
    public func successions(from id: ProvisionID) -> [Succession] {
        chains.chain(id.withoutPart, forward: true) {
            walk(from: id) { current in records(current).flatMap(\.successors).map { ($0, $0.to?.withoutPart) } }
        }
    }

    /// The chain of successions leading to a provision, following every branch back, in date order.
    public func predecessions(of id: ProvisionID) -> [Succession] {
        chains.chain(id.withoutPart, forward: false) {
            walk(from: id) { current in (predecessorIndex[current] ?? []).map { ($0, $0.from) } }
        }
    }

    /// Breadth-first over successions: `step` gives each link out of a provision and where it leads.
    private func walk(from id: ProvisionID, _ step: (ProvisionID) -> [(Succession, ProvisionID?)]) -> [Succession] {
        var result: [Succession] = []
        var seen: Set<ProvisionID> = [id.withoutPart]
        var frontier = [id.withoutPart]
        while let current = frontier.first {
            frontier.removeFirst()
            for (succession, next) in step(current) {
                result.append(succession)
                if let next, seen.insert(next).inserted { frontier.append(next) }
            }
        }
        return result.sorted { ($0.effective, $0.from, $0.to?.description ?? "") < ($1.effective, $1.from, $1.to?.description ?? "") }
    }

    /// The provisions that apply on `day` in place of `id`, following successions forward until a
    /// provision in force is reached. Empty when nothing applies (repealed without successor).
    public func currentEquivalents(of id: ProvisionID, on day: Day) -> [ProvisionID] {
        var result: [ProvisionID] = []
        var seen: Set<ProvisionID> = []
        var frontier = [id.withoutPart]
        while let current = frontier.first {
            frontier.removeFirst()
            guard seen.insert(current).inserted else { continue }
            if let record = provision(current), isInForce(record, on: day) { result.append(current); continue }
            for record in records(current) {
                for succession in record.successors where succession.effective.first <= day {
                    if let to = succession.to { frontier.append(to.withoutPart) }
                }
            }
        }
        return result.sorted()
    }

    /// What an article number denotes in a lineage on a day.
    public func resolve(article: String, lineage: String, on day: Day) -> NumberResolution {
        let candidates = works(inLineage: lineage).flatMap { work in records(ProvisionID(work: work.id, article: article)) }
        if let current = candidates.last(where: { isInForce($0, on: day) }) {
            return .inForce(current.id)
        }
        // A number no longer in force: the latest enacted record that applied before the day.
        let ceased = candidates.filter { record in
            guard let life = life(of: record), let until = life.until else { return false }
            return until.latest < day
        }
        if let record = ceased.max(by: { (life(of: $0)?.until?.latest ?? Day(ordinal: .min)) < (life(of: $1)?.until?.latest ?? Day(ordinal: .min)) }),
           let until = life(of: record)?.until?.latest {
            return .ceased(record.id, lastDay: until, successors: successions(from: record.id), current: currentEquivalents(of: record.id, on: day))
        }
        if let future = candidates.first(where: { record in life(of: record).map { day < $0.from.earliest } ?? false }),
           let from = life(of: future)?.from {
            return .notYetInForce(future.id, from: from.earliest)
        }
        if let draft = candidates.first(where: { works[$0.id.work]?.status == .draft }) {
            return .draftOnly(draft.id, successors: successions(from: draft.id))
        }
        return .unknown(nearest: nearest(article: article, lineage: lineage))
    }

    /// Known provisions closest in number to `article`, in the lineage first, at most `limit`.
    public func nearest(article: String, lineage: String? = nil, limit: Int = 5) -> [ProvisionID] {
        let target = ProvisionID.articleSortKey(article)
        func distance(_ p: Provision) -> Int {
            let key = ProvisionID.articleSortKey(p.id.article)
            return abs((key.first ?? 0) - (target.first ?? 0)) * 10 + (key.count == target.count ? 0 : 1)
        }
        let pool = provisions.filter { lineage == nil || works[$0.id.work]?.lineage == lineage }
        let ranked = (pool.isEmpty ? provisions : pool).sorted { (distance($0), $0.id) < (distance($1), $1.id) }
        var seen = Set<ProvisionID>()
        return ranked.map(\.id).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}

/// The days a provision applied.
public struct Life: Sendable, Hashable {
    /// Whether a provision applied during some days.
    public enum Status: Sendable, Hashable {
        case inForce, notYetInForce, ceased, uncertain, notInForce
    }

    /// The first day in force (a range when not known exactly).
    public var from: DayRange
    /// The last day in force; nil while in force.
    public var until: DayRange?

    /// The status over the days of `range` (a document dated to a month is every day of it).
    public func status(on range: DayRange) -> Status {
        if range.latest < from.earliest { return .notYetInForce }
        if let until, range.earliest > until.latest { return .ceased }
        if from.latest <= range.earliest && (until.map { range.latest <= $0.earliest } ?? true) { return .inForce }
        return .uncertain
    }

    /// The window in which the status changes near `range`, for a reader ("between 2023-07-23 and 2023-08-22").
    public func transition(near range: DayRange) -> DayRange? {
        if range.latest >= from.earliest && range.earliest < from.latest { return from }
        if let until, range.earliest <= until.latest && range.latest > until.earliest { return until.shifted(by: 1) }
        return nil
    }
}

/// The answer to "what does this article number denote in this lineage on this day?".
public enum NumberResolution: Sendable, Hashable {
    /// The number denotes this provision, in force on the day.
    case inForce(ProvisionID)
    /// The number denoted this provision until `lastDay`; `successors` is its chain and `current`
    /// what applies on the day asked about.
    case ceased(ProvisionID, lastDay: Day, successors: [Succession], current: [ProvisionID])
    /// The number belongs to a work not yet in force on the day.
    case notYetInForce(ProvisionID, from: Day)
    /// The number is known only from a draft.
    case draftOnly(ProvisionID, successors: [Succession])
    /// No provision with that number is known in the lineage.
    case unknown(nearest: [ProvisionID])
}

/// Succession chains by provision and direction, behind a lock: documents are resolved in parallel.
final class ChainCache: @unchecked Sendable {
    private var forward: [ProvisionID: [Succession]] = [:]
    private var backward: [ProvisionID: [Succession]] = [:]
    private let lock = NSLockLike()

    /// The chain from (or to) `id`, walked by `compute` the first time it is asked for.
    func chain(_ id: ProvisionID, forward isForward: Bool, compute: () -> [Succession]) -> [Succession] {
        if let known = lock.withLock({ isForward ? forward[id] : backward[id] }) { return known }
        let computed = compute()
        lock.withLock { if isForward { forward[id] = computed } else { backward[id] = computed } }
        return computed
    }
}
