import Foundation

/// Collects diagnostics while a file is decoded, so that every problem is reported, not just the first.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    let file: String

    init(file: String) { self.file = file }

    func report(_ line: Int, _ message: String, column: Int? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    func report(_ node: JSONNode, _ message: String) { report(node.line, message) }

    /// Reports a problem at a place in any file (the article tables span several files).
    func report(_ location: FileLocation, _ message: String) {
        diagnostics.append(Diagnostic(file: location.file, line: location.line, message: message))
    }
}

/// Reads the members of a JSON object by name, checking types, and reports unknown keys.
struct ObjectReader {
    let node: JSONNode
    let members: [JSONNode.Member]
    let sink: DiagnosticSink
    let context: String

    /// Nil (after reporting) when `node` is not an object.
    init?(_ node: JSONNode, sink: DiagnosticSink, context: String) {
        guard case .object(let members) = node.content else {
            sink.report(node, "\(context) must be an object, found \(node.typeName)")
            return nil
        }
        self.node = node
        self.members = members
        self.sink = sink
        self.context = context
    }

    var line: Int { node.line }

    /// Reports every key not in `known`, with its line.
    func rejectUnknownKeys(_ known: [String]) {
        for member in members where !known.contains(member.key) {
            sink.report(member.line, "unknown key '\(member.key)' in \(context)", column: member.column)
        }
    }

    func member(_ key: String) -> JSONNode.Member? { members.first { $0.key == key } }

    func has(_ key: String) -> Bool { member(key) != nil }

    /// A string member; reports a missing required key or a wrong type.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let m = member(key) else {
            if required { sink.report(node, "missing key '\(key)' in \(context)") }
            return nil
        }
        switch m.value.content {
        case .string(let s):
            if s.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { sink.report(m.line, "'\(key)' in \(context) is empty"); return nil }
            return s
        case .null where !required: return nil
        default:
            sink.report(m.line, "'\(key)' in \(context) must be a string, found \(m.value.typeName)")
            return nil
        }
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let m = member(key) else {
            if required { sink.report(node, "missing key '\(key)' in \(context)") }
            return nil
        }
        guard case .bool(let b) = m.value.content else {
            sink.report(m.line, "'\(key)' in \(context) must be true or false, found \(m.value.typeName)")
            return nil
        }
        return b
    }

    /// An array member's elements (empty when absent and not required).
    func array(_ key: String, required: Bool = false) -> [JSONNode] {
        guard let m = member(key) else {
            if required { sink.report(node, "missing key '\(key)' in \(context)") }
            return []
        }
        guard case .array(let items) = m.value.content else {
            sink.report(m.line, "'\(key)' in \(context) must be an array, found \(m.value.typeName)")
            return []
        }
        return items
    }

    /// An array of strings.
    func strings(_ key: String) -> [String] {
        array(key).compactMap { item in
            guard case .string(let s) = item.content, !s.isEmpty else {
                sink.report(item, "'\(key)' in \(context) must hold non-empty strings, found \(item.typeName)")
                return nil
            }
            return s
        }
    }

    /// An object member, or nil (reporting a wrong type; a missing required key; `null` is nil).
    func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let m = member(key) else {
            if required { sink.report(node, "missing key '\(key)' in \(context)") }
            return nil
        }
        if case .null = m.value.content, !required { return nil }
        return ObjectReader(m.value, sink: sink, context: "'\(key)' of \(context)")
    }

    /// A date member in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form.
    func date(_ key: String, required: Bool = false) -> LegalDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = LegalDate(text) else {
            sink.report(lineOf(key), "'\(key)' in \(context) is not a real date: '\(text)' (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return nil
        }
        return date
    }

    /// The line of a member, or of the object when the member is absent (for messages about it).
    func lineOf(_ key: String) -> Int { member(key)?.line ?? line }

    /// A date or an interval `FIRST..LAST` (each end a legal date).
    func dateSpec(_ key: String, required: Bool = false) -> DateSpec? {
        guard let text = string(key, required: required) else { return nil }
        guard let spec = DateSpec(text) else {
            sink.report(lineOf(key), "'\(key)' in \(context) is not a real date or interval: '\(text)' (use YYYY, YYYY-MM, YYYY-MM-DD or FIRST..LAST)")
            return nil
        }
        return spec
    }

    /// An object of language code to list of strings (`{"en": [...], "ru": [...]}`).
    func languageLists(_ key: String) -> [String: [String]] {
        guard let reader = object(key) else { return [:] }
        var result: [String: [String]] = [:]
        for member in reader.members {
            guard Self.languages.contains(member.key) else {
                sink.report(member.line, "unknown language '\(member.key)' in '\(key)' of \(context) (known: en, ru)")
                continue
            }
            result[member.key] = reader.strings(member.key)
        }
        return result
    }

    /// The languages data may be written in.
    static let languages = ["en", "ru"]
}
