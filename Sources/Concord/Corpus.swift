/// A data set with every report taken through the pipeline: citations, recommendations,
/// implementation assessments, and the case registry. What history, briefings and exports read.
public struct Corpus: Sendable {
    public let dataSet: DataSet
    public let citer: Citer
    /// Every report, analysed, in file-name order.
    public let analyses: [Citer.Analysis]
    public let cases: [Case]
    public let recommendations: [Recommendation]
    public let assessments: [ImplementationAssessment]
    /// Each report's analysis by file name.
    private let byReport: [String: Int]

    /// Reads and analyses every report of the data set and loads its case registry. Any problem
    /// in the reports or the cases fails the whole load, naming each problem.
    public static func build(_ dataSet: DataSet) throws(ConcordError) -> Corpus {
        let (documents, problems) = dataSet.readReports()
        let (cases, caseProblems) = CaseLoader.load(reportsDirectory: dataSet.reportsDirectory, registry: dataSet.registry)
        guard problems.isEmpty && caseProblems.isEmpty else { throw .invalidData(problems + caseProblems) }
        let citer = Citer(registry: dataSet.registry)
        let finder = RecommendationFinder(registry: dataSet.registry)
        var analyses: [Citer.Analysis] = []
        var recommendations: [Recommendation] = []
        var assessments: [ImplementationAssessment] = []
        for document in documents {
            let analysis = citer.analyze(document)
            analyses.append(analysis)
            let found = finder.find(in: analysis)
            recommendations += found.recommendations
            assessments += found.assessments
        }
        var byReport: [String: Int] = [:]
        for (i, analysis) in analyses.enumerated() {
            let name = analysis.document.path.split(separator: "/").last.map(String.init) ?? analysis.document.path
            if byReport[name] == nil { byReport[name] = i }
        }
        return Corpus(dataSet: dataSet, citer: citer, analyses: analyses, cases: cases, recommendations: recommendations, assessments: assessments, byReport: byReport)
    }

    /// The registry.
    public var registry: Registry { dataSet.registry }

    /// A report's analysis by file name.
    public func analysis(ofReport name: String) -> Citer.Analysis? {
        byReport[name].map { analyses[$0] }
    }

    /// Every provision the reports cite (as cited), in identifier order.
    public func citedProvisions() -> [ProvisionID] {
        var seen = Set<ProvisionID>()
        for analysis in analyses {
            for citation in analysis.report.citations { if let cited = citation.resolved?.cited?.withoutPart { seen.insert(cited) } }
        }
        return seen.sorted()
    }
}
