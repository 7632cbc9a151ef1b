/// A static site of the whole data set, as files of HTML: an index; one page per code with every
/// article by chapter and its chain of renumbering; one page per provision lineage (the briefing's
/// content); one page per report with its citations marked in the text; one page per case. Pages
/// link to each other by relative paths only and hold no scripts, so the folder reads from disk or
/// from any static host.
public struct Site {
    public let corpus: Corpus
    /// The date printed as the date of generation, and the day "today" means.
    public let generated: LegalDate

    /// One file of the site.
    public struct File: Sendable, Hashable {
        /// The path within the site's folder ("provisions/kz-cc-1997-164.html").
        public var path: String
        public var text: String
    }

    /// Creates a site writer.
    public init(corpus: Corpus, generated: LegalDate) {
        self.corpus = corpus
        self.generated = generated
    }

    /// Every file of the site, in a stable order. `progress` is told how many pages are done of how many.
    public func files(progress: ((Int, Int) -> Void)? = nil) -> [File] {
        let map = SiteMap(corpus: corpus)
        let registry = corpus.registry
        let total = 1 + registry.works.count + map.chains.count + corpus.analyses.count + corpus.cases.count
        var done = 0
        func tick() { done += 1; progress?(done, total) }
        var files: [File] = []
        files.append(File(path: "index.html", text: write(SitePages.index(corpus, map: map, generated: generated), at: "index.html")))
        tick()
        for work in map.works {
            let path = map.path(ofWork: work.id)
            files.append(File(path: path, text: write(SitePages.code(work, corpus: corpus, map: map, today: generated.last), at: path)))
            tick()
        }
        let briefing = Briefing(corpus: corpus, generated: generated)
        for chain in map.chains {
            let path = map.path(ofChain: chain[0])
            let page = briefing.page([chain[0]]).linkingProvisions { map.path(of: $0).map { SiteMap.relative($0, from: path) } }
            files.append(File(path: path, text: write(page, at: path)))
            tick()
        }
        for analysis in corpus.analyses {
            let path = map.path(ofReport: SiteMap.reportName(analysis))
            files.append(File(path: path, text: write(SitePages.report(analysis, map: map, at: path), at: path)))
            tick()
        }
        for legalCase in corpus.cases {
            let path = map.path(ofCase: legalCase.id)
            files.append(File(path: path, text: write(SitePages.legalCase(legalCase, corpus: corpus, map: map, at: path), at: path)))
            tick()
        }
        return files
    }

    func write(_ page: Page, at path: String) -> String {
        HTMLWriter.write(page, options: HTMLWriter.Options(navigation: [("Index", SiteMap.relative("index.html", from: path))]))
    }
}
