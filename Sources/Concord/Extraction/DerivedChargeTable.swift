import Foundation

/// The charge names and heading clauses `HeadingCharges` derives from every offence heading, kept
/// with the data set (`Statutes/generated/heading-charges.tsv`) so that a start reads them instead of
/// deriving them again: deriving tokenizes thousands of headings.
///
/// The file is generated (`concord check --update-generated`) and names its generator and sources.
/// It records a digest of everything the derivation reads (each provision's identifier, its work's
/// status, its chapter and headings, and the `headingCharges` and `subjectStopwords` rules); a table
/// whose digest differs from the data set's is stale, and is then not used: the grammar derives
/// the names at start, and `concord check` reports the table as stale.
///
/// Lines, tab-separated, in derivation order: `source <digest>`, then `name <provision> <pattern>`
/// and `clause <provision> <stem> <stem> ...`, each clause followed by a `choice <provision> <stem>
/// <stem> ...` line for each group of its alternative stems; `#` starts a comment line.
public struct DerivedChargeTable: Sendable, Equatable {
    /// Where the table lives, relative to the statutes folder.
    public static let path = "generated/heading-charges.tsv"

    /// The digest of the headings and rules the table was derived from.
    public var source: UInt64
    /// Derived patterns (as the data writes them: `?` first when a cue must come before), by provision.
    var names: [ProvisionID: [String]]
    /// The clauses of every heading, in derivation order.
    var clauses: [HeadingCharges.Clause]

    /// Bump when the derivation's code changes what it derives, so that old tables read as stale.
    static let revision = 2

    /// The table of a registry's headings, derived now.
    public static func derive(registry: Registry) -> DerivedChargeTable {
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        let derived = HeadingCharges.deriveAll(registry: registry, rules: rules)
        var names: [ProvisionID: [String]] = [:]
        for (k, provision) in registry.provisions.enumerated() where !derived.patterns[k].isEmpty {
            names[provision.id] = derived.patterns[k]
        }
        return DerivedChargeTable(source: digest(registry), names: names, clauses: derived.clauses)
    }

    /// The derivation's result in the form `HeadingCharges.deriveAll` gives it, for `registry`.
    func derived(for registry: Registry) -> HeadingCharges.Derived {
        let rules = registry.languages.values.sorted { $0.language < $1.language }
        return HeadingCharges.Derived(
            patterns: registry.provisions.map { names[$0.id] ?? [] }, clauses: clauses,
            configs: HeadingCharges.Deriver(rules: rules).configs)
    }

