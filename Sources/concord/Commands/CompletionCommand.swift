import Concord

/// `concord completion`: shell completion scripts, and the provision identifiers they complete.
enum CompletionCommand: Command {
    static let spec = CommandSpec(
        name: "completion", synopsis: "completion bash|zsh|fish | completion provisions [PREFIX]",
        summary: "Prints a completion script for bash, zsh or fish, covering commands, options, their values and provision identifiers. 'completion provisions PREFIX' lists the provision identifiers that begin with PREFIX (the scripts call it).",
        options: CommandSpec.dataOptions)

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        let specs = Commands.all.map { $0.spec }
        switch arguments.positional.first {
        case "bash": try Output.standardOutput(Completion.bash(specs))
        case "zsh": try Output.standardOutput(Completion.zsh(specs))
        case "fish": try Output.standardOutput(Completion.fish(specs))
        case "provisions":
            let prefix = arguments.positional.dropFirst().first ?? ""
            let registry = try loadDataSet(arguments).registry
            var out = ""
            for provision in registry.provisions where provision.id.description.hasPrefix(prefix) { out += provision.id.description + "\n" }
            try Output.standardOutput(out)
        default:
            throw .usage("concord completion: name a shell (bash, zsh or fish), or 'provisions [PREFIX]'")
        }
    }
}
