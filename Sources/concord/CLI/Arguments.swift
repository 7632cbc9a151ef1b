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
    /// The value's placeholder (`FILE`), nil for a flag.
    var valueName: String?
    var help: String
    /// The values the option takes, when they are a fixed list (for help and completion).
    var choices: [String] = []
    /// What the value is, for shell completion.
    var completes: Completes = .nothing

    /// What a shell should offer for a value.
    enum Completes { case nothing, files, directories, provisions }

    /// True when the option may be given several times, its values gathered into a list.
    var repeatable: Bool { name == "--disable" }
}

/// A command's name, synopsis, options and what its positional arguments are: everything help, the
/// parser and the completion scripts are made from.
struct CommandSpec {
    var name: String
    var synopsis: String
    var summary: String
    var options: [OptionSpec]
    /// What the positional arguments are, for shell completion.
    var positional: OptionSpec.Completes = .nothing

    static let dataOptions = [
        OptionSpec(name: "--statutes", valueName: "DIR", help: "statute data set (default: the bundled Statutes/)", completes: .directories),
        OptionSpec(name: "--reports", valueName: "DIR", help: "reports directory (default: the bundled Reports/)", completes: .directories),
    ]

    /// The options every command has besides its own.
    static let common = [
        OptionSpec(name: "--help", valueName: nil, help: "show this help (also -h)"),
        OptionSpec(name: "--version", valueName: nil, help: "print the version and the registry's data version"),
    ]

    var help: String {
        var text = "usage: concord \(synopsis)\n\n\(summary)\n\noptions:\n"
        for option in options + Self.common {
            var left = option.valueName.map { "\(option.name) \($0)" } ?? option.name
            if option.name == "--help" { left = "-h, --help" }
            let choices = option.choices.isEmpty ? "" : " (values: \(option.choices.joined(separator: ", ")))"
            text += "  " + left.padding(toLength: max(left.count, 22), withPad: " ", startingAt: 0) + "  " + option.help + choices + "\n"
        }
        return text
    }

    /// Parses `arguments` (after the command name). `-h`/`--help` and `--version` are requests, not
    /// errors; unknown options, missing values and values outside a fixed list are usage errors.
    func parse(_ arguments: [String]) throws(ConcordError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var onlyPositional = false
        while i < arguments.count {
            let argument = arguments[i]
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                parsed.positional.append(argument)
                i += 1
                continue
            }
            if argument == "--" { onlyPositional = true; i += 1; continue }
            if argument == "-h" || argument == "--help" { parsed.flags.insert("--help"); i += 1; continue }
            if argument == "--version" { parsed.flags.insert("--version"); i += 1; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                let hint = argument.dropFirst().first?.isNumber == true ? "; to name something that starts with '-', put '--' before it" : ""
                throw .usage("concord \(self.name): unknown option '\(name)' (see 'concord \(self.name) --help')\(hint)")
            }
            if option.valueName != nil {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard i + 1 < arguments.count else { throw .usage("concord \(self.name): option '\(name)' needs a value") }
                    value = arguments[i + 1]
                    i += 1
                }
                if !option.choices.isEmpty && !option.choices.contains(value) {
                    throw .usage("concord \(self.name): \(name) must be \(option.choices.joined(separator: ", ")); found '\(value)'")
                }
                if let earlier = parsed.values[name] {
                    // An option that takes a list (--disable) gathers its values; any other given twice is an error.
                    guard option.repeatable else { throw .usage("concord \(self.name): option '\(name)' is given twice") }
                    parsed.values[name] = earlier + "," + value
                } else {
                    parsed.values[name] = value
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

/// A subcommand of `concord`: its spec and what it does.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments) throws(ConcordError)
}
