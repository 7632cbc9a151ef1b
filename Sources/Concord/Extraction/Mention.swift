/// A reference found in a text, before it is resolved in time.
public struct Mention: Sendable, Hashable {
    /// How the reference was written.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// "Article 174 of the Criminal Code", "art. 174", "ч. 2 ст. 174 УК".
        case explicit
        /// A second or later member of a list or range: the "400" of "Articles 155 and 400".
        case listMember = "list-member"
        /// A number inside a range, neither end: the "401" of "Articles 400 to 402", whose words are
        /// the whole range.
        case rangeMember = "range-member"
        /// A phrase pointing back to an article: "This new article".
        case anaphora
        /// An offence named without a number: "inciting social discord".
        case chargeName = "charge-name"
    }

    /// The instrument words found with a reference.
    public struct InstrumentCue: Sendable, Hashable {
        /// The lineage named.
        public var lineage: String
        /// The work, when the name or a qualifier picks one.
        public var work: String?
        /// "new": the newest work known on the document's date.
        public var latest = false
        /// "old", "former".
        public var previous = false
        /// "draft", "first reading".
        public var draft = false
        /// A year named with the instrument ("the 1997 Criminal Code", "adopted in 2014").
        public var year: Int?
        /// True when the words stand with the reference itself; false when taken from context.
        public var stated = true
    }

    public var kind: Kind
    /// Token range of the reference's own words.
    public var tokens: Range<Int>
    /// The article number as written (nil for a charge name).
    public var article: String?
    /// The part, when written ("Article 19(3)", "Part 2 of Article 174").
    public var part: String?
    /// The instrument, from the words around or from context.
    public var instrument: InstrumentCue?
    /// For a charge name: the provisions whose charge names match.
    public var charges: [ProvisionID] = []
    /// For an anaphora: the index (in the mention list) of the mention it points back to.
    public var antecedent: Int?
    /// For an anaphora: true when it names its antecedent as the same one ("the same charge"), which
    /// lets it reach farther back.
    public var reachesFar = false
    /// For an anaphora: true when it points to several references at once ("these articles"); it
    /// gives a citation for each.
    public var plural = false
    /// For a plural anaphora: the other mentions it points back to, after `antecedent`.
    public var otherAntecedents: [Int] = []
    /// For an anaphora: the place, counted from one, of the reference it points to among those of
    /// the sentence before ("the second of these charges").
    public var ordinal: Int?
    /// Index of the sentence it stands in.
    public var sentence: Int
    /// A year the sentence speaks of, when it names one (for charge names).
    public var sentenceYear: Int?
    /// For an article: the year of a proceeding the words around it tell ("sentenced in 2011 under
    /// article 164"), which dates the law applied.
    public var eventYear: Int?
    /// For a charge name: "administrative" or "criminal" when the words around it tell (a fine, days
    /// of arrest; prison, a criminal case), to choose between codes that name the same offence.
    public var sanction: String?
    /// For an article: the name of an act the registry does not hold, when the text names one with it.
    public var outsideInstrument: String?
    /// The words in parentheses right after the number ("(Violations of the Equality ...)"), folded.
    public var parentheticalTitle: [String] = []
    /// The words right after the reference, up to the end of its clause ("continues to criminalise
    /// libel"), folded: what the sentence says the article does.
    public var predicate: [String] = []
    /// True when the words after the number name a law but not which one ("article 26 of the law",
    /// «статью 26 закона»): an article of one of the registry's laws or of an act it does not hold.
    public var bareLaw = false
    /// For a charge name: true when it is the object of a proposed reform ("decriminalise defamation",
    /// «отмены уголовной ответственности за клевету»), which names no charge and cites no provision.
    public var reform = false
    /// True when the reference came from a weak marker ("section") and needs a stated instrument.
    public var weak = false
}
