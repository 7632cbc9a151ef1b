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
        !text.isEmpty && text.first!.isLetter && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
    }

    /// True for article numbers such as `174`, `317-1`, `73-3` or `7a`.
    public static func isArticleNumber<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == "-") } && !text.hasSuffix("-")
    }

    /// Orders by work, then by article number numerically (`9` before `10`, `317` before `317-1`).
    public static func < (lhs: ProvisionID, rhs: ProvisionID) -> Bool {
        if lhs.work != rhs.work { return lhs.work < rhs.work }
        let a = articleSortKey(lhs.article), b = articleSortKey(rhs.article)
        if a != b { return a.lexicographicallyPrecedes(b) }
        return (lhs.part ?? "") < (rhs.part ?? "")
    }

    /// Numeric components of an article number, for ordering.
    /// Components longer than nine digits are cut to nine: a typed "2444444444444444444" must not overflow.
    static func articleSortKey(_ article: String) -> [Int] {
        article.split(separator: "-").map { Int($0.prefix { $0.isNumber }.prefix(9)) ?? 0 }
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
