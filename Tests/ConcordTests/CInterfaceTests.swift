import Foundation
import Testing
@testable import Concord

/// The C interface through the real dynamic library: README's C example compiled with the system's C
/// compiler and run.
@Suite("The C interface")
struct CInterfaceTests {
    /// The folder holding libConcordC.so (built by `swift build`, beside the tests).
    static var libraryFolder: URL? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("libConcordC.so").path) { return directory }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = Fixtures.root.appendingPathComponent(".build/debug")
        return FileManager.default.fileExists(atPath: fallback.appendingPathComponent("libConcordC.so").path) ? fallback : nil
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, o, e)
    }

    @Test("README's C example is Examples/cite.c, compiles against concord.h and runs")
    func example() throws {
        let source = try String(contentsOf: Fixtures.root.appendingPathComponent("Examples/cite.c"), encoding: .utf8)
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```c\n" + source + "```"), "README's C example differs from Examples/cite.c")
        let folder = try #require(Self.libraryFolder, "build the dynamic library first: swift build")
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("concord-cite-\(UUID().uuidString)").path
        let (built, _, errors) = try run("/usr/bin/cc", ["Examples/cite.c", "-I", "Sources/ConcordC/include", "-L", folder.path, "-lConcordC",
                                                        "-Wl,-rpath,\(folder.path)", "-o", binary])
        #expect(built == 0, "\(errors)")
        let (status, output, _) = try run(binary, [])
        #expect(status == 0)
        #expect(output == "stale: now kz.cc.2014:174\nhistory: \(output.split(separator: "\n")[1].split(separator: " ")[1]) bytes of JSON\nrefused: '1e3' is not a provision reference: '1e3...\n\(ConcordVersion.number)\n")
    }
}
