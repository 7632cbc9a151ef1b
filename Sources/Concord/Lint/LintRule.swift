/// A rule `concord lint` checks citations against: what a careful editor fixes before a report is
/// published. Each rule has a stable name (for `--disable` and for code-scanning tools) and a severity.
public enum LintRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// A number no longer in force on the report's date, whose successor is known.
    case staleNumber = "stale-number"
    /// A draft's number whose enacted numbering differs.
    case draftNumber = "draft-number"
    /// The article exists, but the text gives it another article's subject.
    case dubiousArticle = "dubious-article"
    /// The instrument is named, but it has no such article.
    case unknownArticle = "unknown-article"
    /// No instrument can be determined for the number.
    case noInstrument = "no-instrument"
    /// A charge named with a version of its code that is not the one in force on the date.
    case chargeCode = "charge-code"
    /// The report's date falls inside the window in which the provision came into force or ceased.
    case uncertainVersion = "uncertain-version"
    /// The report has no date, so no version can be chosen by date.
    case noDate = "no-date"

    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    public var severity: Severity {
        switch self {
        case .staleNumber, .draftNumber, .unknownArticle: return .error
        case .dubiousArticle, .noInstrument, .chargeCode, .uncertainVersion, .noDate: return .warning
        }
    }

    /// One sentence on what the rule checks, for help, README and code-scanning tools.
    public var summary: String {
        switch self {
        case .staleNumber: return "a number that was no longer in force on the report's date, whose successor is known"
        case .draftNumber: return "a draft's number whose enacted numbering differs"
        case .dubiousArticle: return "an article that exists, cited for another article's subject"
        case .unknownArticle: return "an article the instrument named does not have"
        case .noInstrument: return "a number whose instrument cannot be determined from the text"
        case .chargeCode: return "a charge named with a version of its code not in force on the report's date"
        case .uncertainVersion: return "a citation dated inside the window in which its provision came into force or ceased"
        case .noDate: return "a report without a date, so that no version can be chosen by date"
        }
    }
}

/// One thing `concord lint` reports: where, which rule, what is wrong and how to fix it.
public struct LintFinding: Sendable, Hashable, Codable {
    public var file: String
    /// 1-based line and column (in characters) of the citation.
    public var line: Int
    public var column: Int
    /// UTF-8 byte offsets of the citation in the file.
    public var start: Int
    public var end: Int
    public var rule: LintRule
    public var severity: LintRule.Severity
    public var message: String
    /// The fix, when one can be given ("cite kz.cc.2014:174 instead").
    public var fix: String?
}
