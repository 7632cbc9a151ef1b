import Concord
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's results go: standard output, or a file written whole and only when complete.
/// Every write is checked; a failed write (a full disk, a reader that went away) is one error line
/// and exit 1, never a trap.
enum Output {
    /// Writes bytes to a file descriptor, retrying short writes; throws with the system's reason.
    static func write(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(ConcordError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Glibc)
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
                #else
                return Darwin.write(descriptor, base + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(Diagnostic(file: name, line: 0, message: "cannot write: \(reason(errno))"))
            }
            offset += written
        }
    }

    /// Writes text to standard output.
    static func standardOutput(_ text: String) throws(ConcordError) {
        try write(Array(text.utf8), to: 1, name: "standard output")
    }

    /// Writes bytes to standard output.
    static func standardOutput(_ bytes: [UInt8]) throws(ConcordError) {
        try write(bytes, to: 1, name: "standard output")
    }

    /// Writes a line to standard error; failures there have nowhere to be reported and are dropped.
    static func standardError(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        try? write(Array(line.utf8), to: 2, name: "standard error")
    }

    /// The system's reason for an error number, in words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EPIPE: return "the reader closed the pipe (broken pipe)"
        case ENOSPC: return "no space left on the device"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such folder"
        case EISDIR: return "is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EROFS: return "read-only file system"
        case EDQUOT: return "disk quota exceeded"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// Files a command creates: each written to a temporary file in the same folder and renamed into
/// place only when every file is complete, so that a failure leaves nothing partial behind.
struct FileSet {
    private var files: [(path: String, bytes: [UInt8])] = []

    /// Adds a file to write.
    mutating func add(_ path: String, _ text: String) { files.append((path, Array(text.utf8))) }

    /// Writes every file, or none: checks every destination first, writes temporaries, then renames.
    func commit() throws(ConcordError) {
        for file in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .cannotWrite(Diagnostic(file: file.path, line: 0, message: "cannot write: a folder of that name is in the way"))
            }
            let folder = (file.path as NSString).deletingLastPathComponent
            let parent = folder.isEmpty ? "." : folder
            if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
                throw .cannotWrite(Diagnostic(file: file.path, line: 0, message: "cannot write: no such folder '\(parent)'"))
            }
            if !isDirectory.boolValue {
                throw .cannotWrite(Diagnostic(file: file.path, line: 0, message: "cannot write: '\(parent)' is not a folder"))
            }
        }
        var temporaries: [(String, String)] = []
        func cleanUp() { for (temporary, _) in temporaries { unlink(temporary) } }
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            let name = (file.path as NSString).lastPathComponent
            let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).concord-\(getpid())-\(temporaries.count).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                cleanUp()
                throw .cannotWrite(Diagnostic(file: file.path, line: 0, message: "cannot write: \(Output.reason(code))"))
            }
            temporaries.append((temporary, file.path))
            do {
                try Output.write(file.bytes, to: descriptor, name: file.path)
            } catch {
                close(descriptor)
                cleanUp()
                throw error
            }
            if close(descriptor) != 0 {
                let code = errno
                cleanUp()
                throw .cannotWrite(Diagnostic(file: file.path, line: 0, message: "cannot write: \(Output.reason(code))"))
            }
        }
        for (index, (temporary, path)) in temporaries.enumerated() where rename(temporary, path) != 0 {
            let code = errno
            for (rest, _) in temporaries[index...] { unlink(rest) }
            throw .cannotWrite(Diagnostic(file: path, line: 0, message: "cannot write: \(Output.reason(code))"))
        }
    }
}

/// Progress on standard error for long work, only when standard error is a terminal.
final class Progress {
    private let enabled: Bool
    private let label: String
    private var last = Date.distantPast

    /// Progress lines labelled with the command's name; silent unless standard error is a terminal.
    init(_ label: String) {
        self.label = label
        enabled = isatty(2) == 1
    }

    /// Shows a status, at most a few times a second.
    func update(_ status: @autoclosure () -> String) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.2 else { return }
        last = now
        let line = "\r\u{1B}[K\(label): \(status())".replacingOccurrences(of: "\n", with: " ")
        try? Output.write(Array(line.utf8), to: 2, name: "standard error")
    }

    /// Clears the status line.
    func finish() {
        guard enabled else { return }
        try? Output.write(Array("\r\u{1B}[K".utf8), to: 2, name: "standard error")
    }
}
