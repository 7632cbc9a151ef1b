import Foundation
import Testing
@testable import Concord

/// One hand-annotated reference of the gold standard (Tests/Gold, see its README).
struct GoldReference: Decodable {
    var report: String
    var start: Int
    var end: Int
    var text: String
    var instrument: String?
    var article: String?
    var part: String?
    var kind: String
    var flags: [String]
    /// The excerpt's language; given by the development and fresh sets, not by the seed gold.
    var language: String?
}

/// Precision and recall of the finder against the gold annotation.
struct Score {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0
    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives, falseNegatives: a.falseNegatives + b.falseNegatives)
    }
    var line: String {
        "P \(String(format: "%.3f", precision))  R \(String(format: "%.3f", recall))  (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }
}

@Suite("Accuracy against the hand-made gold annotation")
struct GoldStandardTests {
    static func gold() throws -> [String: [GoldReference]] {
        var result: [String: [GoldReference]] = [:]
        let files = try FileManager.default.contentsOfDirectory(at: Fixtures.gold, includingPropertiesForKeys: nil).filter { $0.pathExtension == "jsonl" }
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.isEmpty {
                let reference = try JSONDecoder().decode(GoldReference.self, from: Data(line.utf8))
                result[reference.report, default: []].append(reference)
            }
        }
        return result
    }

    /// A citation matches a gold reference when the spans overlap and instrument and article agree.
    static func score(_ citations: [Citation], _ gold: [GoldReference], byKind: inout [String: Score], flags: inout (agree: Int, total: Int)) -> Score {
        var score = Score()
        var matched = Set<Int>()
        for citation in citations {
            if let k = gold.indices.first(where: { !matched.contains($0) && gold[$0].start < citation.end && citation.start < gold[$0].end
                && gold[$0].instrument == citation.instrument && gold[$0].article == citation.article }) {
                matched.insert(k)
                score.truePositives += 1
                byKind[gold[k].kind, default: Score()].truePositives += 1
                flags.total += 1
                if Set(gold[k].flags) == Set(citation.flags.map(\.rawValue)) { flags.agree += 1 }
            } else {
                score.falsePositives += 1
                byKind[citation.kind.rawValue, default: Score()].falsePositives += 1
            }
        }
        for k in gold.indices where !matched.contains(k) {
            score.falseNegatives += 1
            byKind[gold[k].kind, default: Score()].falseNegatives += 1
        }
        return score
    }

    @Test("precision and recall are at least 0.97 on the bundled reports")
    func precisionAndRecall() throws {
        let gold = try Self.gold()
        #expect(gold.count == 5, "every bundled report has a gold annotation")
        var total = Score()
        var byKind: [String: Score] = [:]
        var flags = (agree: 0, total: 0)
        var lines: [String] = []
        for (report, references) in gold.sorted(by: { $0.key < $1.key }) {
            let document = try Document.read(path: Fixtures.reports.appendingPathComponent(report).path, displayName: report)
            // The gold's offsets must still point at its text: the reports are unchanged.
            let bytes = Array(document.text.utf8)
            for reference in references {
                #expect(String(decoding: bytes[reference.start..<reference.end], as: UTF8.self) == reference.text, "\(report) \(reference.start)")
            }
            let score = Self.score(Fixtures.citer.cite(document).citations, references, byKind: &byKind, flags: &flags)
            lines.append("\(report): \(score.line)")
            total = total + score
        }
        for (kind, score) in byKind.sorted(by: { $0.key < $1.key }) { lines.append("kind \(kind): \(score.line)") }
        lines.append("all: \(total.line); flags agree on \(flags.agree) of \(flags.total) matched citations")
        print(lines.joined(separator: "\n"))
        #expect(total.precision >= 0.97, "\(lines.joined(separator: "\n"))")
        #expect(total.recall >= 0.97, "\(lines.joined(separator: "\n"))")
    }

    @Test("the flags the reports are known for")
    func knownTraps() throws {
        func cite(_ report: String) throws -> [Citation] {
            Fixtures.citer.cite(try Document.read(path: Fixtures.reports.appendingPathComponent(report).path, displayName: report)).citations
        }
        let amnesty = try cite("amnesty-2019-upr-submission.txt")
        let stale = amnesty.filter { $0.flags.contains(.stale) }
        #expect(stale.count == 1)
        #expect(stale.first?.resolved?.cited == Fixtures.id("kz.cc.1997:164"))
        #expect(stale.first?.resolved?.inForce == [Fixtures.id("kz.cc.2014:174")])
        #expect(stale.first?.sentence.contains("Substantially amend") == true)

        let hrw = try cite("hrw-2014-upr-submission.txt")
        let draft = hrw.filter { $0.kind == .explicit && $0.flags.contains(.draftNumber) }
        #expect(draft.map(\.resolved?.cited) == [Fixtures.id("kz.cc.2014-draft:400")])

        let ishr = try cite("ishr-2014-hrd-briefing.txt")
        let dubious = ishr.filter { $0.flags.contains(.dubious) }
        #expect(dubious.count == 2)
        #expect(dubious.allSatisfy { $0.article == "19" && $0.resolved?.suggestion == Fixtures.id("kz.cc.1997:129") })
    }
}

@Suite("Invariants of the output on every bundled report")
struct OutputInvariantTests {
    @Test("offsets point at the citation's text, on character boundaries, in order, without overlap; output is the same twice")
    func offsetsAndDeterminism() throws {
        for url in Fixtures.dataSet.reportFiles() {
            let document = try Document.read(path: url.path, displayName: url.lastPathComponent)
            let bytes = Array(document.text.utf8)
            let report = Fixtures.citer.cite(document)
            #expect(!report.citations.isEmpty)
            var previousEnd = 0
            var previousStart = -1
            for citation in report.citations {
                #expect(citation.start >= document.bodyStart && citation.end <= bytes.count && citation.start < citation.end)
                #expect(bytes[citation.start] & 0xC0 != 0x80 && (citation.end == bytes.count || bytes[citation.end] & 0xC0 != 0x80))
                #expect(String(decoding: bytes[citation.start..<citation.end], as: UTF8.self) == citation.text)
                #expect(citation.start >= previousStart)
                if citation.kind != .listMember && citation.kind != .rangeMember { #expect(citation.start >= previousEnd || citation.start == previousStart) }
                previousStart = citation.start
                previousEnd = max(previousEnd, citation.end)
            }
            let first = JSONWriter.pretty(CitationJSON.value(report))
            let second = JSONWriter.pretty(CitationJSON.value(Citer(registry: Fixtures.registry).cite(document)))
            #expect(first == second)
        }
    }
}

@Suite("The streaming JSON writer")
struct StreamingJSONTests {
    @Test("writing a report straight to bytes gives exactly the tree writer's output, on every bundled report")
    func sameBytes() throws {
        for url in Fixtures.dataSet.reportFiles() {
            let report = Fixtures.citer.cite(try Document.read(path: url.path, displayName: url.lastPathComponent))
            var direct = [UInt8]()
            CitationJSON.appendCompact(report, id: .string("x"), to: &direct)
            guard case .object(var members) = CitationJSON.value(report) else { Issue.record("not an object"); return }
            members.insert(("id", .string("x")), at: 0)
            #expect(String(decoding: direct, as: UTF8.self) == JSONWriter.compact(.object(members)))
        }
    }
}
