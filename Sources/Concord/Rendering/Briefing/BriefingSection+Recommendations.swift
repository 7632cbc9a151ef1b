/// Recommendations in a briefing. A recommendation keeps its own identity (who made it, in which
/// forum and review, under which document and paragraph numbers) apart from the report that relays
/// it; where the two disagree, the timeline entry says so.
extension BriefingSection {
    /// The recommendations that target the chain (as cited or through renumbering).
    var recommendations: [Recommendation] {
        let ids = Set(history.entries.compactMap(\.recommendationID))
        return corpus.recommendations.filter { ids.contains($0.id) }
    }

    func publisher(_ report: String) -> String {
        corpus.analysis(ofReport: report)?.document.metadata.publisher ?? report
    }

    /// "UPR, A/HRC/14/10, recommendations 124.4 (Brazil)" or "Human Rights Watch (UPR submission)".
    func identity(_ r: Recommendation) -> String {
        if let upr = r.upr {
            return "UPR recommendation\(upr.items.count == 1 ? "" : "s") \(upr.description)"
        }
        if r.origin == .reported { return "recommendations of \(r.forum ?? "another body") reported by \(publisher(r.report))" }
        return "\(publisher(r.report))\(r.forum.map { " (\($0))" } ?? "")"
    }

    /// " by Brazil, Chile" when the identity does not already name the recommending states.
    func byline(_ r: Recommendation) -> String {
        guard let issuer = r.issuer, r.upr != nil || r.origin == .reported else { return "" }
        if let upr = r.upr, upr.items.contains(where: { $0.state != nil }) { return "" }
        return " by \(issuer)"
    }

    /// The words of the report around the cited provision, bounded.
    func words(_ r: Recommendation) -> String {
        if let analysis = corpus.analysis(ofReport: r.report),
           let citation = analysis.report.citations.first(where: { $0.start >= r.passage.start && $0.end <= r.passage.end && ($0.resolved?.cited).map { chainSet.contains($0.withoutPart) } == true }),
           let quote = Quote.around(citation.text, in: r.text) {
            return quote
        }
        return Quote.lead(r.text) ?? ""
    }

    /// The chain's provisions a recommendation targets, as cited first, then their equivalents on its date.
    func targets(_ r: Recommendation) -> [ProvisionID] {
        unique(r.targets + r.currentTargets).filter { chainSet.contains($0.withoutPart) }
    }

    /// "kz.cc.1997:164 (on the report's date kz.cc.2014:174)": what it cites, then what that was by then.
    func targetInlines(_ r: Recommendation) -> [Inline] {
        let cited = unique(r.targets).filter { chainSet.contains($0.withoutPart) }
        let now = unique(r.currentTargets).filter { chainSet.contains($0.withoutPart) && !cited.contains($0) }
        var out: [Inline] = [.code(cited.map(\.description).joined(separator: ", "))]
        if !now.isEmpty { out += [.text(" (on the report's date "), .code(now.map(\.description).joined(separator: ", ")), .text(")")] }
        return out
    }

    /// When the chain is a treaty's and the recommendation also cites domestic law, the treaty is the
    /// standard the domestic provisions are to meet, not what is to be amended.
    func domesticObjects(_ r: Recommendation) -> [ProvisionID] {
        guard history.chain.allSatisfy({ registry.works[$0.work]?.kind == .treaty }) else { return [] }
        return unique(r.targets).filter { registry.works[$0.work].map { $0.kind != .treaty } ?? false }
    }

    /// " — one of its citations is stale" for the flags of the citations in it.
    static func flagNote(_ r: Recommendation) -> [Inline] {
        let flags = unique(r.citationFlags.filter { $0 != .noDate }.map(BriefingSection.flagWords))
        guard !flags.isEmpty else { return [] }
        return [.text(" — a citation in it is "), .emphasis(flags.joined(separator: ", ")), .text(" (see “Citation problems”)")]
    }

    /// The timeline entries of the recommendations, dated by the recommendation itself.
    func recommendationEntries(notes: inout SourceNotes) -> [(date: DateSpec?, inlines: [Inline])] {
        var out: [(date: DateSpec?, inlines: [Inline])] = []
        for r in recommendations {
            let asks = r.actions.isEmpty ? "action on" : r.actions.prefix(3).joined(separator: ", ")
            var line: [Inline]
            let reportDate = corpus.analysis(ofReport: r.report)?.report.document.date
            if r.upr != nil || r.origin == .reported {
                line = [.text(capitalisedFirst(identity(r))), .text(byline(r)), .text(": \(asks) ")]
                line += targetInlines(r)
                if let response = r.response { line.append(.text(" (\(response))")) }
                line.append(.text("; relayed by \(publisher(r.report))\(reportDate.map { " in \($0)" } ?? ""), whose words are: “\(words(r))”"))
            } else if !domesticObjects(r).isEmpty {
                line = [.text("\(identity(r)) recommends: \(asks) "), .code(domesticObjects(r).map(\.description).joined(separator: ", ")), .text(" in line with ")]
                line += targetInlines(r) + [.text(" — “\(words(r))”")]
            } else {
                line = [.text("\(identity(r)) recommends: \(asks) ")]
                line += targetInlines(r)
                line.append(.text(" — “\(words(r))”"))
            }
            line += BriefingSection.flagNote(r)
            for note in r.notes { line.append(.text(". Note: \(note)")) }
            line += [.text(" "), .notes([notes.cite(r.passage)])]
            out.append((BriefingSection.when(r), line))
        }
        return out
    }

