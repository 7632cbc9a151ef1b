import Testing
@testable import Concord

@Suite("Lists by a 64-bit key, for the pattern indexes")
struct KeyedBucketsTests {
    @Test("every key keeps its elements in the order added, through growth, and an absent key has none")
    func keepsEveryList() {
        var buckets = KeyedBuckets<Int>()
        #expect(buckets.isEmpty)
        #expect(buckets.elements(for: 7) == nil)
        // Keys that differ only in high bits, or are multiples of a power of two, must not be lost.
        let keys: [UInt64] = (0..<2_000).map { UInt64($0) << 40 } + (0..<2_000).map { UInt64($0) * 4096 } + [0, .max]
        for (n, key) in keys.enumerated() {
            buckets.append(n, for: key)
            buckets.append(-n, for: key)
        }
        #expect(!buckets.isEmpty)
        for (n, key) in keys.enumerated() where key != 0 {
            #expect(buckets.elements(for: key) == [n, -n])
        }
        // Key 0 was given three times: (0 << 40), (0 * 4096) and 0 itself.
        #expect(buckets.elements(for: 0) == [0, 0, 2_000, -2_000, 4_000, -4_000])
        #expect(buckets.elements(for: 12_345_678_901) == nil)
    }
}
