extension CSVSplitPoint {
    /// Whole records that must follow a line feed for the cut to be guessed just after it (fewer when the file
    /// ends sooner).
    static let recordsChecked = 8
    /// Bytes read from the middle on to guess the cut.
    static let guessWindow = 1 << 20
    /// Line feeds after the middle tried before the first half is read after all.
    static let lineFeedsTried = 256

    /// The cut guessed without reading the first half: just after the first line feed from the middle on that
    /// ``recordsChecked`` whole records follow (or all the records to the end of the file, at least one), read as
    /// if the line feed were outside quotes, each with as many fields as the file's header.
    ///
    /// A line feed inside a quoted field seldom passes: the text after it would have to read as eight rows of
    /// exactly the header's field count. When one does, the first half's reader, which stops at the cut, meets an
    /// unclosed quote there, and the file is read in order, as after any error. The lines before the cut are not
    /// counted (``line`` is `nil`).
    ///
    /// - Returns: `nil` when the header has fewer than two fields, when no line feed in the ``guessWindow``
    ///   bytes after the middle passes, or when a record read from one runs past them.
    static func guess(
        path: String, file: FileDescriptor, total: Int64, middle: Int64
    ) throws(FileReadError) -> CSVSplitPoint? {
        guard let (fieldCount, delimiter) = headerShape(path: path), fieldCount >= 2 else { return nil }
        var window = [UInt8](repeating: 0, count: guessWindow + CSVScanner.padding)
        var count = 0
        while count < guessWindow {
            let offset = count
            let read = try window.withUnsafeMutableBufferPointer { (bytes) throws(FileReadError) -> Int in
                try file.read(
                    into: bytes.baseAddress! + offset, count: guessWindow - offset, at: middle + Int64(offset))
            }
            if read == 0 { break }
            count += read
        }
        // The scanner reads whole words: the bytes after the valid ones start with a line feed.
        window[count] = 0x0A
        let reachesEnd = middle + Int64(count) >= total
        // Room for more fields than the header's, as the scanner needs: a record with more does not pass.
        var fields = [CSVField](
            repeating: CSVField(start: 0, end: 0, hasDoubledQuotes: false), count: fieldCount + 64)
        let cut: Int? = window.withUnsafeBufferPointer { bytes in
            fields.withUnsafeMutableBufferPointer { fields in
                let base = bytes.baseAddress!
                /// Whether whole records of `fieldCount` fields follow `start`, as many as are checked; `nil` when a
                /// record runs past the window, which the next line feeds' records would too.
                func recordsFollow(_ start: Int) -> Bool? {
                    var position = start
                    for checked in 0..<recordsChecked {
                        if position >= count { return reachesEnd && checked > 0 }
                        let outcome = CSVScanner.scanRecord(
                            in: base, count: count, from: position, isFinal: reachesEnd, delimiter: delimiter,
                            fields: fields)
                        if outcome == .needMore { return nil }
                        guard case .record(let end, _, let found) = outcome, found == fieldCount else { return false }
                        position = end
                    }
                    return true
                }
                var tried = 0
                var position = 0
                while tried < lineFeedsTried, position < count {
                    if base[position] == 0x0A {
                        // A record running past the window ends the guessing: trying each line feed before it
                        // would read the rest of the window again and again.
                        guard let follow = recordsFollow(position + 1) else { return nil }
                        if follow { return position + 1 }
                        tried += 1
                    }
                    position += 1
                }
                return nil
            }
        }
        guard let cut else { return nil }
        let offset = middle + Int64(cut)
        guard offset < total else { return nil }
        return CSVSplitPoint(offset: offset, line: nil, rest: try UTF8Input(utf8: file, from: offset))
    }

    /// The field count and field separator of the file's header: its first record that is not blank, as the
    /// importer takes it.
    private static func headerShape(path: String) -> (fieldCount: Int, delimiter: UInt8)? {
        guard var reader = try? CSVReader(path: path, file: path) else { return nil }
        while (try? reader.next()) == true {
            if !reader.isBlankRecord { return (reader.fieldCount, reader.delimiter) }
        }
        return nil
    }
}
