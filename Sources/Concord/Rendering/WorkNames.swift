/// How Concord names instruments and their articles in prose, the same way in every output:
/// "the Criminal Code of the Republic of Kazakhstan (2014)", "the draft Criminal Code of the Republic
/// of Kazakhstan (first reading, January 2014)", "the decree-law “On the procedure …” (1995)".
extension Work {
    /// The work named in running text, with its article ("the ...").
    public var proseName: String {
        var title = self.title.en ?? id
        if status == .draft {
            if title.hasPrefix("Draft ") { title.removeFirst("Draft ".count) }
            return "the draft \(title)"
        }
        // Laws are titled by their subject ("On Trade Unions"): name them as a law.
        if title.hasPrefix("On ") {
            let kindName = kind == .decreeLaw ? "decree-law" : "Law"
            title = "\(kindName) “\(title)”"
        }
        let year = adopted.map { " (\($0.year))" } ?? ""
        // A treaty's title often carries its year already ("Convention, 1948 (No. 87)").
        if kind == .treaty, let adopted, title.contains(String(adopted.year)) { return "the \(title)" }
        return "the \(title)\(year)"
    }

    /// The work named in a table cell, without the article: "Criminal Code of the Republic of Kazakhstan (2014)".
    public var shortName: String {
        let name = proseName
        return name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }
}

extension Registry {
    /// "article 174 of the Criminal Code of the Republic of Kazakhstan (2014)".
    public func articleName(_ id: ProvisionID) -> String {
        guard let work = works[id.work] else { return "article \(id.article) of \(id.work)" }
        return "article \(id.article) of \(work.proseName)"
    }
}

/// "1 case", "3 cases"; "1 report cites", "2 reports cite".
func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
}

/// The first letter in upper case.
func capitalisedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}
