import Foundation
import Testing
@testable import Concord

@Suite("The static site")
struct SiteTests {
    static let files: [Site.File] = Site(corpus: CorpusFixture.corpus, generated: LegalDate("2026-12-01")!).files()
    static let byPath: [String: String] = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })

    /// Every href of an HTML page.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// `relative` seen from the folder `folder`, both within the site: "codes" + "../index.html" is "index.html".
    static func normalised(_ folder: String, _ relative: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/").map(String.init) {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    @Test("a page for the index, every work, every lineage, every report and every case")
    func pages() {
        let corpus = CorpusFixture.corpus
        #expect(Self.byPath["index.html"] != nil)
        for work in corpus.registry.works.keys { #expect(Self.byPath["codes/\(SiteMap.slug(work)).html"] != nil, "\(work)") }
        for name in ["amnesty-2019-upr-submission.txt", "hrw-2014-upr-submission.txt"] { #expect(Self.byPath["reports/\(SiteMap.slug(name)).html"] != nil) }
        for legalCase in corpus.cases { #expect(Self.byPath["cases/\(legalCase.id).html"] != nil) }
        // 164 and 174 share one lineage page; every provision has a lineage page.
        let map = SiteMap(corpus: corpus)
        #expect(map.path(of: Fixtures.id("kz.cc.2014:174")) == "provisions/kz-cc-1997-164.html")
        for provision in corpus.registry.provisions { #expect(map.path(of: provision.id).flatMap { Self.byPath[$0] } != nil, "\(provision.id)") }
    }

    @Test("every link is http(s) or relative to a page of the site, and lands on an anchor it names")
    func linksResolve() {
        for file in Self.files {
            let folder = (file.path as NSString).deletingLastPathComponent
            #expect(!file.text.contains("<script"), "\(file.path)")
            for href in Self.links(file.text) where !href.hasPrefix("https://") && !href.hasPrefix("http://") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                #expect(!href.hasPrefix("/") && !parts[0].contains(":"), "\(file.path): \(href)")
                let target = parts[0].isEmpty ? file.path : Self.normalised(folder, parts[0])
                guard let page = Self.byPath[target] else { Issue.record("\(file.path): \(href) leads nowhere"); continue }
                if parts.count > 1 { #expect(page.contains("id=\"\(parts[1])\""), "\(file.path): \(href)") }
            }
        }
    }

    @Test("a report page marks each citation in the text, linked to its lineage, flagged where it is a problem")
    func reportPage() throws {
        let page = try #require(Self.byPath["reports/amnesty-2019-upr-submission-txt.html"])
        let analysis = try #require(CorpusFixture.corpus.analysis(ofReport: "amnesty-2019-upr-submission.txt"))
        #expect(page.components(separatedBy: "<mark class=\"citation").count - 1 == analysis.report.citations.count)
        #expect(page.contains("<mark class=\"citation flagged\" title=\"read as kz.cc.1997:164; in force on its date: kz.cc.2014:174; stale\"><a href=\"../provisions/kz-cc-1997-164.html\">Article 164</a></mark>"))
    }

    @Test("a code page lists its articles by chapter with their chains through time")
    func codePage() throws {
        let page = try #require(Self.byPath["codes/kz-cc-2014.html"])
        #expect(page.contains("<h2>"))
        #expect(page.contains("<a href=\"../provisions/kz-cc-1997-164.html\">kz.cc.1997:164</a> → <a href=\"../provisions/kz-cc-1997-164.html\">kz.cc.2014:174</a>"))
        let rows = page.components(separatedBy: "<tr>").count - 1
        let tables = page.components(separatedBy: "<table>").count - 1
        #expect(rows - tables == CorpusFixture.corpus.registry.provisions(inWork: "kz.cc.2014").count)
    }

    @Test("concord site writes a folder whole, replaces its own earlier site, and refuses a folder of other files")
    func command() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("concord-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site").path
        let first = try Concord.run(["site", "--out", out, "--generated", "2026-12-01"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        let again = try Concord.run(["site", "--out", out, "--generated", "2026-12-01"])
        #expect(again.status == 0, "\(again.stderr)")
        let other = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "mine".write(to: other.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        let refused = try Concord.run(["site", "--out", other.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the folder holds other files") && refused.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["mine.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["notes", "site"], "no temporary folder left")
    }
}
