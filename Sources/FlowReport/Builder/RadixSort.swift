/// Sorts integers by their bits, eleven at a time from the least significant: a few passes over the values,
/// each counting them into buckets, then moving them into place. For the 100 000 keys of a large export
/// (``KeyOrder``), several times faster than comparing them.
enum RadixSort {
    /// Bits sorted by per pass: 2 048 buckets, whose counts stay in the fastest cache.
    private static let digitBits = 11

    /// Sorts `values` ascending; every value must be below 2^`significantBits`.
    static func sort(_ values: inout [UInt64], significantBits: Int) {
        guard values.count > 1, significantBits > 0 else { return }
        let buckets = 1 << digitBits
        let mask = UInt64(buckets - 1)
        var moved = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: buckets)
        var shift: UInt64 = 0
        while shift < UInt64(significantBits) {
            values.withUnsafeBufferPointer { values in
                moved.withUnsafeMutableBufferPointer { moved in
                    counts.withUnsafeMutableBufferPointer { counts in
                        counts.update(repeating: 0)
                        for value in values { counts[Int((value >> shift) & mask)] += 1 }
                        // Each bucket's first place: the counts of the buckets before it.
                        var place = 0
                        for bucket in 0..<buckets {
                            let count = counts[bucket]
                            counts[bucket] = place
                            place += count
                        }
                        // In order within each bucket, so that the earlier passes' order holds.
                        for value in values {
                            let bucket = Int((value >> shift) & mask)
                            moved[counts[bucket]] = value
                            counts[bucket] += 1
                        }
                    }
                }
            }
            swap(&values, &moved)
            shift += UInt64(digitBits)
        }
    }
}
