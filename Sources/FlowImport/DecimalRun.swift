/// Reads a run of decimal digits from bytes, eight at a time: the long numbers of Jira's `[CHART] Time in
/// Status` (milliseconds, status ids) are most of its bytes.
enum DecimalRun {
    /// The most digits a run may have: eighteen always fit an `Int`.
    static let maximumDigits = 18

    /// The value of the digits starting at `start` and the offset after the last of them (`start` itself
    /// when there are none); `nil` when there are more than ``maximumDigits``.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int, end: Int)? {
        guard let base = bytes.baseAddress else { return (0, start) }
        var value = 0
        var position = start
        // Eight bytes at a time while eight are left.
        while position + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let count = leadingDigits(word)
            guard position + count - start <= maximumDigits else { return nil }
            if count > 0 {
                // The digits' values, the first in the lowest byte, moved up so that the missing ones read as
                // leading zeros.
                let digits = (word &- 0x3030_3030_3030_3030) << UInt64(64 - 8 * count)
                value = value * powersOfTen[count] + eightDigitsValue(digits)
                position += count
            }
            if count < 8 { return (value, position) }
        }
        // The last few one by one.
        while position < bytes.count {
            let digit = bytes[position] &- 0x30
            guard digit <= 9 else { break }
            guard position - start < maximumDigits else { return nil }
            value = value * 10 + Int(digit)
            position += 1
        }
        return (value, position)
    }

    /// How many of the eight bytes of `word` (the first in the lowest byte) are digits before the first that is
    /// not.
    ///
    /// A byte is a digit when, less `0x30`, it is at most 9: its high half is zero, and stays zero with 6 added. A
    /// borrow or carry between bytes only ever starts at a byte that is not a digit, so it changes no byte before
    /// the first such.
    @inline(__always)
    static func leadingDigits(_ word: UInt64) -> Int {
        let offsets = word &- 0x3030_3030_3030_3030
        let notDigits = (offsets | (offsets &+ 0x0606_0606_0606_0606)) & 0xF0F0_F0F0_F0F0_F0F0
        return notDigits.trailingZeroBitCount / 8
    }

    /// The number eight digit values make (each 0…9, the most significant in the lowest byte): pairs of digits
    /// combined, then pairs of pairs, then the two halves.
    @inline(__always)
    static func eightDigitsValue(_ digits: UInt64) -> Int {
        var value = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        value = (value &* 100 &+ (value >> 16)) & 0x0000_FFFF_0000_FFFF
        value = (value &* 10_000 &+ (value >> 32)) & 0xFFFF_FFFF
        return Int(value)
    }

    private static let powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]
}
