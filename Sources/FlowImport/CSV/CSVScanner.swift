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
enum CSVScanner {
    /// What scanning found.
    enum Outcome: Equatable {
        /// A whole record: the offset just past its line end, and how many line breaks it spans
        /// (its own line end included; 0 for a last record with no line end).
        case record(end: Int, lineBreaks: Int)
        /// The record may continue past the bytes given; read more and scan again from the same start.
        case needMore
        /// The end of the file came inside the quoted field whose opening quote is at this offset.
        case unclosedQuote(openedAt: Int)
        /// The byte at this offset follows a closing quote and is neither a delimiter nor a line end.
        case textAfterClosingQuote(at: Int)
    }

    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Scans the record that starts at `start`, replacing `fields` with its fields.
    ///
    /// - Parameter isFinal: true when `bytes` reaches the end of the file, so a record may end there.
    static func scanRecord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, delimiter: UInt8,
        fields: inout [CSVField]
    ) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard let base = bytes.baseAddress, start < count else {
            if !isFinal { return .needMore }
            fields.append(CSVField(start: start, end: start, hasDoubledQuotes: false))
            return .record(end: start, lineBreaks: 0)
        }
        let highestSpecial = max(delimiter, carriageReturn)
        var position = start
        var lineBreaks = 0
        while true {
            if position == count {
                // Only reached after a delimiter: the record ends with an empty field.
                if !isFinal { return .needMore }
                fields.append(CSVField(start: position, end: position, hasDoubledQuotes: false))
                return .record(end: position, lineBreaks: lineBreaks)
            }
            let terminator: Int
            if base[position] == quote {
                let opened = position
                var cursor = position + 1
                var doubled = false
                while true {
                    guard let found = memchr(base + cursor, Int32(quote), count - cursor) else {
                        return isFinal ? .unclosedQuote(openedAt: opened) : .needMore
                    }
                    let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    lineBreaks += countLineBreaks(base, from: cursor, to: at)
                    if at + 1 < count {
                        if base[at + 1] == quote {
                            doubled = true
                            cursor = at + 2
                            continue
                        }
                    } else if !isFinal {
                        return .needMore
                    }
                    fields.append(CSVField(start: opened + 1, end: at, hasDoubledQuotes: doubled))
                    terminator = at + 1
                    break
                }
                if terminator == count { return .record(end: count, lineBreaks: lineBreaks) }
                let next = base[terminator]
                if next != delimiter && next != lineFeed && next != carriageReturn {
                    return .textAfterClosingQuote(at: terminator)
                }
            } else {
                var cursor = position
                while cursor < count {
                    let byte = base[cursor]
                    if byte > highestSpecial || (byte != delimiter && byte != lineFeed && byte != carriageReturn) {
                        cursor += 1
                    } else {
                        break
                    }
                }
                if cursor == count && !isFinal { return .needMore }
                fields.append(CSVField(start: position, end: cursor, hasDoubledQuotes: false))
                if cursor == count { return .record(end: count, lineBreaks: lineBreaks) }
                terminator = cursor
            }
            let byte = base[terminator]
            if byte == delimiter {
                position = terminator + 1
            } else if byte == lineFeed {
                return .record(end: terminator + 1, lineBreaks: lineBreaks + 1)
            } else if terminator + 1 < count {
                let end = base[terminator + 1] == lineFeed ? terminator + 2 : terminator + 1
                return .record(end: end, lineBreaks: lineBreaks + 1)
            } else {
                // A CR as the last byte read: an LF may follow in the next chunk.
                return isFinal ? .record(end: count, lineBreaks: lineBreaks + 1) : .needMore
            }
        }
    }

    /// Line breaks in `base[from..<to]`: each LF, and each CR not followed by an LF.
    static func countLineBreaks(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        var breaks = 0
        for index in from..<to where base[index] == lineFeed { breaks += 1 }
        if memchr(base + from, Int32(carriageReturn), to - from) != nil {
            for index in from..<to
            where base[index] == carriageReturn && (index + 1 == to || base[index + 1] != lineFeed) {
                breaks += 1
            }
        }
        return breaks
    }
}
