import Foundation
import Testing
@testable import Concord

/// The scores of one part of the development gold.
struct DevelopmentScore {
    var found = Score()
    /// Gold references overlapped by a citation, and how many of those have the right instrument.
    var overlapped = 0, rightInstrument = 0
    var charges = 0, chargesFound = 0
    var instrumentAccuracy: Double { overlapped == 0 ? 1 : Double(rightInstrument) / Double(overlapped) }
    var chargeRecall: Double { charges == 0 ? 1 : Double(chargesFound) / Double(charges) }
    static func + (a: DevelopmentScore, b: DevelopmentScore) -> DevelopmentScore {
        DevelopmentScore(found: a.found + b.found, overlapped: a.overlapped + b.overlapped, rightInstrument: a.rightInstrument + b.rightInstrument,
                         charges: a.charges + b.charges, chargesFound: a.chargesFound + b.chargesFound)
    }
    var line: String {
        found.line + "  instrument \(String(format: "%.3f", instrumentAccuracy)) (\(rightInstrument)/\(overlapped))"
            + "  charge-name recall \(String(format: "%.3f", chargeRecall)) (\(chargesFound)/\(charges))"
    }
}

@Suite("Accuracy on the development gold (new text, two passes, adjudicated)")
struct DevelopmentGoldTests {
    static let folder = Fixtures.gold.appendingPathComponent("dev")
    /// The second set, collected after the first was in use (Tests/Gold/fresh, see its README): all of it is one part.
    static let freshFolder = Fixtures.gold.appendingPathComponent("fresh")
    /// The third set, measured once before any change was made to fit it (Tests/Gold/blind, see its README).
    static let blindFolder = Fixtures.gold.appendingPathComponent("blind")
    /// The fourth, collected after the third was read for changes (Tests/Gold/blind2, see its README).
    static let secondBlindFolder = Fixtures.gold.appendingPathComponent("blind2")
    /// The fifth, collected after the fourth was read for changes (Tests/Gold/blind3, see its README).
    static let thirdBlindFolder = Fixtures.gold.appendingPathComponent("blind3")
    /// The sixth, collected after the fifth was read for changes (Tests/Gold/blind4, see its README).
    static let fourthBlindFolder = Fixtures.gold.appendingPathComponent("blind4")
    /// The seventh, collected after the fourth was read for changes (Tests/Gold/blind5, see its README).
    static let fifthBlindFolder = Fixtures.gold.appendingPathComponent("blind5")

