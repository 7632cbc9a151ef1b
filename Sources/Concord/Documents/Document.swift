import Foundation

/// A text to find citations in: the file's bytes exactly as given, its metadata, and where the
/// body starts.
public struct Document: Sendable {
    /// The path or name the document is known by (printed in output and messages).
    public var path: String
    /// The whole text, front matter included; offsets in output count UTF-8 bytes of this.
    public var text: String
    /// The byte offset where the body starts (after any front matter).
    public var bodyStart: Int
    /// Metadata from the front matter, or supplied by the caller.
    public var metadata: FrontMatter
    /// True when the text opened with a front-matter block (even an empty one).
    public var hasFrontMatter = false

    /// A document from text already in memory; front matter, if present, is read from it.
    public init(path: String, text: String, languages: Set<String> = ["en", "ru"]) throws(ConcordError) {
        self.path = path
        self.text = text
        if let (matter, body) = try FrontMatter.read(Array(text.utf8), file: path, languages: languages) {
            metadata = matter
            bodyStart = body
            hasFrontMatter = true
        } else {
            metadata = FrontMatter()
            bodyStart = text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }
    }

    /// A document with explicit metadata and no front matter to read.
    public init(path: String, text: String, metadata: FrontMatter) {
        self.path = path
        self.text = text
        self.metadata = metadata
        self.bodyStart = 0
    }

    /// Reads a file: it must exist, not be a folder, be readable (a regular file, a pipe, a FIFO,
    /// `/dev/stdin` or a process substitution), and hold UTF-8 text without NUL bytes.
    public static func read(path: String, displayName: String? = nil, languages: Set<String> = ["en", "ru"]) throws(ConcordError) -> Document {
        let name = displayName ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .badInput(Diagnostic(file: name, line: 0, message: "no such file"))
        }
        guard !isDirectory.boolValue else { throw .badInput(Diagnostic(file: name, line: 0, message: "is a directory, not a file")) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .badInput(Diagnostic(file: name, line: 0, message: "cannot be read (permission denied?)"))
        }
        defer { try? handle.close() }
        let bytes = try readAll(handle, name: name)
        let text = try decode(bytes, file: name)
        return try Document(path: name, text: text, languages: languages)
    }

    /// Reads standard input whole as a document named `standard input`.
    public static func readStandardInput(languages: Set<String> = ["en", "ru"]) throws(ConcordError) -> Document {
        let name = "standard input"
        let bytes = try readAll(FileHandle.standardInput, name: name)
        return try Document(path: name, text: try decode(bytes, file: name), languages: languages)
    }

    /// Everything a handle gives until its end.
    static func readAll(_ handle: FileHandle, name: String) throws(ConcordError) -> [UInt8] {
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .badInput(Diagnostic(file: name, line: 0, message: "cannot be read (permission denied, or not a readable file)"))
        }
    }

    /// Decodes file bytes as UTF-8, rejecting what cannot be text: empty input, UTF-16, NUL bytes,
    /// invalid UTF-8 (named by line and byte offset).
    public static func decode(_ bytes: [UInt8], file: String) throws(ConcordError) -> String {
        guard !bytes.isEmpty else { throw .badInput(Diagnostic(file: file, line: 0, message: "file is empty")) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .badInput(Diagnostic(file: file, line: 1, message: "file is UTF-16 (byte-order mark found); convert it to UTF-8"))
        }
        var line = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            if b == 0 { throw .badInput(Diagnostic(file: file, line: line, message: "NUL byte at byte offset \(i); not a text file")) }
            if b < 0x80 { i += 1; continue }
            let length = utf8SequenceLength(bytes, at: i)
            guard length > 0 else {
                throw .badInput(Diagnostic(file: file, line: line, message: "invalid UTF-8 at byte offset \(i)"))
            }
            i += length
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 when it is malformed.
    static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b0 = bytes[i]
        let n = bytes.count
        func cont(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && bytes[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && bytes[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && bytes[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && bytes[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
