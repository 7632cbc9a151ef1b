/// Splits the line-based statute tables into lines and ` | `-separated fields, on bytes: the
/// registry's thousands of lines are read at every start, so this stays off `Character` loops.
enum TableLines {
    /// One line of a table.
    struct Line {
        /// The trimmed fields, or nil for a blank line or a `#` comment.
        var fields: [String]?
        /// True when the line starts with a space (it belongs to the article above).
        var indented: Bool
        /// True when the line has a tab character.
        var hasTab: Bool
    }

    /// Calls `body` with each line's 1-based number and its fields; a trailing `\r` is dropped.
    static func forEach(_ bytes: [UInt8], _ body: (Int, Line) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var number = 0
            var start = 0
            let count = buffer.count
            while start <= count {
                var end = start
                while end < count && buffer[end] != 0x0A { end += 1 }
                number += 1
                var stop = end
                if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
                body(number, line(buffer, start, stop))
                if end == count { break }
                start = end + 1
            }
        }
    }

    static func line(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Line {
        var first = start
        var hasTab = false
        while first < end && (buffer[first] == 0x20 || buffer[first] == 0x09) { if buffer[first] == 0x09 { hasTab = true }; first += 1 }
        let indented = first > start
        guard first < end, buffer[first] != 0x23 else { return Line(fields: nil, indented: indented, hasTab: false) }
        var fields: [String] = []
        var fieldStart = first
        var i = first
        while i <= end {
            if i == end || buffer[i] == 0x7C {
                var a = fieldStart, b = i
                while a < b && buffer[a] == 0x20 { a += 1 }
                while b > a && buffer[b - 1] == 0x20 { b -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[a..<b]), as: UTF8.self))
                fieldStart = i + 1
            } else if buffer[i] == 0x09 {
                hasTab = true
            }
            i += 1
        }
        return Line(fields: fields, indented: indented, hasTab: hasTab)
    }
}
