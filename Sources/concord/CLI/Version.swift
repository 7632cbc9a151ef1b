import Concord

/// `concord --version`: the program's version and the dates of the source texts the registry uses.
enum Version {
    static let number = "\(ConcordVersion.number)"

    static func text() -> String {
        var out = "concord \(number)\n"
        guard let dataSet = try? DataSet.load() else { return out + "registry: the bundled data set was not found or is invalid (run 'concord check')\n" }
        out += "registry data (newest version of the official text used, per work):\n"
        for (work, date) in dataSet.registry.dataVersions() { out += "  \(work): \(date)\n" }
        return out
    }
}
