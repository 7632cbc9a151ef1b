/// Lists of elements by a 64-bit key that is already a good hash (a token's FNV-1a hash, its head
/// bytes): open addressing on the key's own bits. A `Dictionary` hashes such a key again with
/// SipHash at every look-up, and the finder looks up several indexes at every candidate token.
struct KeyedBuckets<Element: Sendable>: Sendable {
    private var keys: [UInt64] = []
    /// Index into `buckets` for each slot; -1 when the slot is empty.
    private var slots: [Int32] = []
    private var buckets: [[Element]] = []
    private var mask = 0

    /// True when nothing was added.
    var isEmpty: Bool { buckets.isEmpty }

    /// Adds an element to the list of `key`.
    mutating func append(_ element: Element, for key: UInt64) {
        if let slot = find(key) {
            buckets[Int(slots[slot])].append(element)
            return
        }
        if (buckets.count + 1) * 2 > slots.count { grow() }
        buckets.append([element])
        insert(key, bucket: buckets.count - 1)
    }

    /// The elements of `key`, in the order added.
    @inline(__always)
    func elements(for key: UInt64) -> [Element]? {
        guard let slot = find(key) else { return nil }
        return buckets[Int(slots[slot])]
    }

    @inline(__always)
    private func find(_ key: UInt64) -> Int? {
        guard mask > 0 else { return nil }
        var slot = Self.start(key, mask)
        while slots[slot] >= 0 {
            if keys[slot] == key { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        // Fold the high bits in: heads differ mostly in their low bytes, hashes everywhere.
        Int(truncatingIfNeeded: ((key ^ (key >> 29) ^ (key >> 47)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    private mutating func insert(_ key: UInt64, bucket: Int) {
        var slot = Self.start(key, mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        slots[slot] = Int32(truncatingIfNeeded: bucket)
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        let size = max(16, slots.count * 2)
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (slot, bucket) in oldSlots.enumerated() where bucket >= 0 { insert(oldKeys[slot], bucket: Int(bucket)) }
    }
}
