#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Values found by the bytes they were made from, so that cells repeated over a file share one value
/// (one `String`, one array) and looking one up builds nothing: an open-addressing hash table whose keys
/// are copied into one byte arena.
///
/// The value made for a key must depend on the key's bytes alone.
struct CSVTextTable<Value> {
    /// Where an entry's key is, and its hash.
    private struct Key {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    /// Entry index + 1 for each slot; 0 for an empty slot. The count is a power of two.
    private var slots: [Int32]
    private var keys: [Key] = []
    private var values: [Value] = []
    private var arena: [UInt8] = []

    init() {
        slots = [Int32](repeating: 0, count: 64)
    }

    /// The number of distinct keys.
    var count: Int { values.count }

    /// The value of entry `index` (see ``index(of:make:)``).
    subscript(index: Int) -> Value { values[index] }

    /// The index of the entry for `key`, made with `make` when the key is new (`isNew` is then true).
    @inline(__always)
    mutating func index<Failure: Error>(
        of key: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Value
    ) throws(Failure) -> (index: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let (found, slot) = find(key, hash: hash)
        if let found { return (found, false) }
        let value = try make(key)
        keys.append(Key(hash: hash, start: arena.count, count: key.count))
        arena.append(contentsOf: key)
        values.append(value)
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
        return (values.count - 1, true)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func lookUp(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        let (found, _) = find(key, hash: Self.hash(key))
        return found.map { values[$0] }
    }

    /// The entry holding `key`, or else the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                arena.withUnsafeBufferPointer { arena in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let stored = Int(slots[slot])
                        if stored == 0 { return (nil, slot) }
                        let entry = keys[stored - 1]
                        if entry.hash == hash && entry.count == key.count
                            && Self.equal(arena.baseAddress.map { $0 + entry.start }, key.baseAddress, entry.count)
                        {
                            return (stored - 1, slot)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// True when the `count` bytes at `stored` and `key` are equal; short keys in at most four loads
    /// each (overlapping ones), none outside the bytes.
    @inline(__always)
    private static func equal(_ stored: UnsafePointer<UInt8>?, _ key: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let stored, let key else { return true }
        let left = UnsafeRawPointer(stored)
        let right = UnsafeRawPointer(key)
        switch count {
        case 1...3:
            return stored[0] == key[0] && stored[count / 2] == key[count / 2] && stored[count - 1] == key[count - 1]
        case 4...7:
            return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
                && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                    == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        case 8...16:
            return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
                && left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        default:
            return memcmp(stored, key, count) == 0
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        let size = slots.count * 2
        var grown = [Int32](repeating: 0, count: size)
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & (size - 1)
            while grown[slot] != 0 { slot = (slot + 1) & (size - 1) }
            grown[slot] = Int32(index + 1)
        }
        slots = grown
    }

    /// A 64-bit hash of `key`, eight bytes at a time (short keys in at most two loads), mixed so that
    /// its low bits pick slots well. Reads no byte outside `key`.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = key.count
        guard let base = key.baseAddress, count > 0 else { return mix(0x9E37_79B9_7F4A_7C15) }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        if count >= 8 {
            var position = 0
            while position + 8 <= count {
                hash =
                    (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)))
                    &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                position += 8
            }
            if position < count {
                // The last eight bytes, overlapping the ones already mixed.
                hash ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            }
        } else if count >= 4 {
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            hash ^= first | last << 32
        } else {
            hash ^= UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
        }
        return mix(hash)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var hash = value
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
