import Concord

/// A command's options and positional arguments, parsed from the command line.
struct ParsedArguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// One option a command accepts.
struct OptionSpec {
    var name: String
    var valueName: String?
    var help: String
}

/// One subcommand: its name, synopsis, options, and what it does.
struct CommandSpec {
    var name: String
    var synopsis: String
    var summary: String
    var options: [OptionSpec]
    var run: (ParsedArguments) throws(ConcordError) -> Void

    static let dataOptions = [
        OptionSpec(name: "--statutes", valueName: "DIR", help: "statute data set (default: the bundled Statutes/)"),
        OptionSpec(name: "--reports", valueName: "DIR", help: "reports directory (default: the bundled Reports/)"),
    ]

    var help: String {
        var text = "usage: concord \(synopsis)\n\n\(summary)\n\noptions:\n"
        for option in options + [OptionSpec(name: "--help", valueName: nil, help: "show this help")] {
            let left = option.valueName.map { "\(option.name) \($0)" } ?? option.name
            text += "  " + left.padding(toLength: max(left.count, 22), withPad: " ", startingAt: 0) + "  " + option.help + "\n"
        }
        return text
    }

    /// Parses `arguments` (after the command name); unknown options and missing values are usage errors.
    func parse(_ arguments: [String]) throws(ConcordError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var onlyPositional = false
        while i < arguments.count {
            let argument = arguments[i]
            if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
                parsed.positional.append(argument)
                i += 1
                continue
            }
            if argument == "--" { onlyPositional = true; i += 1; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "--help" { parsed.flags.insert(name); i += 1; continue }
            guard let option = options.first(where: { $0.name == name }) else {
                throw .usage("concord \(self.name): unknown option '\(name)' (see 'concord \(self.name) --help')")
            }
            if option.valueName != nil {
                if let inlineValue {
                    parsed.values[name] = inlineValue
                } else {
                    guard i + 1 < arguments.count else { throw .usage("concord \(self.name): option '\(name)' needs a value") }
                    parsed.values[name] = arguments[i + 1]
                    i += 1
                }
            } else {
                guard inlineValue == nil else { throw .usage("concord \(self.name): option '\(name)' takes no value") }
                parsed.flags.insert(name)
            }
            i += 1
        }
        return parsed
    }
}
