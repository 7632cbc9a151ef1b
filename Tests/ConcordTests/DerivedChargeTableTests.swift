import Foundation
import Testing
@testable import Concord

/// The generated table of charge names derived from the headings (`Statutes/generated/heading-charges.tsv`):
/// current with the data, read back exactly, used only when it matches the headings and rules.
@Suite("The table of derived charge names")
struct DerivedChargeTableTests {
    static let file = Fixtures.statutes.appendingPathComponent(DerivedChargeTable.path)

    @Test("the bundled table is what deriving the bundled headings writes now, byte for byte")
    func bundledIsCurrent() throws {
        let registry = Fixtures.registry
        let written = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(written == DerivedChargeTable.derive(registry: registry).rendered(order: registry),
                "Statutes/\(DerivedChargeTable.path) is stale: run `swift run concord check --update-generated`")
        #expect(registry.derivedCharges?.source == DerivedChargeTable.digest(registry))
    }

    @Test("read back, the table holds every name and clause the derivation gives, in order")
    func roundTrip() throws {
        let registry = Fixtures.registry
        let derived = DerivedChargeTable.derive(registry: registry)
        let read = try DerivedChargeTable.parse(Array(derived.rendered(order: registry).utf8), file: "t.tsv")
        #expect(read == derived)
        #expect(read.derived(for: registry).patterns == HeadingCharges.deriveAll(registry: registry, rules: registry.languages.values.sorted { $0.language < $1.language }).patterns)
    }

    @Test("the grammar uses a table that matches the headings and rules, and derives anew when it is stale")
    func usedOnlyWhenCurrent() {
        // Desertion has no written charge names: only its heading names it.
        let sentence = "He was charged with desertion."
        var registry = Fixtures.registry
        guard var table = registry.derivedCharges else { Issue.record("the bundled data set has no table"); return }
        // A table that names nothing: when it is used, desertion is not found.
        table.names = [:]
        table.clauses = []
        registry.derivedCharges = table
        let document = Document(path: "t", text: sentence, metadata: FrontMatter(date: LegalDate("2022")))
        #expect(Citer(registry: registry).cite(document).citations.isEmpty)
        // The same table with another digest is stale: the names are derived from the headings.
        table.source ^= 1
        registry.derivedCharges = table
        #expect(Citer(registry: registry).cite(document).citations.first?.resolved?.cited == Fixtures.id("kz.cc.2014:442"))
        registry.derivedCharges = nil
        #expect(Citer(registry: registry).cite(document).citations.first?.resolved?.cited == Fixtures.id("kz.cc.2014:442"))
    }

    @Test("a malformed table is one error naming the file and the line")
    func malformed() {
        func error(_ text: String) -> String? {
            do { _ = try DerivedChargeTable.parse(Array(text.utf8), file: "heading-charges.tsv"); return nil } catch { return error.description }
        }
        #expect(error("# comment\nsource\t12\n") == "heading-charges.tsv:2: a source line is 'source<TAB>' and sixteen hexadecimal digits")
        #expect(error("source\t0123456789abcdef\nname\tnot an id\t?theft*\n") == "heading-charges.tsv:2: 'not an id' is not a provision identifier")
        #expect(error("source\t0123456789abcdef\nclause\tkz.cc.2014:188\ttheft\n")?.hasPrefix("heading-charges.tsv:2: a clause holds two or more distinct stems") == true)
        #expect(error("source\t0123456789abcdef\nrule\tkz.cc.2014:188\tx\n") == "heading-charges.tsv:2: unknown line kind 'rule' (known: source, name, clause, choice)")
        #expect(error("source\t0123456789abcdef\nchoice\tkz.cc.2014:188\ttheft robber\n")?.hasPrefix("heading-charges.tsv:2: a choice line follows its clause") == true)
        #expect(error("name\tkz.cc.2014:188\t?theft*\n") == "heading-charges.tsv: no source line")
        #expect(error("source\t0123456789abcdef\nname\tkz.cc.2014:188\t?theft*\n") == nil)
    }

    @Test("generated/ holds the table only: any other file there is reported")
    func strayFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("generated"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("generated/heading-charges.tsv"))
        #expect(RegistryLoader.strayFiles(in: folder).isEmpty)
        try Data().write(to: folder.appendingPathComponent("generated/old.tsv"))
        #expect(RegistryLoader.strayFiles(in: folder).map(\.message) == ["unknown file in the statute data set (generated/ holds heading-charges.tsv); remove it or move it out"])
    }
}
