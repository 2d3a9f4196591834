/// A set of bytes that an escaping choke point looks for, tested eight bytes at a time.
protocol ByteClass {
    /// True when one of the eight bytes of `word` (loaded in any order) is in the set.
    static func inWord(_ word: UInt64) -> Bool
    /// True when `byte` is in the set.
    static func contains(_ byte: UInt8) -> Bool
}

/// Tests over the bytes of a text, eight at a time: the escaping choke points ask whether a value can be
/// copied as it is, which nearly every value can.
///
/// A byte-at-a-time test cost each of the million values of a 100 000-item report about 200 instructions.
/// The word tests are the classic ones: a word has a zero byte exactly when `(w - 0x01…01) & ~w & 0x80…80`
/// is not zero, a byte below `n` (at most 0x80) when `(w - n·0x01…01) & ~w & 0x80…80` is not zero, and a byte
/// equal to `b` when `w ^ b·0x01…01` has a zero byte.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// True when `bytes` holds a byte of `Class`.
    @inline(__always)
    static func contains<Class: ByteClass>(_ bytes: UnsafeBufferPointer<UInt8>, _: Class.Type) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index &+ 8 <= bytes.count {
            if Class.inWord(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index &+= 8
        }
        while index < bytes.count {
            if Class.contains(base[index]) { return true }
            index &+= 1
        }
        return false
    }

    /// The high bit of each byte of `word` that is zero (and perhaps of bytes above one that is).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// The high bit of each byte of `word` equal to `byte` (and perhaps of bytes above one that is).
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each byte of `word` below `limit`, at most 0x80 (and perhaps of bytes above one that is).
    @inline(__always)
    static func bytes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }
}
