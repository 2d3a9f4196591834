#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the fields of one RFC 4180 record in a buffer of UTF-8 bytes, with pointer loops and no allocation.
///
/// Fields are separated by the delimiter; records end at LF, CRLF or a lone CR. A field that starts with
/// `"` is quoted: it may hold delimiters, line breaks and doubled quotes, and must be followed by a
/// delimiter, a line end or the end of the file. A `"` inside an unquoted field is kept as text.
///
/// Unquoted fields are found sixteen bytes at a time, quoted ones with `memchr`. The bytes given must be
/// followed by at least ``padding`` readable bytes, the first of them a line feed, so that the block-wide
/// search needs no bounds check (see ``CSVReader``).
enum CSVScanner {
    /// What scanning found.
    enum Outcome: Equatable {
        /// A whole record: the offset just past its line end, how many line breaks it spans (its own line
        /// end included; 0 for a last record with no line end), and how many fields it has.
        case record(end: Int, lineBreaks: Int, fieldCount: Int)
        /// The record may continue past the bytes given; read more and scan again from the same start.
        case needMore
        /// The record has more fields than the storage given holds; grow it and scan again.
        case needRoom
        /// The end of the file came inside the quoted field whose opening quote is at this offset.
        case unclosedQuote(openedAt: Int)
        /// The byte at this offset follows a closing quote and is neither a delimiter nor a line end.
        case textAfterClosingQuote(at: Int)
    }

    /// Readable bytes that must follow the scanned ones, the first a line feed.
    static let padding = 16

    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Scans the record that starts at `start` in `base[0..<count]`, writing its fields into `fields`.
    ///
    /// Unquoted fields are found in runs: each block of sixteen bytes is searched once for delimiters,
    /// line ends and quotes, and each one found ends a field (or the record) in turn. A quote that opens
    /// a field hands it to the quoted-field reader, after which the run goes on.
    ///
    /// - Parameter isFinal: true when the bytes reach the end of the file, so a record may end there.
    static func scanRecord(
        in base: UnsafePointer<UInt8>, count: Int, from start: Int, isFinal: Bool, delimiter: UInt8,
        fields: UnsafeMutableBufferPointer<CSVField>
    ) -> Outcome {
        guard let storage = fields.baseAddress, fields.count > 0 else { return .needRoom }
        let capacity = fields.count
        guard start < count else {
            if !isFinal { return .needMore }
            storage[0] = CSVField(start: start, end: start, hasDoubledQuotes: false)
            return .record(end: start, lineBreaks: 0, fieldCount: 1)
        }
        let delimiters = SIMD16<UInt8>(repeating: delimiter)
        let lineFeeds = SIMD16<UInt8>(repeating: lineFeed)
        let carriageReturns = SIMD16<UInt8>(repeating: carriageReturn)
        let quotes = SIMD16<UInt8>(repeating: quote)
        var fieldCount = 0
        var lineBreaks = 0
        // The first byte of the next field.
        var fieldStart = start
        while true {
            if fieldStart < count && base[fieldStart] == quote {
                guard fieldCount < capacity else { return .needRoom }
                let opened = fieldStart
                var cursor = opened + 1
                var doubled = false
                var closing: Int
                while true {
                    guard let found = memchr(base + cursor, Int32(quote), count - cursor) else {
                        return isFinal ? .unclosedQuote(openedAt: opened) : .needMore
                    }
                    closing = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    lineBreaks += countLineBreaks(base, from: cursor, to: closing)
                    if closing + 1 < count {
                        if base[closing + 1] == quote {
                            doubled = true
                            cursor = closing + 2
                            continue
                        }
                    } else if !isFinal {
                        return .needMore
                    }
                    break
                }
                storage[fieldCount] = CSVField(
                    start: opened + 1, end: closing, hasDoubledQuotes: doubled, isQuoted: true)
                fieldCount += 1
                let terminator = closing + 1
                if terminator == count { return .record(end: count, lineBreaks: lineBreaks, fieldCount: fieldCount) }
                let next = base[terminator]
                if next == delimiter {
                    fieldStart = terminator + 1
                    continue
                }
                if next != lineFeed && next != carriageReturn { return .textAfterClosingQuote(at: terminator) }
                return recordEnd(
                    base, count: count, lineEnd: terminator, isFinal: isFinal, lineBreaks: lineBreaks,
                    fieldCount: fieldCount)
            }
            // A run of unquoted fields. The line feed after the data stops it at `count` at the latest, so
            // no block starts past `count`.
            var block = fieldStart
            run: while true {
                let bytes = UnsafeRawPointer(base + block).loadUnaligned(as: SIMD16<UInt8>.self)
                let found =
                    (bytes .== delimiters) .| (bytes .== lineFeeds) .| (bytes .== carriageReturns) .| (bytes .== quotes)
                if any(found) {
                    // A block ends at most sixteen fields.
                    guard fieldCount &+ 16 <= capacity else { return .needRoom }
                    // Each lane is 0x00 or 0xFF: keep one bit per special byte, and take them in order.
                    let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
                    for half in 0..<2 {
                        var bits = UInt64(littleEndian: lanes[half]) & highBits
                        while bits != 0 {
                            let position = block &+ half &* 8 &+ bits.trailingZeroBitCount >> 3
                            bits &= bits &- 1
                            let byte = base[position]
                            if byte == delimiter {
                                storage[fieldCount] = CSVField(
                                    start: fieldStart, end: position, hasDoubledQuotes: false)
                                fieldCount &+= 1
                                fieldStart = position &+ 1
                            } else if byte == quote {
                                // A quote opening a field starts a quoted field; elsewhere it is text.
                                if position == fieldStart { break run }
                            } else if position >= count {
                                // The line feed after the data: the record may go on in the next chunk.
                                if !isFinal { return .needMore }
                                storage[fieldCount] = CSVField(start: fieldStart, end: count, hasDoubledQuotes: false)
                                return .record(end: count, lineBreaks: lineBreaks, fieldCount: fieldCount + 1)
                            } else {
                                storage[fieldCount] = CSVField(
                                    start: fieldStart, end: position, hasDoubledQuotes: false)
                                return recordEnd(
                                    base, count: count, lineEnd: position, isFinal: isFinal, lineBreaks: lineBreaks,
                                    fieldCount: fieldCount + 1)
                            }
                        }
                    }
                }
                block &+= 16
            }
        }
    }

