/// The words of citation grammar in one language, loaded from `Statutes/language.json`.
///
/// Every entry is a word pattern (see `WordPattern`): the extractor has no English or Russian
/// words of its own.
public struct LanguageRules: Sendable, Hashable, Codable {
    /// The language code, `en` or `ru`.
    public var language: String
    /// Words that introduce one article: "article", "art.", "статья", "ст.".
    public var articleMarkers: [String]
    /// Words that introduce several articles: "articles", "arts.", "статьи", "стст.".
    public var articlePluralMarkers: [String]
    /// Words that introduce an article only when the instrument is named right after ("section").
    public var weakArticleMarkers: [String]
    /// The plural of `weakArticleMarkers`.
    public var weakArticlePluralMarkers: [String]
    /// Words that introduce a part of an article: "part", "paragraph", "часть", "ч.".
    public var partMarkers: [String]
    /// Words that join list members: "and", "or", "и", "или" (a comma always does).
    public var listConnectors: [String]
    /// Words that join the ends of a range: "to", "through", "по" (a dash always does).
    public var rangeConnectors: [String]
    /// Words between an article and the instrument it belongs to: "of", "under", "in".
    public var instrumentLinkers: [String]
    /// Words that may stand between a linker and an instrument's name: "the", "Kazakhstan's".
    public var instrumentFillers: [String]
    /// Qualifiers that pick the newest work of a lineage known on the document's date: "new".
    public var latestQualifiers: [String]
    /// Qualifiers that pick the work before the newest: "old", "former", "previous".
    public var previousQualifiers: [String]
    /// Qualifiers that pick a draft: "draft", "first reading".
    public var draftQualifiers: [String]
    /// Phrases that point back to the article last cited: "this new article", "данная статья".
    public var anaphora: [String]
    /// Anaphora that name their antecedent as the same one ("the same charge", «той же статье»): they
    /// reach farther back than the others, past sentences that tell of something else.
    public var farAnaphora: [String]
    /// Anaphora that point to every reference of the last sentences that made any: "these articles", «эти статьи».
    public var pluralAnaphora: [String]
    /// Words that point back to the article last cited when a part of it follows as an ordinal:
    /// «её» in «в её первой части», "its" in "its second part".
    public var partAnaphoraLeads: [String]
    /// The ordinal words of parts, by the part's number: `"2": ["втор*", "second"]`.
    public var partOrdinals: [String: [String]]
    /// Nouns that, after an ordinal, point to a member of the list of references before: «по
    /// второму обвинению», "the first of these charges".
    public var ordinalAnaphoraNouns: [String]
    /// Words between the ordinal and the noun: «из этих», "of these".
    public var ordinalAnaphoraLinks: [String]
    /// Phrases that name an offence outside the registry and must not be read as a charge inside them
    /// ("petty hooliganism" is not "hooliganism").
    public var chargeBlockers: [String]
    /// Headings that open a section of recommendations ("Recommendations").
    public var recommendationHeadings: [String]
    /// Phrases that introduce a list of recommendations ("calls on the government of Kazakhstan to").
    public var recommendationLeads: [String]
    /// Openings of a sentence that is a recommendation ("The State should").
    public var recommendationModals: [String]
    /// Headings that end a section of recommendations ("Annexes", "Endnotes").
    public var recommendationSectionEnds: [String]
    /// The word for a recommendation, to find recommendations quoted in running text.
    public var recommendationWords: [String]
    /// The action a recommendation asks for, by name ("repeal": ["repeal*"]).
    public var recommendationActions: [String: [String]]
    /// A state's response to a recommendation ("accepted", "noted"), by name.
    public var recommendationResponses: [String: [String]]
    /// Words that assess whether a recommendation was implemented, by status.
    public var implementationStatus: [String: [String]]
    /// Words that name the forum a recommendation was made in, by forum.
    public var forums: [String: [String]]
    /// Abbreviations of acts the registry does not hold, by the act's name: "Labour Code" → «ТК».
    public var outsideActAbbreviations: [String: [String]]
    /// Treaties the registry does not hold, by name → the words that make a document their body's own
    /// (matched on its publisher, title and opening): "committee on the rights of the child", "crc / c / kaz".
    public var outsideTreatyDocuments: [String: [String]]
    /// Words that describe proceedings against someone ("sentenced", "charged"), to find case candidates.
    public var proceedingWords: [String]
    /// Capitalised words that are not parts of a person's name ("Court", "Ministry"), to find case candidates.
    public var nameStopwords: [String]
    /// Month names (1...12), for finding a date in the text when none is given.
    public var months: [[String]]
    /// Phrases that announce the period a report covers: "events of".
    public var periodMarkers: [String]
    /// Titles before a surname ("Ms Tleuzhan"): the surname alone is then a name.
    public var nameTitles: [String]
    /// Nouns that introduce an organisation's name («газета „Республика“», "the Ata Meken party").
    public var organisationWords: [String]
    /// Organisations whose names read as provisions ("Article 19", the NGO ARTICLE 19).
    public var organisationNames: [String]
    /// Words right before such a name that make it the organisation ("according to", «организации»).
    public var organisationLeads: [String]
    /// Words right after such a name (perhaps after "and" and another organisation's name) that make
    /// it the organisation: "'s", "said", "urged", «заявили».
    public var organisationFollowers: [String]
    /// Words that may stand between an article marker and its number ("Article No. 373", «статья № 174»).
    public var numberMarkers: [String]
    /// How charge names are derived from the headings of offences: `chapterWords`, `endings`,
    /// `drop`, `strongWords`, `maxWords`, `shortPrefixLetters` (see `HeadingCharges`).
    public var headingCharges: [String: [String]]
    /// Words that lead from articles of a named act to their numbers ("three articles of the Criminal
    /// Code, one of which was 174", "articles of the Code, including 174 and 274").
    public var numberLeads: [String]
    /// Words of article headings that say nothing about an article's subject ("article", "violation",
    /// "Republic"), left out when a sentence is matched against headings to choose a version.
    public var subjectStopwords: [String]
    /// Words right before a charge name that make a bare offence word a charge ("charged with libel",
    /// «осужден за клевету»); charge patterns written `?libel` count only after one of them.
    public var chargeCues: [String]
    /// Words that may stand between a charge cue and the offence: "the" in "cases of the riots".
    public var chargeDeterminers: [String]
    /// Words right after a charge name that qualify the offence and belong to its name ("theft on an
    /// especially large scale", «кража в особо крупном размере»): the name's span takes them, and a
    /// list of offences goes on after them.
    public var chargeQualifiers: [String]
    /// Words right after a bare offence word that make it a charge, as a cue before it would
    /// ("defamation remains a criminal offence", «клевета является преступлением»).
    public var postChargeCues: [String]
    /// Endings written after an article's number as an ordinal, before the article word: the "я" of
    /// «174-я статья», the "й" of «по 174-й статье».
    public var ordinalSuffixes: [String]
    /// Article words that may follow a bare number as an ordinal would («по 174 статье»): only forms
    /// that never count articles (not «статьи», which «3 статьи» counts).
    public var numberFirstMarkers: [String]
    /// Nouns that end the name of an act ("Code", "Law", «кодекс»): a named act the registry does not
    /// hold ("article 159 of the Code of Criminal Procedure") is reported as outside it, not guessed.
    public var instrumentNouns: [String]
    /// Nouns of a law ("law", «закон»): "article 26 of the law", with no law named, is an article of one
    /// of the laws, never of a code; which one the words around it tell, or none.
    public var lawNouns: [String]
    /// Words of reform ("decriminalise", «отмена»): an offence named right after one is the object of
    /// a proposed change ("decriminalise defamation"), not a charge or a provision the text cites.
    public var reformWords: [String]
    /// Words of crime and its investigation ("crimes", "criminal cases", «преступления», «расследуются»):
    /// near them, a list of short offence names ("murders, thefts, robberies") needs no charge cue.
    public var offenceContext: [String]
    /// Words after such a noun that continue the act's name ("Law on Mass Media", «Закон о СМИ»).
    public var instrumentNameLinks: [String]
    /// Names of other states after a code's name ("of the Russian Federation", «Казахской ССР», «РФ»):
    /// the act is that state's, outside the registry, not Kazakhstan's code of the same name.
    public var foreignJurisdictions: [String]
    /// Words near a charge that tell an administrative offence (a fine, days of arrest) …
    public var administrativeCues: [String]
    /// … or a criminal one (prison, a criminal case); they choose between a criminal and an
    /// administrative article that the same words name.
    public var criminalCues: [String]

