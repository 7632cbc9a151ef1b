/// Writes `JSONValue`s deterministically: keys in the order given, numbers as written, strings
/// escaped per RFC 8259 (non-ASCII kept as UTF-8, U+2028/U+2029 escaped for JavaScript readers).
public enum JSONWriter {
    /// One line, no spaces: the form for JSON Lines.
    public static func compact(_ value: JSONValue) -> String {
        var out = [UInt8]()
        out.reserveCapacity(256)
        write(value, into: &out, pretty: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Two-space indentation, a line per member: the form for files people review.
    public static func pretty(_ value: JSONValue) -> String {
        var out = [UInt8]()
        out.reserveCapacity(4096)
        write(value, into: &out, pretty: true, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact form of `value` to a byte buffer.
    public static func appendCompact(_ value: JSONValue, to out: inout [UInt8]) {
        write(value, into: &out, pretty: false, level: 0)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], pretty: Bool, level: Int) {
        switch value {
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        case .bool(let b): out += b ? Array("true".utf8) : Array("false".utf8)
        case .number(let n): out += n.utf8
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(&out, pretty, level + 1)
                write(item, into: &out, pretty: pretty, level: level + 1)
            }
            newline(&out, pretty, level)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(&out, pretty, level + 1)
                appendString(key, to: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                write(item, into: &out, pretty: pretty, level: level + 1)
            }
            newline(&out, pretty, level)
            out.append(0x7D)
        }
    }

    @inline(__always)
    private static func newline(_ out: inout [UInt8], _ pretty: Bool, _ level: Int) {
        guard pretty else { return }
        out.append(0x0A)
        for _ in 0..<level { out.append(0x20); out.append(0x20) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal, working on its UTF-8 bytes.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                // Most bytes need no escape: one test instead of the switch.
                if b > 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
                var escape: [UInt8]? = nil
                var length = 1
                switch b {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20, 0x7F:
                    escape = [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]]
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? 0x38 : 0x39]
                    length = 3
                default:
                    break
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    out += escape
                    i += length
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
        out.append(0x22)
    }

    /// Appends `s` as a JSON string literal to a String.
    public static func writeString(_ s: String, into out: inout String) {
        var bytes = [UInt8]()
        appendString(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
