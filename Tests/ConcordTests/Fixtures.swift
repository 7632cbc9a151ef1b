import Foundation
@testable import Concord

/// Paths and shared, loaded-once data for the tests.
enum Fixtures {
    /// The repository root, found from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let statutes = root.appendingPathComponent("Statutes")
    static let reports = root.appendingPathComponent("Reports")
    static let gold = root.appendingPathComponent("Tests/Gold")

    /// The bundled data set, loaded through full validation.
    static let dataSet: DataSet = {
        do { return try DataSet.load(statutes: statutes, reports: reports) } catch { fatalError("bundled data set does not load: \(error)") }
    }()

    static var registry: Registry { dataSet.registry }

    static let citer = Citer(registry: dataSet.registry)

    /// Cites a text given in the test, with an optional date.
    static func cite(_ text: String, date: String? = nil, language: String? = nil) -> [Citation] {
        let document = Document(path: "test.txt", text: text, metadata: FrontMatter(date: date.flatMap(LegalDate.init), language: language))
        return citer.cite(document).citations
    }

    static func day(_ text: String) -> Day { LegalDate(text)!.first }

    static func id(_ text: String) -> ProvisionID { ProvisionID(text)! }

    /// A fresh copy of the bundled statutes in a temporary directory, for tests that break it.
    static func statutesCopy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: statutes, to: directory)
        return directory
    }
}
