/// The stable identifier of a provision: `<work>:<article>` with an optional part,
/// for example `kz.cc.2014:174`, `kz.cc.1997:317-1` or `un.iccpr:19(3)`.
public struct ProvisionID: Sendable, Hashable, Comparable, Codable, LosslessStringConvertible {
    /// The work identifier, e.g. `kz.cc.2014`.
    public var work: String
    /// The article number as written in the work, e.g. `174` or `317-1`.
    public var article: String
    /// The part (paragraph) of the article, e.g. `2`, when a citation names one.
    public var part: String?

    /// Creates an identifier.
    public init(work: String, article: String, part: String? = nil) {
        self.work = work
        self.article = article
        self.part = part
    }

    /// Parses `work:article` or `work:article(part)`; nil when malformed.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        let work = String(text[..<colon])
        var rest = Substring(text[text.index(after: colon)...])
        var part: String?
        if rest.hasSuffix(")"), let open = rest.firstIndex(of: "(") {
            part = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            rest = rest[..<open]
            guard let p = part, !p.isEmpty, p.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else { return nil }
        }
        guard Self.isWorkID(work), Self.isArticleNumber(rest) else { return nil }
        self.init(work: work, article: String(rest), part: part)
    }

    /// The provision without its part.
    public var withoutPart: ProvisionID { ProvisionID(work: work, article: article) }

    /// `work:article` or `work:article(part)`.
    public var description: String {
        part.map { "\(work):\(article)(\($0))" } ?? "\(work):\(article)"
    }

    /// True for identifiers such as `kz.cc.2014-draft` or `un.iccpr`.
    public static func isWorkID<S: StringProtocol>(_ text: S) -> Bool {
        // ASCII letters first, then letters, digits, '.', '-' and '_'; read as bytes.
        func letter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        guard let first = text.utf8.first, letter(first) else { return false }
        return text.utf8.allSatisfy { letter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x5F }
    }

    /// True for article numbers such as `174`, `317-1`, `73-3` or `7a`.
    public static func isArticleNumber<S: StringProtocol>(_ text: S) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, first >= 0x30, first <= 0x39, bytes.reversed().first != 0x2D else { return false }
        // ASCII digits, letters and '-'.
        return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D }
    }

    /// Orders by work, then by article number numerically (`9` before `10`, `317` before `317-1`).
    public static func < (lhs: ProvisionID, rhs: ProvisionID) -> Bool {
        if lhs.work != rhs.work { return lhs.work < rhs.work }
        let a = articleOrder(lhs.article), b = articleOrder(rhs.article)
        if a != b { return a < b }
        return (lhs.part ?? "") < (rhs.part ?? "")
    }

    /// The article number's first three numeric components (`317-1` is 317, 1, 0, with a count of
    /// components so that `317` sorts before `317-0`), read from its bytes without allocating: the
    /// registry sorts thousands of provisions at every start.
    /// Components longer than nine digits are cut to nine: a typed "2444444444444444444" must not overflow.
    static func articleOrder(_ article: String) -> SortKey {
        var parts = (0, 0, 0)
        var index = 0, digits = 0, value = 0, inDigits = true
        func store() {
            switch index { case 0: parts.0 = value; case 1: parts.1 = value; case 2: parts.2 = value; default: break }
        }
        for byte in article.utf8 {
            if byte == 0x2D {
                store(); index += 1; value = 0; digits = 0; inDigits = true
            } else if inDigits, byte >= 0x30, byte <= 0x39 {
                if digits < 9 { value = value * 10 + Int(byte - 0x30); digits += 1 }
            } else {
                inDigits = false
            }
        }
        store()
        return SortKey(a: parts.0, b: parts.1, c: parts.2, count: index + 1)
    }

    /// An article number's place in order.
    struct SortKey: Comparable {
        var a: Int, b: Int, c: Int, count: Int
        static func < (x: SortKey, y: SortKey) -> Bool { (x.a, x.b, x.c, x.count) < (y.a, y.b, y.c, y.count) }
    }

    /// Numeric components of an article number (for distances between numbers).
    static func articleSortKey(_ article: String) -> [Int] {
        let key = articleOrder(article)
        return Array([key.a, key.b, key.c].prefix(min(key.count, 3)))
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ProvisionID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a provision identifier: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
