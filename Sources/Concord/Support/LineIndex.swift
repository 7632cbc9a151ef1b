/// Maps UTF-8 byte offsets to 1-based line and column (in characters), in bounded work per offset
/// whatever the length of a line: a 50 MB text on one line costs its length once, not once per citation.
public struct LineIndex: Sendable {
    let bytes: [UInt8]
    let lineStarts: [Int]
    /// The column of every `stride`-th byte, counted from the start of its line.
    let checkpoints: [Int]
    static let stride = 4096

    /// Indexes the lines of a text.
    public init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var marks: [Int] = []
        marks.reserveCapacity(bytes.count / Self.stride + 1)
        var column = 1
        for (i, b) in bytes.enumerated() {
            if i % Self.stride == 0 { marks.append(column) }
            if b == 0x0A { starts.append(i + 1); column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        lineStarts = starts
        checkpoints = marks
    }

    /// The positions of many offsets: in one pass over the text when they come in order (a list of a
    /// million citations on one line costs the line once), one by one otherwise.
    public func positions(of offsets: [Int]) -> [(line: Int, column: Int)] {
        var out: [(line: Int, column: Int)] = []
        out.reserveCapacity(offsets.count)
        var at = 0, line = 1, column = 1
        for offset in offsets {
            let target = max(0, min(offset, bytes.count))
            guard target >= at else {
                let p = position(of: target)
                out.append(p)
                (at, line, column) = (target, p.line, p.column)
                continue
            }
            // Jump whole lines, then count the rest of this one.
            if let next = nextLineStart(after: at), next <= target {
                (at, line, column) = lineStartAt(target)
            }
            for b in bytes[at..<target] where b & 0xC0 != 0x80 { column += 1 }
            at = target
            out.append((line, column))
        }
        return out
    }

    func nextLineStart(after offset: Int) -> Int? {
        let k = lineNumber(of: offset)
        return k + 1 < lineStarts.count ? lineStarts[k + 1] : nil
    }

    /// The 0-based index of the line holding `offset`.
    func lineNumber(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The start of the line holding `offset`, as (offset, line, column).
    func lineStartAt(_ offset: Int) -> (Int, Int, Int) {
        let k = lineNumber(of: offset)
        return (lineStarts[k], k + 1, 1)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        // Count from the nearest checkpoint in the same line, else from the line's start.
        let mark = (offset / Self.stride) * Self.stride
        var from = start, column = 1
        if mark > start, mark / Self.stride < checkpoints.count { from = mark; column = checkpoints[mark / Self.stride] }
        for b in bytes[from..<offset] where b & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
