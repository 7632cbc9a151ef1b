import Concord
import Foundation

/// `concord site`: a static, browsable site of the whole data set.
enum SiteCommand: Command {
    static let spec = CommandSpec(
        name: "site", synopsis: "site --out DIR [--generated DATE]",
        summary: "A static site of the whole data set: an index, every article of every code by chapter with its chain through time, a page per provision lineage (the briefing), a page per report with its citations marked in the text, a page per case. Relative links only and no scripts: open DIR/index.html from disk or put DIR on any static host. DIR is written whole or not at all.",
        options: [
            OptionSpec(name: "--out", valueName: "DIR", help: "the folder to write (new, empty, or a site Concord wrote before, which is replaced)", completes: .directories),
            OptionSpec(name: "--generated", valueName: "DATE", help: "the date printed as the date of generation (default: SOURCE_DATE_EPOCH, else today)"),
        ] + CommandSpec.dataOptions)

    /// The file that marks a folder as a site Concord wrote, so that it may be replaced.
    static let marker = ".concord-site"

    static func run(_ arguments: ParsedArguments) throws(ConcordError) {
        guard let out = arguments.value("--out") else { throw .usage("concord site: give --out DIR, the folder to write the site into") }
        let generated = try generationDate(arguments)
        try checkDestination(out)
        let progress = Progress("site")
        progress.update("reading the reports")
        let corpus = try Corpus.build(try loadDataSet(arguments))
        let files = Site(corpus: corpus, generated: generated).files { done, total in progress.update("\(done) of \(total) pages") }
        progress.update("writing \(files.count) files")
        try SiteFolder.write(files.map { ($0.path, $0.text) } + [(marker, "A site written by concord site; concord site --out may replace this folder.\n")], to: out)
        progress.finish()
    }

    /// The destination must be new, an empty folder, or a site written before.
    static func checkDestination(_ out: String) throws(ConcordError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .cannotWrite(Diagnostic(file: out, line: 0, message: "cannot write the site: it is a file, not a folder")) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        guard entries.isEmpty || entries.contains(marker) else {
            throw .cannotWrite(Diagnostic(file: out, line: 0, message: "cannot write the site: the folder holds other files (give a new or empty folder, or one concord site wrote)"))
        }
    }
}

/// Writes a folder of files whole or not at all: into a temporary sibling folder first, which then
/// takes the destination's place.
enum SiteFolder {
    static func write(_ files: [(path: String, text: String)], to out: String) throws(ConcordError) {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: out)
        let parent = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(Diagnostic(file: out, line: 0, message: "cannot write: no such folder '\(parent)'"))
        }
        let temporary = parent + "/." + url.lastPathComponent + ".concord-\(getpid()).tmp"
        func fail(_ path: String, _ message: String) -> ConcordError {
            try? fm.removeItem(atPath: temporary)
            return .cannotWrite(Diagnostic(file: path, line: 0, message: message))
        }
        do { try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false) } catch {
            throw fail(out, "cannot write: the folder '\(parent)' may not be written")
        }
        for file in files {
            let path = temporary + "/" + file.path
            let folder = (path as NSString).deletingLastPathComponent
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch { throw fail(out + "/" + file.path, "cannot create its folder") }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { throw fail(out + "/" + file.path, "cannot write: \(Output.reason(errno))") }
            do { try Output.write(Array(file.text.utf8), to: descriptor, name: out + "/" + file.path) } catch {
                close(descriptor)
                try? fm.removeItem(atPath: temporary)
                throw error
            }
            guard close(descriptor) == 0 else { throw fail(out + "/" + file.path, "cannot write: \(Output.reason(errno))") }
        }
        // Replace a previous site: move it aside, move the new one in, then remove the old one.
        let old = parent + "/." + url.lastPathComponent + ".concord-\(getpid()).old"
        let existed = fm.fileExists(atPath: out)
        if existed, rename(out, old) != 0 { throw fail(out, "cannot replace the folder: \(Output.reason(errno))") }
        if rename(temporary, out) != 0 {
            let code = errno
            if existed { _ = rename(old, out) }
            throw fail(out, "cannot write: \(Output.reason(code))")
        }
        if existed { try? fm.removeItem(atPath: old) }
    }
}
