/// Where everything lives in the site: the works in order, the lineages (chains of provisions
/// linked by succession) each with one page, and the path of every page.
struct SiteMap {
    /// The works, by lineage and then by date.
    let works: [Work]
    /// Each lineage's provisions, oldest first; the page of a lineage is named after its first member.
    let chains: [[ProvisionID]]
    private let chainOf: [ProvisionID: Int]
    private let reports: Set<String>

    init(corpus: Corpus) {
        let registry = corpus.registry
        works = registry.works.values.sorted { ($0.lineage, $0.firstKnownDay ?? Day(ordinal: .max), $0.id) < ($1.lineage, $1.firstKnownDay ?? Day(ordinal: .max), $1.id) }
        var chains: [[ProvisionID]] = []
        var chainOf: [ProvisionID: Int] = [:]
        for work in works {
            for provision in registry.provisions(inWork: work.id) where chainOf[provision.id] == nil {
                // The same chain a history of this provision shows.
                var members: [ProvisionID] = [provision.id]
                for link in registry.predecessions(of: provision.id) + registry.successions(from: provision.id) {
                    for id in [link.from] + (link.to.map { [$0.withoutPart] } ?? []) where !members.contains(id) { members.append(id) }
                }
                let index = chains.count
                var fresh: [ProvisionID] = []
                for id in members where chainOf[id] == nil { chainOf[id] = index; fresh.append(id) }
                chains.append([provision.id] + fresh.filter { $0 != provision.id })
            }
        }
        self.chains = chains
        self.chainOf = chainOf
        reports = Set(corpus.analyses.map(SiteMap.reportName))
    }

    /// The file name of a report ("hrw-2014-upr-submission.txt").
    static func reportName(_ analysis: Citer.Analysis) -> String {
        analysis.document.path.split(separator: "/").last.map(String.init) ?? analysis.document.path
    }

    /// A safe file name: letters and digits kept, everything else "-".
    static func slug(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    func path(ofWork id: String) -> String { "codes/\(SiteMap.slug(id)).html" }
    func path(ofChain first: ProvisionID) -> String { "provisions/\(SiteMap.slug(first.description)).html" }
    func path(ofReport name: String) -> String { "reports/\(SiteMap.slug(name)).html" }
    func path(ofCase id: String) -> String { "cases/\(SiteMap.slug(id)).html" }

    /// The lineage page of a provision, or nil when the registry does not hold it.
    func path(of id: ProvisionID) -> String? {
        chainOf[id.withoutPart].map { path(ofChain: chains[$0][0]) }
    }

    /// The chain a provision belongs to.
    func chain(of id: ProvisionID) -> [ProvisionID] {
        chainOf[id.withoutPart].map { chains[$0] } ?? [id]
    }

    func hasReport(_ name: String) -> Bool { reports.contains(name) }

    /// `target` (a path from the site's root) as seen from the page at `page`.
    static func relative(_ target: String, from page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        return String(repeating: "../", count: max(0, depth)) + target
    }
}
