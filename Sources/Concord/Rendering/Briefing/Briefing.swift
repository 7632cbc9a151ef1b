/// A briefing a lawyer can hand over, as one document model (`Page`) written as Markdown or HTML:
/// the provision as it stands today, a summary, each version, the timeline by year, the reports
/// that cite it, the cases, the recommendations, citation problems, every mention, and numbered
/// source notes.
public struct Briefing {
    public let corpus: Corpus
    /// The date printed as the date of generation, and the day "today" means.
    public let generated: LegalDate

    /// Creates a briefing writer.
    public init(corpus: Corpus, generated: LegalDate) {
        self.corpus = corpus
        self.generated = generated
    }

    /// A briefing on the given provisions as Markdown (each with its whole chain; a chain asked twice appears once).
    public func render(_ provisions: [ProvisionID], title: String? = nil) -> String {
        MarkdownWriter.write(page(provisions, title: title))
    }

    /// The same briefing as one self-contained HTML page.
    public func html(_ provisions: [ProvisionID], title: String? = nil) -> String {
        HTMLWriter.write(page(provisions, title: title))
    }

    /// The briefing as a document model.
    public func page(_ provisions: [ProvisionID], title: String? = nil) -> Page {
        var notes = SourceNotes(corpus: corpus)
        var seen = Set<ProvisionID>()
        var histories: [History] = []
        for id in provisions {
            let history = History(of: id, in: corpus)
            guard !history.chain.contains(where: seen.contains) else { continue }
            seen.formUnion(history.chain)
            histories.append(history)
        }
        let registry = corpus.registry
        let heading = title ?? (histories.count == 1
            ? "Briefing: \(registry.articleName(histories[0].asked)) (\(histories[0].asked))"
            : "Briefing: \(histories.count) provisions")
        var blocks: [Block] = [.heading(1, [.text(heading)], anchor: nil)]
        blocks.append(.paragraph([.text("Generated \(generated) by Concord from \(count(corpus.analyses.count, "report")), a case registry of "
            + "\(count(corpus.cases.count, "case")) and a registry of \(count(registry.works.count, "instrument")).")]))
        blocks.append(.paragraph([.strong("How to read the marks. ")] + Briefing.marksExplanation))
        let multiple = histories.count > 1
        if multiple {
            blocks.append(.heading(2, ["Contents"], anchor: nil))
            blocks.append(.list(histories.map { [.page(capitalisedFirst(registry.articleName($0.asked)) + " (\($0.asked))", path: "#" + Briefing.anchor($0.asked))] }))
        }
        var appendix: [Block] = []
        for history in histories {
            var section = BriefingSection(briefing: self, history: history, level: multiple ? 3 : 2)
            if multiple {
                blocks.append(.heading(2, [.text(capitalisedFirst(registry.articleName(history.asked)) + " (\(history.asked))")], anchor: Briefing.anchor(history.asked)))
            }
            blocks += section.blocks(notes: &notes)
            appendix += section.mentionBlocks(notes: &notes, multiple: multiple)
        }
        if !appendix.isEmpty {
            blocks.append(.heading(2, ["Appendix: every mention in the reports"], anchor: "mentions"))
            blocks += appendix
        }
        blocks.append(.heading(2, ["Sources"], anchor: "notes"))
        blocks.append(notes.block)
        return Page(title: heading, blocks: blocks)
    }

    /// What each mark of a briefing covers.
    static let marksExplanation: [Inline] = [
        .emphasis("unverified"), .text(" follows the one fact it qualifies (a title, a date, a link between versions) when no public source "
            + "Concord could consult confirms it; everything without it was checked against the source in its note. "
            + "In the versions table, “Record” covers the article's existence, number and dates in that version; its heading has a mark of its own. "
            + "Numbers in brackets, such as [3], are the source notes at the end. "
            + "An English heading marked “translation by Concord” is Concord's own rendering of the official Russian or Kazakh text."),
    ]

    /// The anchor of a provision's part of a briefing ("kz-cc-2014-174").
    static func anchor(_ id: ProvisionID) -> String {
        String(id.description.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
