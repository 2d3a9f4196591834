/// Quotes and line breaks in a run of bytes given in pieces, counted fast enough to go through half of a
/// large file before its second half can be read (see ``CSVSplitPoint``): 32 bytes at a time, about 20 GB/s.
struct CSVByteCounts {
    /// `"` bytes.
    private(set) var quotes = 0
    private var lineFeeds = 0
    private var carriageReturns = 0
    /// Carriage returns directly followed by a line feed (one line break between them).
    private var pairs = 0
    private var endsWithCarriageReturn = false

    /// Line breaks, as ``CSVScanner`` counts them: each LF, and each CR not followed by an LF.
    var lineBreaks: Int { lineFeeds + carriageReturns - pairs }

    /// Counts the next piece.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        if endsWithCarriageReturn && base[0] == 0x0A { pairs += 1 }
        endsWithCarriageReturn = base[count - 1] == 0x0D
        let quoteLanes = SIMD32<UInt8>(repeating: 0x22)
        let lineFeedLanes = SIMD32<UInt8>(repeating: 0x0A)
        let returnLanes = SIMD32<UInt8>(repeating: 0x0D)
        var index = 0
        // Blocks of 32 bytes compared at once, each lane counting its matches in a byte (hence at most
        // 255 blocks between two sums); a pair is a CR lane whose next byte (the next block's lane) is an LF.
        while index + 33 <= count {
            var quotes = SIMD32<UInt8>()
            var lineFeeds = SIMD32<UInt8>()
            var returns = SIMD32<UInt8>()
            var pairs = SIMD32<UInt8>()
            let blocks = min((count - 1 - index) / 32, 255)
            for _ in 0..<blocks {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD32<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD32<UInt8>.self)
                let isReturn = block .== returnLanes
                quotes &-= unsafeBitCast(block .== quoteLanes, to: SIMD32<UInt8>.self)
                lineFeeds &-= unsafeBitCast(block .== lineFeedLanes, to: SIMD32<UInt8>.self)
                returns &-= unsafeBitCast(isReturn, to: SIMD32<UInt8>.self)
                pairs &-= unsafeBitCast(isReturn .& (next .== lineFeedLanes), to: SIMD32<UInt8>.self)
                index &+= 32
            }
            self.quotes += Int(SIMD32<UInt16>(truncatingIfNeeded: quotes).wrappedSum())
            self.lineFeeds += Int(SIMD32<UInt16>(truncatingIfNeeded: lineFeeds).wrappedSum())
            self.carriageReturns += Int(SIMD32<UInt16>(truncatingIfNeeded: returns).wrappedSum())
            self.pairs += Int(SIMD32<UInt16>(truncatingIfNeeded: pairs).wrappedSum())
        }
        while index < count {
            switch base[index] {
            case 0x22: quotes += 1
            case 0x0A: lineFeeds += 1
            case 0x0D:
                carriageReturns += 1
                if index + 1 < count && base[index + 1] == 0x0A { pairs += 1 }
            default: break
            }
            index += 1
        }
    }
}
