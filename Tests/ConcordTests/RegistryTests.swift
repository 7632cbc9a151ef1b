import Testing
@testable import Concord

@Suite("The statute registry in time")
struct RegistryTests {
    let registry = Fixtures.registry

    @Test("the bundled data set covers the provisions the reports cite, in every version")
    func coverage() {
        for id in ["kz.cc.1997:164", "kz.cc.1997:317-1", "kz.cc.1997:19", "kz.cc.1997:129", "kz.cc.1997:334",
                   "kz.cc.2014:174", "kz.cc.2014:274", "kz.cc.2014:400", "kz.cc.2014:402", "kz.cc.2014:430",
                   "kz.cc.2014-draft:400", "kz.coao.2001:373", "kz.coao.2014:488", "kz.assembly.1995:10",
                   "kz.constitution.1995:32", "un.iccpr:19", "un.iccpr:21", "un.crpd:12", "un.opcat:4"] {
            #expect(registry.provision(Fixtures.id(id)) != nil, "\(id) missing")
        }
        for work in ["kz.cc.1997", "kz.cc.2014", "kz.cc.2014-draft", "kz.coao.2001", "kz.coao.2014", "kz.assembly.1995",
                     "kz.assembly.2020", "kz.constitution.1995", "kz.religion.2011", "kz.tradeunions.2014",
                     "un.iccpr", "un.cat", "un.opcat", "un.crpd", "un.udhr", "ilo.c087", "ilo.c098"] {
            #expect(registry.works[work] != nil, "\(work) missing")
        }
    }

    @Test("the Criminal Code in force changes on 1 January 2015")
    func workInForceAroundTheSwitch() {
        #expect(registry.workInForce(lineage: "kz.cc", on: Fixtures.day("2014-12-31"))?.id == "kz.cc.1997")
        #expect(registry.workInForce(lineage: "kz.cc", on: Fixtures.day("2015-01-01"))?.id == "kz.cc.2014")
        #expect(registry.workInForce(lineage: "kz.coao", on: Fixtures.day("2014-12-31"))?.id == "kz.coao.2001")
        #expect(registry.workInForce(lineage: "kz.coao", on: Fixtures.day("2015-01-01"))?.id == "kz.coao.2014")
        #expect(registry.workInForce(lineage: "kz.cc", on: Fixtures.day("1997-12-31")) == nil)
    }

