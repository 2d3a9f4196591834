extension KeyOrder {
    /// The positions of `keys` in key order, equal keys in their given order: what a stable sort by
    /// ``KeyOrder`` gives.
    ///
    /// When every key is text followed by a number (`PAY-12`, the form trackers use) the keys are sorted by the
    /// rank of their text and the number's value, with no per-key allocation; otherwise by ``KeyOrder``.
    static func sortedIndices(_ keys: [String]) -> [Int] {
        if let numbered = NumberedKeys(keys) { return numbered.sortedIndices(keys) }
        return keys.indices.map { (KeyOrder(keys[$0]), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// Keys of the form text-then-number, split into the rank of the text among all texts and the number.
///
/// For such keys ``KeyOrder`` compares the texts as bytes, then the numbers by value, then the whole keys
/// (`PAY-7` against `PAY-007`); the texts' ranks and the numbers, packed into one integer, order them the same.
private struct NumberedKeys {
    /// Per key: its text's rank in the high bits and its number in the low ones.
    private var packed: [UInt64]
    /// How many low bits of a packed value are used.
    private var packedBits: Int

    /// Digits a number may have and still fit.
    private static let maximumDigits = 18

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    init?(_ keys: [String]) {
        var texts: [[UInt8]] = []
        var textCodes: [[UInt8]: Int] = [:]
        var codes: [Int] = []
        var numbers: [UInt64] = []
        codes.reserveCapacity(keys.count)
        numbers.reserveCapacity(keys.count)
        for key in keys {
            // Read in place: the text before the first digit, then only digits.
            let read: Bool? = key.utf8.withContiguousStorageIfAvailable { bytes in
                var digitsStart = 0
                while digitsStart < bytes.count && !NumberedKeys.isDigit(bytes[digitsStart]) { digitsStart += 1 }
                let digits = bytes.count - digitsStart
                guard digitsStart > 0, digits > 0, digits <= NumberedKeys.maximumDigits else { return false }
                var number: UInt64 = 0
                for byte in bytes[digitsStart...] {
                    guard NumberedKeys.isDigit(byte) else { return false }
                    number = number * 10 + UInt64(byte - 0x30)
                }
                let text = UnsafeBufferPointer(rebasing: bytes[..<digitsStart])
                codes.append(NumberedKeys.code(of: text, texts: &texts, codes: &textCodes))
                numbers.append(number)
                return true
            }
            guard read == true else { return nil }
        }
        var rankOfCode = [UInt64](repeating: 0, count: texts.count)
        for (rank, code) in texts.indices.sorted(by: { texts[$0].lexicographicallyPrecedes(texts[$1]) }).enumerated() {
            rankOfCode[code] = UInt64(rank)
        }
        let numberBits = UInt64.bitWidth - (numbers.max() ?? 0).leadingZeroBitCount
        let rankBits = UInt64.bitWidth - UInt64(texts.count).leadingZeroBitCount
        guard numberBits + rankBits <= UInt64.bitWidth else { return nil }
        packedBits = numberBits + rankBits
        packed = zip(codes, numbers).map { code, number in rankOfCode[code] << UInt64(numberBits) | number }
    }

    /// Texts compared one by one before the dictionary is asked: an export holds a few projects' keys, mixed.
    private static let textsScanned = 16

    /// The code of `text`, numbering it when it is new.
    private static func code(
        of text: UnsafeBufferPointer<UInt8>, texts: inout [[UInt8]], codes: inout [[UInt8]: Int]
    ) -> Int {
        for index in texts.indices.prefix(textsScanned) where text.elementsEqual(texts[index]) { return index }
        let copied = Array(text)
        if texts.count > textsScanned, let known = codes[copied] { return known }
        codes[copied] = texts.count
        texts.append(copied)
        return texts.count - 1
    }

    func sortedIndices(_ keys: [String]) -> [Int] {
        let indexBits = UInt64.bitWidth - UInt64(packed.count).leadingZeroBitCount
        guard packedBits + indexBits <= UInt64.bitWidth else { return comparisonSorted(keys) }
        // Each packed value with its position in the low bits: the values are distinct, and sorting them as plain
        // integers (by their bits, ``RadixSort``) orders the keys, and equal packed values by position.
        var order = packed.enumerated().map { $0.element << UInt64(indexBits) | UInt64($0.offset) }
        RadixSort.sort(&order, significantBits: packedBits + indexBits)
        let mask = UInt64(1) << UInt64(indexBits) - 1
        var indices = order.map { Int($0 & mask) }
        // Keys with equal packed values differ at most in their number's leading zeros (`PAY-7`, `PAY-007`):
        // those are ordered by the whole key, then by position.
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && order[end] >> UInt64(indexBits) == order[start] >> UInt64(indexBits) {
                end += 1
            }
            if end - start > 1 { indices[start..<end].sort { (keys[$0], $0) < (keys[$1], $1) } }
            start = end
        }
        return indices
    }

    /// The same order by comparing the packed values, the keys and the positions.
    private func comparisonSorted(_ keys: [String]) -> [Int] {
        // Each packed value beside its position, so that comparing two reads neither array again.
        var order = packed.enumerated().map { (packed: $0.element, index: $0.offset) }
        order.sort { left, right in
            if left.packed != right.packed { return left.packed < right.packed }
            if keys[left.index] != keys[right.index] { return keys[left.index] < keys[right.index] }
            return left.index < right.index
        }
        return order.map(\.index)
    }
}
