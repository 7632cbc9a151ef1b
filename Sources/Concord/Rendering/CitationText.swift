/// Plain-text renderings of citation reports: a line per citation, or the annotated document.
public enum CitationText {
    /// `path:line:column: kind "text" -> resolution [flags]`, one line per citation.
    public static func lines(_ report: CitationReport, original: String) -> String {
        var out = ""
        let positions = LineIndex(original).positions(of: report.citations.map(\.start))
        for (c, (line, column)) in zip(report.citations, positions) {
            out += "\(report.document.path):\(line):\(column): \(c.kind.rawValue) “\(oneLine(c.text))” → \(summary(c))\n"
        }
        for warning in report.warnings { out += "warning: \(warning)\n" }
        return out
    }

    /// The document's text with each citation marked `⟦…⟧` and its resolution beside it `⟨…⟩`.
    public static func annotated(_ report: CitationReport, original: String) -> String {
        let bytes = Array(original.utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + report.citations.count * 48)
        var position = 0
        for c in report.citations where c.start >= position {
            out += bytes[position..<c.start]
            out += Array("⟦".utf8) + bytes[c.start..<c.end] + Array("⟧⟨\(summary(c))⟩".utf8)
            position = c.end
        }
        out += bytes[position...]
        var text = String(decoding: out, as: UTF8.self)
        for warning in report.warnings { text += "\n⟨warning: \(warning)⟩" }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// "kz.cc.1997:164 → now kz.cc.2014:174 [stale]".
    static func summary(_ c: Citation) -> String {
        var text: String
        if let cited = c.resolved?.cited {
            text = cited.description
            let inForce = c.resolved?.inForce ?? []
            if inForce.isEmpty { text += " (nothing in force on the date)" }
            else if inForce != [cited] { text += " → now " + inForce.map(\.description).joined(separator: ", ") }
        } else {
            text = "unresolved"
        }
        if let suggestion = c.resolved?.suggestion { text += "; perhaps \(suggestion)" }
        if !c.flags.isEmpty { text += " [" + c.flags.map(\.rawValue).joined(separator: ", ") + "]" }
        if c.resolved?.verified == false { text += " (rests on unverified registry facts)" }
        if let note = c.resolved?.note { text += " — \(note)" }
        return text
    }

    static func oneLine(_ text: String) -> String {
        Citer.collapseSpaces(ArraySlice(text.utf8))
    }
}

