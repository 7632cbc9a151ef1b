/// Charge names whose cue follows them: "defamation remains a criminal offence", «клевета является
/// преступлением».
extension ReferenceFinder {
    /// The most tokens an aside between a name and its cue may hold ("defamation – both in terms of
    /// libel and slander – is still a punishable offense").
    static let postCueAsideTokens = 12

    /// A bare offence word of the registry's curated names ("libel", «клевета»; never a name derived
    /// from a heading, which matches too many ordinary phrases) followed by a cue of `postChargeCues`,
    /// perhaps after an aside in dashes or parentheses that opens right after the name.
    func postCuedCharge(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> (end: Int, value: [ProvisionID])? {
        guard !grammar.postChargeCues.isEmpty, let name = grammar.weakCharges.longestMatch(tokens, at: i),
              name.end < sentence.upperBound else { return nil }
        var k = name.end
        if let close = Self.asideClose(for: tokens[k].folded) {
            let limit = min(sentence.upperBound, k + 1 + Self.postCueAsideTokens)
            var j = k + 1
            while j < limit, tokens[j].folded != close { j += 1 }
            guard j < limit else { return nil }
            k = j + 1
        }
        guard k < sentence.upperBound, let cue = grammar.postChargeCues.longestMatch(tokens, at: k),
              cue.end <= sentence.upperBound else { return nil }
        return name
    }

    /// The mark that closes an aside opened by `mark`, if it opens one.
    static func asideClose(for mark: String) -> String? {
        switch mark {
        case "–", "—": return mark
        case "(": return ")"
        default: return nil
        }
    }
}