    /// A digest (64 bits, FNV-style, eight bytes a step) of everything the derivation reads from a registry.
    public static func digest(_ registry: Registry) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        // Eight bytes at a time: the headings are megabytes, and this runs at every start.
        func mix(_ text: String?) {
            if var text {
                text.withUTF8 { bytes in
                    var k = 0
                    while let base = UnsafeRawPointer(bytes.baseAddress), k + 8 <= bytes.count {
                        let word = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                        hash = (hash ^ word) &* 0x100000001b3
                        hash ^= hash >> 29
                        k += 8
                    }
                    while k < bytes.count { hash = (hash ^ UInt64(bytes[k])) &* 0x100000001b3; k += 1 }
                }
            }
            hash = (hash ^ 0x1F) &* 0x100000001b3 // a separator no text holds
        }
        mix("revision \(revision)")
        for rule in registry.languages.values.sorted(by: { $0.language < $1.language }) {
            mix(rule.language)
            for key in rule.headingCharges.keys.sorted() {
                mix(key)
                for value in rule.headingCharges[key] ?? [] { mix(value) }
            }
            for word in rule.subjectStopwords { mix(word) }
        }
        for provision in registry.provisions {
            mix(provision.id.description)
            mix(registry.works[provision.id.work]?.status == .enacted ? "enacted" : "other")
            mix(provision.chapter?.number)
            mix(provision.chapter?.title.en)
            mix(provision.chapter?.title.ru)
            for title in provision.titles {
                mix(title.text.en)
                mix(title.text.ru)
            }
        }
        return hash
    }

    /// The digest as the file writes it: sixteen lower-case hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The file's text, its lines in the order of `registry`'s provisions.
    public func rendered(order registry: Registry) -> String {
        var out = """
        # Charge names and heading clauses derived from the heading of every offence (HeadingCharges in
        # Sources/Concord/Extraction/HeadingCharges.swift) of Statutes/articles/*/*.txt and
        # Statutes/works/*.json, with the headingCharges and subjectStopwords rules of
        # Statutes/language.json. Generated by `concord check --update-generated`: do not edit.
        # The source line is a digest of those inputs; a table that does not match them is not used.

        """
        out += "source\t\(Self.hex(source))\n"
        var clausesOf: [ProvisionID: [HeadingCharges.Clause]] = [:]
        var order: [ProvisionID] = []
        for clause in clauses {
            if clausesOf[clause.id] == nil { order.append(clause.id) }
            clausesOf[clause.id, default: []].append(clause)
        }
        // Names in the registry's order; clauses in the order derived, which is the same order.
        for provision in registry.provisions {
            for name in names[provision.id] ?? [] { out += "name\t\(provision.id)\t\(name)\n" }
            for clause in clausesOf[provision.id] ?? [] {
                out += "clause\t\(provision.id)\t\(clause.texts.joined(separator: " "))\n"
                let text = Dictionary(zip(clause.stems, clause.texts), uniquingKeysWith: { first, _ in first })
                for choice in clause.choices { out += "choice\t\(provision.id)\t\(choice.compactMap { text[$0] }.joined(separator: " "))\n" }
            }
        }
        return out
    }

    /// Reads a table from its UTF-8 bytes (already validated); `file` names it in errors. The stems'
    /// keys are hashed from their texts. Works on a buffer of bytes: this runs at every start.
    static func parse(_ bytes: [UInt8], file: String) throws(ConcordError) -> DerivedChargeTable {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ConcordError) -> DerivedChargeTable in try parse(buffer, file: file) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(ConcordError) -> DerivedChargeTable {
        var source: UInt64?
        var names: [ProvisionID: [String]] = [:]
        var clauses: [HeadingCharges.Clause] = []
        var lineNumber = 0
        var k = 0
        let n = bytes.count
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count, let base = bytes.baseAddress else { return a.count == b.count }
            return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
        }
        // A provision's lines stand together: its identifier is read once, its names gathered.
        var last: (range: Range<Int>, id: ProvisionID)?
        var pendingNames: [String] = []
        func flushNames() {
            if let last, !pendingNames.isEmpty { names[last.id, default: []] += pendingNames }
            pendingNames = []
        }
        while k < n {
            lineNumber += 1
            let lineStart = k
            while k < n, bytes[k] != 0x0A { k += 1 }
            let lineEnd = k
            k += 1
            if lineStart == lineEnd || bytes[lineStart] == UInt8(ascii: "#") { continue }
            var fields: [Range<Int>] = []
            var fieldStart = lineStart
            for j in lineStart..<lineEnd where bytes[j] == 0x09 { fields.append(fieldStart..<j); fieldStart = j + 1 }
            fields.append(fieldStart..<lineEnd)
            func fail(_ message: String) -> ConcordError {
                .invalidData([Diagnostic(file: file, line: lineNumber, message: message)])
            }
            let kind = text(fields[0])
            switch kind {
            case "source":
                guard fields.count == 2, fields[1].count == 16, let value = UInt64(text(fields[1]), radix: 16) else { throw fail("a source line is 'source<TAB>' and sixteen hexadecimal digits") }
                guard source == nil else { throw fail("a second source line") }
                source = value
            case "name", "clause", "choice":
                guard fields.count == 3, !fields[2].isEmpty else { throw fail("a \(kind) line is '\(kind)<TAB><provision><TAB>\(kind == "name" ? "<pattern>" : "<stems>")'") }
                let id: ProvisionID
                if let last, equal(last.range, fields[1]) { id = last.id } else {
                    guard let parsed = ProvisionID(text(fields[1])) else { throw fail("'\(Diagnostic.oneLine(text(fields[1])))' is not a provision identifier") }
                    flushNames()
                    id = parsed
                    last = (fields[1], parsed)
                }
                if kind == "name" {
                    pendingNames.append(text(fields[2]))
                } else if kind == "choice" {
                    var stems: [UInt64] = []
                    var wordStart = fields[2].lowerBound
                    for j in fields[2].lowerBound...fields[2].upperBound where j == fields[2].upperBound || bytes[j] == 0x20 {
                        let word = wordStart..<j
                        wordStart = j + 1
                        if !word.isEmpty { stems.append(Token.fingerprint(UnsafeBufferPointer(rebasing: bytes[word])).hash) }
                    }
                    guard let clause = clauses.last, clause.id == id, stems.count >= 2,
                          zip(stems, stems.dropFirst()).allSatisfy({ $0 < $1 }), stems.allSatisfy(clause.stems.contains) else {
                        throw fail("a choice line follows its clause and holds two or more of its stems, in the order of their keys")
                    }
                    clauses[clauses.count - 1].choices.append(stems)
                } else {
                    var stems: [UInt64] = []
                    var texts: [String] = []
                    var wordStart = fields[2].lowerBound
                    for j in fields[2].lowerBound...fields[2].upperBound where j == fields[2].upperBound || bytes[j] == 0x20 {
                        let word = wordStart..<j
                        wordStart = j + 1
                        guard !word.isEmpty else { continue }
                        stems.append(Token.fingerprint(UnsafeBufferPointer(rebasing: bytes[word])).hash)
                        texts.append(text(word))
                    }
                    guard stems.count >= 2, zip(stems, stems.dropFirst()).allSatisfy({ $0 < $1 }) else {
                        throw fail("a clause holds two or more distinct stems, in the order of their keys")
                    }
                    clauses.append(HeadingCharges.Clause(id: id, stems: stems, texts: texts))
                }
            default:
                throw fail("unknown line kind '\(Diagnostic.oneLine(kind))' (known: source, name, clause, choice)")
            }
        }
        flushNames()
        guard let source else { throw .invalidData([Diagnostic(file: file, line: 0, message: "no source line")]) }
        return DerivedChargeTable(source: source, names: names, clauses: clauses)
    }
}