    @Test("a draft is never in force")
    func draftNeverInForce() {
        let draft = registry.works["kz.cc.2014-draft"]!
        for date in ["2014-01-31", "2014-06-01", "2016-01-01"] { #expect(!draft.isInForce(on: Fixtures.day(date))) }
    }

    @Test("164 in kz.cc denotes 1997 art. 164 in 2012")
    func numberInForce() {
        #expect(registry.resolve(article: "164", lineage: "kz.cc", on: Fixtures.day("2012-05-01")) == .inForce(Fixtures.id("kz.cc.1997:164")))
        #expect(registry.resolve(article: "164", lineage: "kz.cc", on: Fixtures.day("2014-12-31")) == .inForce(Fixtures.id("kz.cc.1997:164")))
    }

    @Test("141-1 in kz.cc in 2019 ceased on 2014-12-31 and its successor is 2014 art. 146")
    func numberCeased() {
        guard case .ceased(let id, let lastDay, let successors, let current) = registry.resolve(article: "141-1", lineage: "kz.cc", on: Fixtures.day("2019-03-01")) else {
            Issue.record("141-1 in 2019 should have ceased"); return
        }
        #expect(id == Fixtures.id("kz.cc.1997:141-1"))
        #expect(lastDay.description == "2014-12-31")
        #expect(successors.first?.to == Fixtures.id("kz.cc.2014:146"))
        #expect(successors.first?.effective.description == "2015-01-01")
        #expect(successors.first?.evidence == .official)
        #expect(current == [Fixtures.id("kz.cc.2014:146")])
        // 164 exists in both codes: in 2019 it is the 2014 article (the laws of war).
        #expect(registry.resolve(article: "164", lineage: "kz.cc", on: Fixtures.day("2019-03-01")) == .inForce(Fixtures.id("kz.cc.2014:164")))
    }

    @Test("400 in kz.cc is not yet in force in mid-2014 (the 1997 code ends at 393)")
    func futureNumbers() {
        guard case .notYetInForce(let id, let from) = registry.resolve(article: "400", lineage: "kz.cc", on: Fixtures.day("2014-06-01")) else {
            Issue.record("400 in mid-2014 should be not yet in force"); return
        }
        #expect(id == Fixtures.id("kz.cc.2014:400"))
        #expect(from.description == "2015-01-01")
    }

    @Test("a number known only from a draft says so")
    func draftOnlyNumber() throws {
        let provenance = Provenance(verified: true, sources: [Source(url: "https://example.org", quote: "x")])
        let here = FileLocation(file: "test", line: 1)
        let works = [
            Work(id: "x.code.2014", lineage: "x.code", kind: .code, status: .enacted, title: LocalizedText(en: "Code"), inForceFrom: LegalDate("2015-01-01"),
                 names: [:], provenance: provenance, location: here),
            Work(id: "x.code.2014-draft", lineage: "x.code", kind: .code, status: .draft, title: LocalizedText(en: "Draft"), adopted: LegalDate("2014-01"),
                 names: [:], provenance: provenance, location: here),
        ]
        let enacted = Provision(id: Fixtures.id("x.code.2014:12"), provenance: provenance, location: here)
        var draft = Provision(id: Fixtures.id("x.code.2014-draft:10"), provenance: provenance, location: here)
        draft.successors = [Succession(from: draft.id, to: enacted.id, type: .draftToEnacted, effective: DateSpec(LegalDate("2014-07")!),
                                       evidence: .secondary, provenance: provenance, location: here)]
        let small = Registry(lineages: [Lineage(id: "x.code", title: LocalizedText(en: "Code"), names: [:], location: here)],
                             works: works, provisions: [enacted, draft], languages: [])
        guard case .draftOnly(let id, let successors) = small.resolve(article: "10", lineage: "x.code", on: Fixtures.day("2014-03-01")) else {
            Issue.record("10 should be known from the draft only"); return
        }
        #expect(id.work == "x.code.2014-draft")
        #expect(successors.contains { $0.type == .draftToEnacted && $0.to == enacted.id })
    }

    @Test("a repeal whose publication date is not known leaves a window in which the answer is uncertain")
    func uncertainWindow() throws {
        let record = try #require(registry.provision(Fixtures.id("kz.cc.2014:373")))
        let life = try #require(registry.life(of: record))
        // Law 23-VIII of 2023-07-12, in force ten days after its first publication.
        #expect(life.until?.earliest.description == "2023-07-22")
        #expect(registry.status(of: record, on: Fixtures.day("2023-07-01")) == .inForce)
        #expect(registry.status(of: record, on: Fixtures.day("2023-07-30")) == .uncertain)
        #expect(registry.status(of: record, on: Fixtures.day("2023-12-01")) == .ceased)
        // A date known only to the year stays a year: 317-1 of the 1997 code was added by a law of 2010-06-14.
        let article = try #require(registry.provision(Fixtures.id("kz.cc.1997:317-1")))
        let added = try #require(registry.life(of: article))
        #expect(added.from.earliest.description == "2010-06-14" && !added.from.isExact)
    }

    @Test("the heading of a day: 2014 art. 146 was «Пытки» until Law 212-VII of 2023")
    func headingOnADay() throws {
        let record = try #require(registry.provision(Fixtures.id("kz.cc.2014:146")))
        #expect(record.title(on: Fixtures.day("2016-01-01")).title?.text.ru == "Пытки")
        #expect(record.title(on: Fixtures.day("2024-01-01")).title?.text.ru?.hasPrefix("Жестокое") == true)
        #expect(record.titles.last?.act == "212-VII")
    }

    @Test("an unknown number answers with the nearest known ones")
    func unknownNumber() {
        guard case .unknown(let nearest) = registry.resolve(article: "999", lineage: "kz.cc", on: Fixtures.day("2019-01-01")) else {
            Issue.record("999 should be unknown"); return
        }
        #expect(!nearest.isEmpty)
        #expect(nearest.allSatisfy { $0.work.hasPrefix("kz.cc") })
    }

    @Test("successors and predecessors are followed transitively, with dates and evidence")
    func chains() {
        let forward = registry.successions(from: Fixtures.id("kz.cc.1997:164"))
        #expect(forward.map(\.to) == [Fixtures.id("kz.cc.2014:174")])
        #expect(forward.allSatisfy { !$0.provenance.sources.isEmpty })
        let backward = registry.predecessions(of: Fixtures.id("kz.cc.2014:174"))
        #expect(backward.map(\.from) == [Fixtures.id("kz.cc.1997:164")])
        // Two steps: 1997 art. 129 -> 2014 art. 130 -> administrative code art. 73-3.
        let libel = registry.successions(from: Fixtures.id("kz.cc.1997:129")).compactMap(\.to)
        #expect(libel.contains(Fixtures.id("kz.cc.2014:130")))
        #expect(libel.contains(Fixtures.id("kz.coao.2014:73-3")))
        #expect(registry.predecessions(of: Fixtures.id("kz.coao.2014:73-3")).map(\.from).contains(Fixtures.id("kz.cc.1997:129")))
    }

    @Test("what applies today in place of an old article follows every renumbering")
    func currentEquivalents() {
        #expect(registry.currentEquivalents(of: Fixtures.id("kz.cc.1997:164"), on: Fixtures.day("2019-01-01")) == [Fixtures.id("kz.cc.2014:174")])
        #expect(registry.currentEquivalents(of: Fixtures.id("kz.cc.1997:164"), on: Fixtures.day("2013-01-01")) == [Fixtures.id("kz.cc.1997:164")])
    }

    @Test("every fact carries a source, and the coverage summary counts verified and unverified facts")
    func provenance() {
        for work in registry.works.values { #expect(!work.provenance.sources.isEmpty) }
        for provision in registry.provisions {
            #expect(!provision.provenance.sources.isEmpty, "\(provision.id)")
            for succession in provision.successors { #expect(!succession.provenance.sources.isEmpty) }
        }
        let summary = CoverageSummary(registry: registry)
        #expect(summary.verifiedFacts > 0)
        #expect(summary.unverifiedFacts > 0)
        #expect(summary.provisions == registry.provisions.count)
    }
}

@Suite("Lenient provision queries")
struct ProvisionQueryTests {
    let registry = Fixtures.registry

    @Test("the forms people type resolve to one provision", arguments: [
        ("174", "kz.cc.2014:174"),
        ("art. 174", "kz.cc.2014:174"),
        ("Article 174(2)", "kz.cc.2014:174(2)"),
        ("cc2014 174", "kz.cc.2014:174"),
        ("CC-1997 art. 164", "kz.cc.1997:164"),
        ("ст. 174 УК", "kz.cc.2014:174"),
        ("ч. 2 ст. 174 УК РК", "kz.cc.2014:174(2)"),
        ("kz.cc.1997:317-1", "kz.cc.1997:317-1"),
        ("317-1", "kz.cc.1997:317-1"),
        ("164", "kz.cc.1997:164"),
        ("Article 488 of the Administrative Offences Code", "kz.coao.2014:488"),
        ("ICCPR 19(3)", "un.iccpr:19(3)"),
        ("draft 400", "kz.cc.2014-draft:400"),
        ("400", "kz.cc.2014:400"),
    ])
    func lenientForms(_ query: String, _ expected: String) {
        #expect(ProvisionQuery.resolve(query, in: registry) == .provision(Fixtures.id(expected)))
    }

    @Test("a bare number means the Criminal Code article reports cite, else the newest, and names the others")
    func bareNumbers() {
        // 130: both versions are cited (insult in 1997, defamation in 2014): the newest.
        #expect(ProvisionQuery.resolve("130", in: registry) == .provision(Fixtures.id("kz.cc.2014:130")))
        let alternatives = ProvisionQuery("130", registry: registry)?.alternatives(to: Fixtures.id("kz.cc.2014:130"), in: registry) ?? []
        #expect(alternatives.contains(Fixtures.id("kz.cc.1997:130")) && alternatives.contains(Fixtures.id("kz.coao.2014:130")))
        // 164: only the 1997 article (inciting discord) is one reports cite; 2014 art. 164 is on the laws of war.
        #expect(ProvisionQuery.resolve("164", in: registry) == .provision(Fixtures.id("kz.cc.1997:164")))
        // 380: no version is cited by the bundled reports: the newest.
        #expect(ProvisionQuery.resolve("380", in: registry) == .provision(Fixtures.id("kz.cc.2014:380")))
        #expect(ProvisionQuery.resolve("ст. 434 КоАП", in: registry) == .provision(Fixtures.id("kz.coao.2014:434")))
        #expect(ProvisionQuery.resolve("cc1997 164", in: registry) == .provision(Fixtures.id("kz.cc.1997:164")))
        #expect(ProvisionQuery.resolve("cc2014 164", in: registry) == .provision(Fixtures.id("kz.cc.2014:164")))
    }

    @Test("an unknown query answers with the nearest known provisions")
    func unknown() {
        guard case .unknown(let nearest) = ProvisionQuery.resolve("cc2014 999", in: registry) else { Issue.record("expected unknown"); return }
        #expect(!nearest.isEmpty)
        guard case .malformed(let message) = ProvisionQuery.resolve("no number here", in: registry) else { Issue.record("expected malformed"); return }
        #expect(message.contains("is not part of a reference") && message.contains(ProvisionQuery.forms))
    }
}
