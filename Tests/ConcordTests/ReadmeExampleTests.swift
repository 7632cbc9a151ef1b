import Foundation
import Testing
import Concord

// README-EXAMPLE-BEGIN
func embeddingExample() throws -> String {
    let data = try DataSet.load()                                   // the bundled data set, validated
    let citer = Citer(registry: data.registry)                      // compile once; immutable, share across threads
    let document = try Document(path: "note.txt", text: """
        ---
        date: 2019-03
        ---
        The court applied Article 164 of the Criminal Code on inciting social discord.
        """)
    let report = citer.cite(document)
    let stale = report.citations.filter { $0.flags.contains(.stale) }
    let now = stale.first?.resolved?.inForce.first                  // kz.cc.2014:174

    guard case .provision(let id) = ProvisionQuery.resolve("ст. 164 УК", in: data.registry) else { return "" }
    let corpus = try Corpus.build(data)                             // every report, its cases and recommendations
    let history = History(of: id, in: corpus)                       // chain and merged timeline
    let briefing = Briefing(corpus: corpus, generated: LegalDate("2026-01-01")!).render([id])
    return "\(now?.description ?? "-") \(history.chain.count) \(briefing.count > 0)"
}
// README-EXAMPLE-END

@Suite("The README's embedding example")
struct ReadmeExampleTests {
    @Test("the example in README is this code, and it runs")
    func exampleRuns() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = source.range(of: "// README-EXAMPLE-BEGIN\n")!.upperBound
        let end = source.range(of: "// README-EXAMPLE-END")!.lowerBound
        let example = String(source[begin..<end])
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```swift\nimport Concord\n\n" + example + "```"), "README's library example differs from ReadmeExampleTests.swift")
        #expect(try embeddingExample() == "kz.cc.2014:174 2 true")
    }
}