    /// Creates rules with nothing in them; fill the fields you need.
    public init(language: String) {
        self.language = language
        proceedingWords = []; nameStopwords = []
        recommendationHeadings = []; recommendationLeads = []; recommendationModals = []; recommendationSectionEnds = []
        recommendationWords = []; recommendationActions = [:]; recommendationResponses = [:]; implementationStatus = [:]; forums = [:]; outsideActAbbreviations = [:]; outsideTreatyDocuments = [:]
        articleMarkers = []; articlePluralMarkers = []; weakArticleMarkers = []; weakArticlePluralMarkers = []; chargeBlockers = []; partMarkers = []; listConnectors = []
        rangeConnectors = []; instrumentLinkers = []; instrumentFillers = []; latestQualifiers = []
        previousQualifiers = []; draftQualifiers = []; anaphora = []; farAnaphora = []; pluralAnaphora = []; partAnaphoraLeads = []; partOrdinals = [:]; ordinalAnaphoraNouns = []; ordinalAnaphoraLinks = []; months = []; periodMarkers = []; subjectStopwords = []; numberMarkers = []; numberLeads = []; headingCharges = [:]; nameTitles = []; organisationWords = []
        organisationNames = []; organisationLeads = []; organisationFollowers = []
        chargeCues = []; chargeDeterminers = []; chargeQualifiers = []; postChargeCues = []; administrativeCues = []; criminalCues = []; ordinalSuffixes = []; numberFirstMarkers = []; instrumentNouns = []; instrumentNameLinks = []; lawNouns = []; reformWords = []; offenceContext = []; foreignJurisdictions = []
    }