    /// When a recommendation was made: its own date, or, when its document and the relaying text
    /// disagree on the review ("A/HRC/14/10" of 2010, "the second UPR in March 2015"), the years between.
    static func when(_ r: Recommendation) -> DateSpec? {
        if let session = r.upr?.sessionYear, let stated = r.statedReviewYear, session != stated {
            return DateSpec("\(min(session, stated))..\(max(session, stated))")
        }
        return r.date.map(DateSpec.init)
    }

    /// How far after a relayed recommendation its report's own assessment of it may stand, in bytes.
    static let assessmentReach = 3000

    /// The recommendation a report relays just before assessing it, if any: the assessment is of
    /// that one. `byReport` holds the corpus's recommendations by report, in corpus order.
    func relayed(before a: ImplementationAssessment, byReport: [String: [Recommendation]]) -> Recommendation? {
        (byReport[a.report] ?? []).last { r in
            r.origin == .reported && r.passage.start < a.passage.start
                && a.passage.start - r.passage.end < BriefingSection.assessmentReach
                && r.targets.contains { a.targets.contains($0) || chainSet.contains($0.withoutPart) }
        }
    }

    /// The assessments of the chain's provisions, read once per briefing: which recommendation each
    /// assesses when its report relays one just before, and the others latest first. Looking one
    /// up is then bounded work per recommendation, however many reports the corpus holds.
    struct AssessmentIndex {
        /// Assessments of a relayed recommendation, by the recommendation's id, with their corpus order.
        var own: [String: [(order: Int, assessment: ImplementationAssessment)]] = [:]
        /// The other dated assessments, latest first (ties in corpus order), and the undated ones.
        var dated: [(order: Int, assessment: ImplementationAssessment)] = []
        var undated: [(order: Int, assessment: ImplementationAssessment)] = []

        static func key(_ a: ImplementationAssessment) -> (Int, Int) { (a.date?.first.ordinal ?? Int.min, a.date?.precision.rawValue ?? 0) }
    }

    func assessmentIndex() -> AssessmentIndex {
        var index = AssessmentIndex()
        let byReport = Dictionary(grouping: corpus.recommendations, by: \.report)
        for (order, a) in corpus.assessments.enumerated() where a.targets.contains(where: { chainSet.contains($0.withoutPart) }) {
            if let own = relayed(before: a, byReport: byReport) { index.own[own.id, default: []].append((order, a)) }
            else if a.date == nil { index.undated.append((order, a)) }
            else { index.dated.append((order, a)) }
        }
        index.dated.sort { AssessmentIndex.key($0.assessment) != AssessmentIndex.key($1.assessment) ? AssessmentIndex.key($0.assessment) > AssessmentIndex.key($1.assessment) : $0.order < $1.order }
        return index
    }

    /// The latest assessment of a recommendation: by its own report when the report relays and then
    /// assesses it; else by a later report, unless that report's assessment is of what it relays itself.
    func assessment(of r: Recommendation, in index: AssessmentIndex) -> ImplementationAssessment? {
        var candidates = index.own[r.id] ?? []
        let since = r.date?.first.ordinal ?? Int.min
        if let best = index.dated.first(where: { $0.assessment.report != r.report }), (best.assessment.date?.first.ordinal ?? Int.max) >= since {
            candidates.append(best)
        } else if let best = index.undated.first(where: { $0.assessment.report != r.report }) {
            candidates.append(best)
        }
        // The greatest date; among equal dates, the first in the corpus.
        return candidates.min { a, b in
            let ka = AssessmentIndex.key(a.assessment), kb = AssessmentIndex.key(b.assessment)
            return ka != kb ? ka > kb : a.order < b.order
        }?.assessment
    }

    func recommendationBlocks(notes: inout SourceNotes) -> [Block] {
        let recommendations = self.recommendations
        guard !recommendations.isEmpty else { return [heading("Recommendations"), .paragraph(["No recommendation in the reports targets these provisions."])] }
        var rows: [[[Inline]]] = []
        let index = assessmentIndex()
        for r in recommendations {
            var status: [Inline] = [.text("—")]
            if let a = assessment(of: r, in: index) { status = [.text(a.status + " (\(publisher(a.report)), \(a.date?.description ?? "undated"))"), .text(" "), .notes([notes.cite(a.passage)])] }
            let reportDate = corpus.analysis(ofReport: r.report)?.report.document.date
            var made: [Inline] = [.text(capitalisedFirst(identity(r)))]
            made.append(.text(byline(r)))
            var wordsCell: [Inline] = [.text("“\(words(r))”")] + BriefingSection.flagNote(r)
            if !r.notes.isEmpty { wordsCell.append(.text(" (\(r.notes.joined(separator: "; ")))")) }
            var madeWhen = r.date?.description ?? "—"
            if let session = r.upr?.sessionYear, let stated = r.statedReviewYear, session != stated {
                madeWhen = "\(session) by its document, \(stated) by the report's words: the sources disagree"
            }
            rows.append([made, [.text(madeWhen)], [.text(r.actions.prefix(3).joined(separator: ", "))], [.text(r.response ?? "")], status,
                         domesticObjects(r).isEmpty ? targetInlines(r) : [.code(domesticObjects(r).map(\.description).joined(separator: ", ")), .text(", in line with ")] + targetInlines(r),
                         [.text(publisher(r.report) + (reportDate.map { ", \($0)" } ?? ""))], wordsCell, [.notes([notes.cite(r.passage)])]])
        }
        return [heading("Recommendations"),
                .table([["Recommendation"], ["Made"], ["Asks"], ["Response"], ["Later assessment"], ["Targets"], ["Relayed by"], ["The report's words"], ["Source"]], rows)]
    }
}
