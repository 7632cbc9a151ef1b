import Dispatch

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
        // The grammar is compiled while the reports and cases are read; then the reports are
        // analysed in parallel, their results kept in the reports' order.
        let citerSlot = ParallelSlots<Citer?>(count: 1, empty: nil)
        let readSlot = ParallelSlots<(documents: [Document], problems: [Diagnostic], cases: [Case])?>(count: 1, empty: nil)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                citerSlot.set(0, Citer(registry: dataSet.registry))
            } else {
                let (documents, problems) = dataSet.readReports()
                let (cases, caseProblems) = CaseLoader.load(reportsDirectory: dataSet.reportsDirectory, registry: dataSet.registry)
                readSlot.set(0, (documents, problems + caseProblems, cases))
            }
        }
        guard let citer = citerSlot.values[0], let read = readSlot.values[0] else { preconditionFailure("both tasks ran") }
        guard read.problems.isEmpty else { throw .invalidData(read.problems) }
        let documents = read.documents, cases = read.cases
        let finder = RecommendationFinder(registry: dataSet.registry)
        let slots = ParallelSlots<(Citer.Analysis, (recommendations: [Recommendation], assessments: [ImplementationAssessment]))?>(count: documents.count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: documents.count) { k in
            let analysis = citer.analyze(documents[k])
            slots.set(k, (analysis, finder.find(in: analysis)))
        }
        var analyses: [Citer.Analysis] = []
        var recommendations: [Recommendation] = []
        var assessments: [ImplementationAssessment] = []
        for case let (analysis, found)? in slots.values {
            analyses.append(analysis)
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