    /// The outcome for a record whose line ends with the LF or CR at `lineEnd`.
    @inline(__always)
    private static func recordEnd(
        _ base: UnsafePointer<UInt8>, count: Int, lineEnd: Int, isFinal: Bool, lineBreaks: Int, fieldCount: Int
    ) -> Outcome {
        if base[lineEnd] == lineFeed {
            return .record(end: lineEnd + 1, lineBreaks: lineBreaks + 1, fieldCount: fieldCount)
        }
        if lineEnd + 1 < count {
            let end = base[lineEnd + 1] == lineFeed ? lineEnd + 2 : lineEnd + 1
            return .record(end: end, lineBreaks: lineBreaks + 1, fieldCount: fieldCount)
        }
        // A CR as the last byte read: an LF may follow in the next chunk.
        return isFinal ? .record(end: count, lineBreaks: lineBreaks + 1, fieldCount: fieldCount) : .needMore
    }

    /// Line breaks in `base[from..<to]`: each LF, and each CR not followed by an LF.
    static func countLineBreaks(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        var breaks = 0
        var cursor = from
        while let found = memchr(base + cursor, Int32(lineFeed), to - cursor) {
            breaks += 1
            cursor = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
        }
        if memchr(base + from, Int32(carriageReturn), to - from) != nil {
            for index in from..<to
            where base[index] == carriageReturn && (index + 1 == to || base[index + 1] != lineFeed) {
                breaks += 1
            }
        }
        return breaks
    }
}
