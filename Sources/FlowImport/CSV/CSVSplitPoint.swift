/// Where a large UTF-8 CSV file can be cut in two parts that are read side by side: just after the first
/// line feed outside quotes at or after the file's middle, which ends a record.
///
/// Quoted fields may hold line breaks, so the cut is found by quote parity: the `"` bytes before the
/// middle are counted (a doubled quote counts twice, which keeps the parity), an even count means the
/// middle is outside quotes, and the bytes after it are followed, quotes and all, to the first line feed
/// outside quotes. Parity assumes that every `"` opens, closes or doubles inside a quoted field; a stray
/// one in an unquoted field (text, for ``CSVScanner``) can mislead it, and then the part before the cut
/// ends inside a quoted field: its reader meets an unclosed quote at its end, which is why readers of the
/// parts read the whole file instead after any error.
struct CSVSplitPoint {
    /// The offset in the file where the second part starts.
    let offset: Int64
    /// The 1-based line of the file on which the second part starts; `nil` when the cut was guessed (see
    /// ``guess(path:file:total:middle:)``) and the lines before it were not counted.
    let line: Int?
    /// The file's text from ``offset`` on.
    var rest: UTF8Input

    /// The cut of the file at `path`: guessed from the records after the middle when `guessing`
    /// (``guess(path:file:total:middle:)``), else, or when no guess passes, found having read the first half
    /// once. `nil` when the file is not UTF-8 (with or without a byte order mark), is smaller than `minimumSize`
    /// bytes, or has no line feed outside quotes after its middle but before its last byte.
    static func find(
        path: String, minimumSize: Int64, chunkSize: Int = CSVReader.chunkSize, guessing: Bool = true
    ) throws(FileReadError) -> CSVSplitPoint? {
        let file = try FileDescriptor(path: path)
        let total = file.size
        guard total >= minimumSize, total > 1 else { return nil }
        var input = try UTF8Input(file: file)
        guard input.encoding == .utf8 else { return nil }
        let middle = middle(ofSize: total)
        if guessing, let guessed = try guess(path: path, file: file, total: total, middle: middle) { return guessed }
        var counts = CSVByteCounts()
        var chunk = [UInt8](repeating: 0, count: max(chunkSize, 8))
        while true {
            let start = input.position
            let count = try chunk.withUnsafeMutableBufferPointer { (bytes) throws(FileReadError) -> Int in
                try input.read(into: bytes.baseAddress!, capacity: bytes.count)
            }
            guard count > 0 else { return nil }
            let cut: Int? = chunk.withUnsafeBufferPointer { bytes in
                let bytes = UnsafeBufferPointer(rebasing: bytes[0..<count])
                // Before the middle, only counts; from it on, the first line feed outside quotes.
                let before = Int(max(min(Int64(count), middle - start), 0))
                counts.add(UnsafeBufferPointer(rebasing: bytes[0..<before]))
                let after = UnsafeBufferPointer(rebasing: bytes[before...])
                let end = lineEndOutsideQuotes(after, quoted: counts.quotes & 1 == 1).map { before + $0 + 1 }
                counts.add(UnsafeBufferPointer(rebasing: bytes[before..<(end ?? count)]))
                return end
            }
            guard let cut else { continue }
            let offset = start + Int64(cut)
            guard offset < total else { return nil }
            chunk.withUnsafeBufferPointer { bytes in input.giveBack(UnsafeBufferPointer(rebasing: bytes[cut..<count])) }
            return CSVSplitPoint(offset: offset, line: 1 + counts.lineBreaks, rest: input)
        }
    }

    /// Where the search for the cut of a file of `total` bytes starts: the cut comes after it.
    static func middle(ofSize total: Int64) -> Int64 {
        total / 2
    }

    /// The index of the first line feed in `bytes` outside quotes, `quoted` telling whether the bytes
    /// start inside a quoted field.
    static func lineEndOutsideQuotes(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Int? {
        var quoted = quoted
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == 0x0A && !quoted {
                return index
            }
        }
        return nil
    }
}
