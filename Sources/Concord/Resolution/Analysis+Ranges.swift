extension Citer.Analysis {
    /// The citations lying wholly inside a range of original byte offsets, found by binary search
    /// (citations are in text order), so that a pass over every sentence stays linear.
    public func citations(within range: Range<Int>) -> ArraySlice<Citation> {
        let all = report.citations
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.count, all[end].start < range.upperBound { end += 1 }
        return all[low..<end].filter { $0.end <= range.upperBound }[...]
    }

    /// The tokens lying wholly inside a range of cleaned byte offsets, found by binary search.
    public func tokens(within range: Range<Int>) -> Range<Int> {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].end <= range.upperBound { end += 1 }
        return low..<end
    }
}
