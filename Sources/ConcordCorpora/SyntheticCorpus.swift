import Concord

/// Deterministic inputs for the benchmark and the tests: corpora of realistic text with citations in English and
/// Russian, and adversarial inputs. The same seed gives the same bytes on every machine.
public struct SyntheticCorpus: Sendable {
    /// A small, fast, seeded generator (xorshift64*), so corpora are reproducible.
    public struct Random: Sendable {
        public var state: UInt64
        public init(state: UInt64) { self.state = state }
        public mutating func next() -> UInt64 {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return state &* 2685821657736338717
        }
        public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        public mutating func chance(_ percent: Int) -> Bool { Int(next() % 100) < percent }
    }

    /// A report's body and its front matter's date and language.
    struct Report: Sendable {
        let body: String
        let date: String?
        let language: String
    }

    let reports: [Report]

    /// A generator that mixes the bodies of `reports` into its corpora.
    public init(reports: [Document]) {
        self.reports = reports.map { doc in
            Report(body: String(decoding: Array(doc.text.utf8)[doc.bodyStart...], as: UTF8.self),
                   date: doc.metadata.date?.description, language: doc.metadata.language ?? "en")
        }
    }

    /// About `bytes` bytes of the reports' bodies alone, repeated in turn as JSON Lines with their own
    /// dates and languages: text as reports are written, about one citation per kilobyte.
    public func reportLines(bytes target: Int) -> (text: [UInt8], documents: Int) {
        var out = [UInt8]()
        out.reserveCapacity(target + 100_000)
        var n = 0
        while out.count < target {
            let report = reports[n % reports.count]
            n += 1
            var members: [(String, JSONValue)] = [("id", .string("report-\(n)"))]
            if let date = report.date { members.append(("date", .string(date))) }
            members += [("language", .string(report.language)), ("text", .string(report.body))]
            JSONWriter.appendCompact(.object(members), to: &out)
            out.append(0x0A)
        }
        return (out, n)
    }

    static let englishFiller = [
        "Authorities continued to restrict peaceful assembly and detained several activists in the capital.",
        "Independent journalists reported pressure from local officials after publishing critical articles.",
        "The government announced reforms but civil society groups said little had changed in practice.",
        "Trade unions remained unable to register independently, and strikes were declared illegal by courts.",
        "Police broke up a small protest and fined the organisers the following day.",
        "Human rights defenders faced surveillance, travel bans and administrative fines during the year.",
        "A court in Almaty upheld the decision on appeal despite procedural violations raised by the defence.",
    ]
    static let englishCitations = [
        "He was sentenced under Article 174 of the Criminal Code for social media posts.",
        "The activist was charged with disseminating false information in March 2018.",
        "Article 400 of the Criminal Code and Article 488 of the Administrative Offences Code restrict assemblies.",
        "Authorities misused the charge of inciting social discord against critics.",
        "Kazakhstan should repeal Article 274 and amend Article 174 of the Criminal Code.",
        "Articles 182, 258 and 405 of the Criminal Code were cited in the indictment.",
        "The provision violates Article 19(3) of the ICCPR and Article 21 of the International Covenant on Civil and Political Rights.",
    ]
    static let russianFiller = [
        "Власти продолжали ограничивать свободу мирных собраний и задерживали активистов.",
        "Независимые журналисты сообщали о давлении со стороны местных чиновников.",
        "Суд оставил решение без изменения, несмотря на нарушения процедуры.",
        "Профсоюзы по-прежнему не могли зарегистрироваться самостоятельно.",
    ]
    static let russianCitations = [
        "Активист осужден по ч. 2 ст. 174 УК РК за публикации в социальных сетях.",
        "Журналиста обвинили в распространении заведомо ложной информации по статье 274 УК.",
        "Участников оштрафовали по статье 488 КоАП.",
        "Применялись статьи 400 и 402 УК.",
    ]

    /// One synthetic document of about `bytes` bytes (English or Russian), for tests.
    public func document(bytes: Int, seed: UInt64) -> (text: String, language: String) {
        var random = Random(state: seed | 1)
        let russian = random.chance(20)
        var text = ""
        while text.utf8.count < bytes {
            let citing = random.chance(35)
            text += russian ? random.pick(citing ? Self.russianCitations : Self.russianFiller) : random.pick(citing ? Self.englishCitations : Self.englishFiller)
            text += random.chance(15) ? "\n\n" : " "
        }
        return (text, russian ? "ru" : "en")
    }

    /// About `bytes` bytes of documents as JSON Lines: report bodies and synthetic documents of
    /// about 20 KB, about one citation per 600 bytes, a fifth of them in Russian.
    public func jsonLines(bytes target: Int, seed: UInt64) -> (text: [UInt8], documents: Int) {
        var random = Random(state: seed | 1)
        var out = [UInt8]()
        out.reserveCapacity(target + 100_000)
        var n = 0
        // Dates the sentences fit: they cite the 2014 codes, in force from 2015.
        let dates = ["2015-05", "2016-03", "2016", "2018-11", "2019-03", "2021"]
        while out.count < target {
            n += 1
            var text: String
            var language = "en"
            if n % 7 == 0 {
                text = reports[n % reports.count].body
            } else {
                let russian = random.chance(20)
                language = russian ? "ru" : "en"
                text = ""
                while text.utf8.count < 20_000 {
                    let citing = random.chance(35)
                    let sentence = russian ? random.pick(citing ? Self.russianCitations : Self.russianFiller) : random.pick(citing ? Self.englishCitations : Self.englishFiller)
                    text += sentence
                    text += random.chance(15) ? "\n\n" : " "
                }
            }
            let line = JSONValue.object([("id", .string("doc-\(n)")), ("date", .string(random.pick(dates))), ("language", .string(language)), ("text", .string(text))])
            JSONWriter.appendCompact(line, to: &out)
            out.append(0x0A)
        }
        return (out, n)
    }

    /// 1,000,000 repetitions of "Article ".
    public static func repeatedMarker() -> String { String(repeating: "Article ", count: 1_000_000) }

    /// "Articles 1, 2, 3, ... 200000 and 200001 of the Criminal Code".
    public static func longList() -> String {
        var text = "Articles "
        for k in 1...200_000 { text += "\(k), " }
        text += "and 200001 of the Criminal Code."
        return text
    }

    /// About 50 MB on a single line: sentences with citations and no line break.
    public func singleLine(bytes target: Int, seed: UInt64) -> String {
        var random = Random(state: seed | 1)
        var text = ""
        text.reserveCapacity(target + 200)
        while text.utf8.count < target {
            text += random.pick(random.chance(30) ? Self.englishCitations : Self.englishFiller)
            text += " "
        }
        return text
    }
}