    /// The JSON keys of the fields that hold named groups of patterns.
    nonisolated(unsafe) static let groupKeys: [(String, WritableKeyPath<LanguageRules, [String: [String]]>)] = [
        ("recommendationActions", \.recommendationActions), ("recommendationResponses", \.recommendationResponses),
        ("implementationStatus", \.implementationStatus), ("forums", \.forums), ("outsideActAbbreviations", \.outsideActAbbreviations), ("outsideTreatyDocuments", \.outsideTreatyDocuments), ("headingCharges", \.headingCharges), ("partOrdinals", \.partOrdinals),
    ]

    /// The JSON keys of the fields that hold pattern lists, in file order.
    nonisolated(unsafe) static let listKeys: [(String, WritableKeyPath<LanguageRules, [String]>)] = [
        ("articleMarkers", \.articleMarkers), ("articlePluralMarkers", \.articlePluralMarkers),
        ("weakArticleMarkers", \.weakArticleMarkers), ("weakArticlePluralMarkers", \.weakArticlePluralMarkers),
        ("partMarkers", \.partMarkers), ("listConnectors", \.listConnectors),
        ("rangeConnectors", \.rangeConnectors), ("instrumentLinkers", \.instrumentLinkers),
        ("instrumentFillers", \.instrumentFillers), ("latestQualifiers", \.latestQualifiers),
        ("previousQualifiers", \.previousQualifiers), ("draftQualifiers", \.draftQualifiers),
        ("anaphora", \.anaphora), ("farAnaphora", \.farAnaphora), ("pluralAnaphora", \.pluralAnaphora), ("partAnaphoraLeads", \.partAnaphoraLeads), ("ordinalAnaphoraNouns", \.ordinalAnaphoraNouns), ("ordinalAnaphoraLinks", \.ordinalAnaphoraLinks), ("chargeBlockers", \.chargeBlockers),
        ("recommendationHeadings", \.recommendationHeadings), ("recommendationLeads", \.recommendationLeads),
        ("recommendationModals", \.recommendationModals), ("recommendationSectionEnds", \.recommendationSectionEnds),
        ("recommendationWords", \.recommendationWords), ("proceedingWords", \.proceedingWords), ("nameStopwords", \.nameStopwords), ("periodMarkers", \.periodMarkers),
        ("subjectStopwords", \.subjectStopwords), ("numberMarkers", \.numberMarkers), ("numberLeads", \.numberLeads),
        ("nameTitles", \.nameTitles), ("organisationWords", \.organisationWords),
        ("organisationNames", \.organisationNames), ("organisationLeads", \.organisationLeads), ("organisationFollowers", \.organisationFollowers),
        ("chargeCues", \.chargeCues), ("chargeDeterminers", \.chargeDeterminers), ("chargeQualifiers", \.chargeQualifiers), ("postChargeCues", \.postChargeCues), ("administrativeCues", \.administrativeCues), ("criminalCues", \.criminalCues), ("ordinalSuffixes", \.ordinalSuffixes), ("numberFirstMarkers", \.numberFirstMarkers), ("instrumentNouns", \.instrumentNouns), ("instrumentNameLinks", \.instrumentNameLinks), ("lawNouns", \.lawNouns), ("reformWords", \.reformWords), ("offenceContext", \.offenceContext),
        ("foreignJurisdictions", \.foreignJurisdictions),
    ]
}
