import Concord
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every subcommand, in the order help lists them.
enum Commands {
    static let all: [any Command.Type] = [
        CiteCommand.self, CheckCommand.self, ShowCommand.self, HistoryCommand.self, BriefCommand.self,
        CasesCommand.self, ExportCommand.self, SiteCommand.self, LintCommand.self, CompletionCommand.self,
    ]

    static var usage: String { """
usage: concord <command> [options]

Concord cross-references provisions of Kazakh law and international treaties cited in reports.

commands:
\(all.map { "  " + $0.spec.name.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.spec.summary.prefix { $0 != "." } }.joined(separator: "\n"))

Run 'concord <command> --help' (or -h) for a command's options; 'concord --version' for the version.
Exit codes: 0 success, 1 bad data, input or output, 2 bad usage.

""" }
}

/// Runs one command line and gives the exit code.
func runCommandLine(_ argv: [String]) -> Int32 {
    guard let name = argv.first else { Output.standardError(Commands.usage); return 2 }
    do {
        if ["--help", "-h", "help"].contains(name) { try Output.standardOutput(Commands.usage); return 0 }
        if name == "--version" { try Output.standardOutput(Version.text()); return 0 }
        guard let command = Commands.all.first(where: { $0.spec.name == name }) else {
            Output.standardError("concord: unknown command '\(name)'\n" + Commands.usage)
            return 2
        }
        let arguments = try command.spec.parse(Array(argv.dropFirst()))
        if arguments.has("--help") { try Output.standardOutput(command.spec.help); return 0 }
        if arguments.has("--version") { try Output.standardOutput(Version.text()); return 0 }
        try command.run(arguments)
        return 0
    } catch {
        Output.standardError(error.description)
        return error.exitCode
    }
}

exit(runCommandLine(Array(CommandLine.arguments.dropFirst())))
