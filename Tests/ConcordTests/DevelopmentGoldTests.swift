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

    /// A gold set reported apart from the development gold: all of it one part, with its floor.
    struct SeparateSet: Sendable, CustomTestStringConvertible {
        /// The folder under Tests/Gold, and the part's name in the printed figures.
        var name: String
        var title: String
        /// The fewest references the set holds (a check that it was read whole).
        var references: Int
        var floor: (precision: Double, recall: Double)
        var testDescription: String { title }
    }

    /// The sets collected after the development gold, each described by the README in its folder: fresh
    /// (collected once the first was in use), then blind sets, each measured once before any change
    /// was made to fit it. Floors at the figures last measured (see README, Accuracy), so that no
    /// change makes them worse.
    static let separateSets = [
        SeparateSet(name: "fresh", title: "fresh gold", references: 90, floor: (0.95, 0.87)),
        SeparateSet(name: "blind", title: "blind gold", references: 45, floor: (0.91, 0.91)),
        SeparateSet(name: "blind2", title: "second blind gold", references: 50, floor: (0.94, 0.92)),
        SeparateSet(name: "blind3", title: "third blind gold", references: 50, floor: (0.88, 0.87)),
        SeparateSet(name: "blind4", title: "fourth blind gold", references: 50, floor: (0.98, 0.94)),
        SeparateSet(name: "blind5", title: "fifth blind gold", references: 50, floor: (0.89, 0.79)),
        SeparateSet(name: "blind6", title: "sixth blind gold", references: 55, floor: (0.86, 0.78)),
        SeparateSet(name: "blind7", title: "seventh blind gold", references: 60, floor: (0.93, 0.90)),
        SeparateSet(name: "blind8", title: "eighth blind gold", references: 29, floor: (0.80, 0.72)),
        SeparateSet(name: "blind9", title: "ninth blind gold", references: 42, floor: (0.94, 0.78)),
        SeparateSet(name: "blind10", title: "tenth blind gold", references: 30, floor: (0.99, 0.86)),
        SeparateSet(name: "blind11", title: "eleventh blind gold", references: 43, floor: (0.88, 0.86)),
        SeparateSet(name: "blind12", title: "twelfth blind gold", references: 38, floor: (0.92, 0.92)),
        SeparateSet(name: "blind13", title: "thirteenth blind gold", references: 43, floor: (0.90, 0.83)),
        SeparateSet(name: "blind14", title: "fourteenth blind gold", references: 26, floor: (0.95, 0.76)),
        SeparateSet(name: "blind15", title: "fifteenth blind gold", references: 30, floor: (0.84, 0.70)),
        SeparateSet(name: "blind16", title: "sixteenth blind gold", references: 20, floor: (0.89, 0.85)),
        SeparateSet(name: "blind17", title: "seventeenth blind gold", references: 28, floor: (0.99, 0.92)),
        SeparateSet(name: "blind18", title: "eighteenth blind gold", references: 22, floor: (0.88, 0.72)),
    ]

    @Test("each later set: precision, recall, instrument accuracy and charge-name recall by language and kind", arguments: separateSets)
    func separateSet(_ set: SeparateSet) throws {
        try expectSet(Fixtures.gold.appendingPathComponent(set.name), name: set.name, title: set.title, references: set.references, floor: set.floor)
    }

    /// The development gold's floors (see README, Accuracy), at the figures last measured.
    static let floors = (working: (precision: 0.90, recall: 0.87), heldout: (precision: 0.68, recall: 0.53))
}