    static func load(_ folder: URL = folder) throws -> (texts: [String: URL], gold: [String: [GoldReference]], heldout: Set<String>) {
        let texts = try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("texts"), includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        var gold: [String: [GoldReference]] = [:]
        for text in texts {
            let id = text.deletingPathExtension().lastPathComponent
            let file = folder.appendingPathComponent(id + ".jsonl")
            gold[id] = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
                .map { try JSONDecoder().decode(GoldReference.self, from: Data($0.utf8)) }
        }
        let heldoutFile = folder.appendingPathComponent("heldout.txt")
        let heldout = FileManager.default.fileExists(atPath: heldoutFile.path)
            ? Set(try String(contentsOf: heldoutFile, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
            : []
        return (Dictionary(uniqueKeysWithValues: texts.map { ($0.deletingPathExtension().lastPathComponent, $0) }), gold, heldout)
    }

    /// True when a citation reads a gold reference's provision: the same instrument and article; for
    /// an article of an act outside the registry (gold: no instrument, no article), a citation that
    /// also names no instrument of the registry and is flagged unknown-provision (it keeps the number).
    static func agrees(_ gold: GoldReference, _ citation: Citation) -> Bool {
        if gold.instrument == nil && gold.article == nil {
            return citation.instrument == nil && citation.flags.contains(.unknownProvision)
        }
        return gold.instrument == citation.instrument && gold.article == citation.article
    }

    /// Scores one excerpt: a citation counts when it overlaps a gold span with the same instrument and article.
    static func score(_ citations: [Citation], _ gold: [GoldReference], into parts: inout [String: DevelopmentScore], keys: (GoldReference) -> [String], citationKeys: [String]) {
        var matched = Set<Int>()
        for citation in citations {
            let overlapping = gold.indices.filter { gold[$0].start < citation.end && citation.start < gold[$0].end }
            if let k = overlapping.first(where: { !matched.contains($0) && agrees(gold[$0], citation) }) {
                matched.insert(k)
                for key in keys(gold[k]) { parts[key, default: DevelopmentScore()].found.truePositives += 1 }
            } else {
                for key in citationKeys + ["kind \(citation.kind.rawValue)"] { parts[key, default: DevelopmentScore()].found.falsePositives += 1 }
            }
        }
        for (k, reference) in gold.enumerated() {
            let keys = keys(reference)
            if !matched.contains(k) { for key in keys { parts[key, default: DevelopmentScore()].found.falseNegatives += 1 } }
            let overlapping = citations.filter { reference.start < $0.end && $0.start < reference.end }
            if !overlapping.isEmpty {
                for key in keys {
                    parts[key, default: DevelopmentScore()].overlapped += 1
                    if overlapping.contains(where: { $0.instrument == reference.instrument }) { parts[key, default: DevelopmentScore()].rightInstrument += 1 }
                }
            }
            if reference.kind == "charge-name" {
                for key in keys {
                    parts[key, default: DevelopmentScore()].charges += 1
                    if matched.contains(k) { parts[key, default: DevelopmentScore()].chargesFound += 1 }
                }
            }
        }
    }

    /// Scores of the whole set by part: "working"/"held-out" (or `single` for a set with no held-out
    /// part), each by language and kind.
    static func measure(_ folder: URL = folder, single: String? = nil) throws -> [String: DevelopmentScore] {
        let (texts, gold, heldout) = try load(folder)
        var parts: [String: DevelopmentScore] = [:]
        for (id, url) in texts.sorted(by: { $0.key < $1.key }) {
            let document = try Document.read(path: url.path, displayName: url.lastPathComponent)
            let bytes = Array(document.text.utf8)
            let references = gold[id] ?? []
            for reference in references {
                #expect(String(decoding: bytes[reference.start..<reference.end], as: UTF8.self) == reference.text, "\(id) \(reference.start)")
            }
            let set = single ?? (heldout.contains(id) ? "held-out" : "working")
            let language = document.metadata.language ?? "en"
            let citations = Fixtures.citer.cite(document).citations
            score(citations, references, into: &parts,
                  keys: { ["all", set, "\(set) \($0.language ?? language)", $0.language ?? language, "kind \($0.kind)"] },
                  citationKeys: ["all", set, "\(set) \(language)", language])
        }
        return parts
    }

    @Test("precision, recall, instrument accuracy and charge-name recall per set, language and kind")
    func accuracy() throws {
        let parts = try Self.measure()
        let report = parts.keys.sorted().map { "\($0): \(parts[$0]!.line)" }.joined(separator: "\n")
        print("development gold\n" + report)
        let all = try #require(parts["all"])
        #expect(all.found.truePositives + all.found.falseNegatives >= 150, "the set holds its references")
        // Floors at the figures measured when this set was made, so that no change makes them worse.
        // The targets of issue 10 are higher (precision 0.97, recall 0.95, instrument 0.97, charges 0.90).
        for (part, floor) in [("working", Self.floors.working), ("held-out", Self.floors.heldout)] {
            let score = try #require(parts[part])
            #expect(score.found.precision >= floor.precision, "\(part)\n\(report)")
            #expect(score.found.recall >= floor.recall, "\(part)\n\(report)")
        }
    }

    /// Measures a set that is all one part, prints its figures and holds them to their floors.
    func expectSet(_ folder: URL, name: String, title: String, references: Int, floor: (precision: Double, recall: Double)) throws {
        let parts = try Self.measure(folder, single: name)
        let report = parts.keys.sorted().map { "\($0): \(parts[$0]!.line)" }.joined(separator: "\n")
        print("\(title)\n" + report)
        let all = try #require(parts["all"])
        #expect(all.found.truePositives + all.found.falseNegatives >= references, "the set holds its references")
        #expect(all.found.precision >= floor.precision, "\(report)")
        #expect(all.found.recall >= floor.recall, "\(report)")
    }

    @Test("the fresh set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func fresh() throws {
        try expectSet(Self.freshFolder, name: "fresh", title: "fresh gold", references: 90, floor: Self.floors.fresh)
    }

    @Test("the blind set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func blind() throws {
        try expectSet(Self.blindFolder, name: "blind", title: "blind gold", references: 45, floor: Self.floors.blind)
    }

    @Test("the second blind set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func secondBlind() throws {
        try expectSet(Self.secondBlindFolder, name: "blind2", title: "second blind gold", references: 50, floor: Self.floors.blind2)
    }

    @Test("the third blind set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func thirdBlind() throws {
        try expectSet(Self.thirdBlindFolder, name: "blind3", title: "third blind gold", references: 50, floor: Self.floors.blind3)
    }

    @Test("the fourth blind set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func fourthBlind() throws {
        try expectSet(Self.fourthBlindFolder, name: "blind4", title: "fourth blind gold", references: 50, floor: Self.floors.blind4)
    }

    @Test("the fifth blind set: precision, recall, instrument accuracy and charge-name recall by language and kind")
    func fifthBlind() throws {
        try expectSet(Self.fifthBlindFolder, name: "blind5", title: "fifth blind gold", references: 50, floor: Self.floors.blind5)
    }

    /// The measured floors (see README, Accuracy), at the figures last measured, so that no change makes them worse.
    static let floors = (working: (precision: 0.86, recall: 0.83), heldout: (precision: 0.68, recall: 0.53), fresh: (precision: 0.94, recall: 0.77),
                         blind: (precision: 0.85, recall: 0.72), blind2: (precision: 0.92, recall: 0.72),
                         blind3: (precision: 0.88, recall: 0.80),
                         blind4: (precision: 0.97, recall: 0.87),
                         blind5: (precision: 0.77, recall: 0.51))
}
