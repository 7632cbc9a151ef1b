/// A parsed JSON value with its position in the source text, for precise error messages.
public struct JSONNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One member of an object: its key, where the key stood, and its value.
    public struct Member: Sendable {
        public var key: String
        public var line: Int
        public var column: Int
        public var value: JSONNode
    }

    public var content: Content
    /// 1-based line of the value's first character.
    public var line: Int
    /// 1-based column (in characters) of the value's first character.
    public var column: Int

    /// A short name of the value's JSON type, for messages.
    public var typeName: String {
        switch content {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The node without positions.
    public var value: JSONValue {
        switch content {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.value))
        case .object(let members): return .object(members.map { ($0.key, $0.value.value) })
        }
    }
}
