#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbers each distinct text once (status names, ids, people, sprint values), so that the many rows that
/// repeat it hold a 4-byte number instead of a `String`, and a repeat builds no `String` at all.
///
/// A text is found by the FNV-1a hash of its bytes in an open-addressed table of numbers, and compared
/// with the copy of its bytes kept in one contiguous arena: no `Hasher`, no reference counting per lookup.
struct JiraBackupInterner {
    /// The number that stands for no text.
    static let none: Int32 = -1

    /// The texts by their number.
    private(set) var strings: [String] = []
    /// Each text's bytes, one after another; text `n` is `arena[starts[n]..<starts[n + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Numbers by hash slot; ``none`` marks an empty slot. Never more than half full.
    private var slots = [Int32](repeating: JiraBackupInterner.none, count: 256)

    /// The number for `bytes` (UTF-8).
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        // FNV-1a: short keys, and no need to resist chosen collisions (a collision only costs a probe).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while true {
            let number = slots[slot]
            if number == Self.none { break }
            if hashes[Int(number)] == hash && sameBytes(Int(number), bytes) { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(strings.count)
        strings.append(String(decoding: bytes, as: UTF8.self))
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = number
        if strings.count * 2 > slots.count { grow() }
        return number
    }

    /// The number for `bytes`, or ``none`` when they are empty.
    mutating func internUnlessEmpty(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        bytes.isEmpty ? Self.none : intern(bytes)
    }

    /// The number for `string`.
    mutating func intern(_ string: String) -> Int32 {
        var string = string
        return string.withUTF8 { intern($0) }
    }

    /// The text numbered `number`; `nil` for ``none``.
    func string(_ number: Int32) -> String? {
        number < 0 ? nil : strings[Int(number)]
    }

    private func sameBytes(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        let count = starts[number + 1] - start
        guard count == bytes.count else { return false }
        guard count > 0, let right = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { stored in
            guard let left = stored.baseAddress else { return false }
            return memcmp(left + start, right, count) == 0
        }
    }

    /// Doubles the table and puts every number back in its slot.
    private mutating func grow() {
        var larger = [Int32](repeating: Self.none, count: slots.count * 2)
        let mask = larger.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while larger[slot] != Self.none { slot = (slot + 1) & mask }
            larger[slot] = Int32(number)
        }
        slots = larger
    }
}
