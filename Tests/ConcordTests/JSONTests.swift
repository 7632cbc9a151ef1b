import Testing
@testable import Concord

@Suite("The positioned JSON parser and the deterministic writer")
struct JSONTests {
    func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

    @Test("syntax errors name the line and column")
    func syntaxErrorPosition() {
        #expect(throws: JSONParser.SyntaxError.self) { try parse("{\n  \"a\": 1,\n  \"b\" 2\n}") }
        do {
            _ = try parse("{\n  \"a\": 1,\n  \"b\" 2\n}")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 7)
        }
    }

    @Test("invalid UTF-8 in a string is an error at the string's start, with escapes or without")
    func invalidUTF8() {
        for body in ["ab\u{FF}c", "a\\nb\u{FF}"] {
            var bytes = Array("{\"text\": \"".utf8)
            bytes += body.unicodeScalars.map { UInt8($0.value) }
            bytes += Array("\"}".utf8)
            do {
                _ = try JSONParser.parse(bytes)
                Issue.record("invalid UTF-8 accepted")
            } catch {
                #expect(error.message == "invalid UTF-8 in a string")
                #expect(error.line == 1)
            }
        }
    }

    @Test("duplicate keys are an error, at the second key")
    func duplicateKeys() {
        do {
            _ = try parse("{\"id\": \"a\",\n\"id\": \"b\"}")
            Issue.record("duplicate key accepted")
        } catch {
            #expect(error.message.contains("duplicate key 'id'"))
            #expect(error.line == 2)
        }
    }

    @Test("nesting beyond the limit is refused, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try parse(deep)
            Issue.record("deep nesting accepted")
        } catch {
            #expect(error.message.contains("nesting deeper"))
        }
    }

    @Test("malformed input is an error", arguments: ["", "{", "[1,]", "{\"a\":}", "\"abc", "01", "1.", "tru", "{\"a\" 1}", "\"\\x\"", "[1] 2", "\"a\nb\""])
    func malformed(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try parse(text) }
    }

    @Test("strings with escapes and non-ASCII survive a write and a parse")
    func roundTrip() throws {
        let value = JSONValue.object([
            ("text", .string("«ст. 174» \"quoted\" \\ tab\t line\n \u{1} \u{2028}")),
            ("number", .number("-12.5e3")),
            ("list", .array([.null, .bool(true), .int(7)])),
        ])
        for text in [JSONWriter.compact(value), JSONWriter.pretty(value)] {
            #expect(try parse(text).value == value)
        }
        #expect(JSONWriter.compact(value).contains("\\u2028"))
    }

    @Test("keys keep their order when written")
    func keyOrder() {
        let value = JSONValue.object([("z", .int(1)), ("a", .int(2))])
        #expect(JSONWriter.compact(value) == "{\"z\":1,\"a\":2}")
    }
}
