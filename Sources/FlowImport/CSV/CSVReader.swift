import FlowModel

/// Reads a CSV file record by record, streaming: the file is read in large chunks into one buffer
/// that is reused, and each record's fields are byte ranges in it.
///
/// Text is UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark (transcoded as it is
/// read). A `String` is made only for the fields a caller asks for (see `CSVReader+Fields.swift`).
/// The fields of a record stay valid until the next call to ``next()``.
///
/// The buffer keeps ``CSVScanner/padding`` bytes after the valid ones, starting with a line feed, so
/// that the scanner can read whole words without bounds checks.
struct CSVReader {
    /// The file as the user named it, for errors.
    let file: String
    /// The field separator: `,` unless the first line has more `;` or tabs.
    private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// Room for the current record's fields: the first ``fieldCount`` are the record's.
    private(set) var fields = [CSVField](repeating: CSVField(start: 0, end: 0, hasDoubledQuotes: false), count: 64)
    /// The number of fields in the current record.
    private(set) var fieldCount = 0
    /// The 1-based line on which the current record starts.
    private(set) var recordLine = 0
    /// Called with (bytes read, total bytes) about every ``progressStep`` bytes and at the end.
    private let progress: ((Int64, Int64) -> Void)?

    /// Bytes asked of the file at a time.
    static let chunkSize = 1 << 20
    /// Bytes between two progress calls.
    static let progressStep: Int64 = 4 << 20

    private var input: UTF8Input
    private(set) var buffer: [UInt8]
    /// Bytes of text that were dropped from the front of `buffer` so far.
    private var bytesDropped: Int64 = 0
    /// Offset of the current record in `buffer`.
    private var recordStart = 0
    /// Offset just past the current record: where the next one starts.
    private var recordEnd = 0
    /// Offset just past the valid bytes in `buffer`.
    private var validEnd = 0
    private var inputEnded = false
    /// The line on which the next record starts.
    private var nextLine = 1
    private var nextProgress: Int64 = 0

    /// Opens `path` and reads its first chunk; `file` is the name used in errors.
    ///
    /// - Parameters:
    ///   - delimiter: the field separator; `nil` picks `,`, `;` or tab by counting them in the first line.
    ///   - end: for UTF-8 text, the offset in the file where reading stops (a record boundary found by
    ///     ``CSVSplitPoint``, perhaps while the reader reads): the reader ends there as at the end of the file.
    ///   - progress: called with (bytes read, total bytes) about every ``progressStep`` bytes and at the end.
    init(
        path: String, file: String, delimiter: UInt8? = nil, chunkSize: Int = CSVReader.chunkSize,
        end: ReadLimit = ReadLimit(), progress: ((Int64, Int64) -> Void)? = nil
    ) throws(InputError) {
        let input: UTF8Input
        do {
            input = try UTF8Input(file: try FileDescriptor(path: path), limit: end)
        } catch {
            throw InputError(file: file, message: CSVProblem.unreadable(reason: error.reason).message)
        }
        try self.init(input: input, file: file, delimiter: delimiter, chunkSize: chunkSize, progress: progress)
    }

    /// Reads the text `input` delivers from where it stands, whose first line is line `firstLine` of
    /// the file (the rest of a file after a ``CSVSplitPoint``).
    init(
        input: UTF8Input, file: String, delimiter: UInt8?, firstLine: Int = 1, chunkSize: Int = CSVReader.chunkSize,
        progress: ((Int64, Int64) -> Void)? = nil
    ) throws(InputError) {
        self.file = file
        self.progress = progress
        self.input = input
        nextLine = firstLine
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 64) + CSVScanner.padding)
        try refill()
        self.delimiter = delimiter ?? CSVReader.guessDelimiter(buffer[0..<validEnd])
    }

    /// The file's size in bytes.
    var fileSize: Int64 { input.totalBytes }

    /// How many bytes of text (UTF-8) come before the next record: those of the records read so far.
    var bytesConsumed: Int64 { bytesDropped + Int64(recordEnd) }

    /// True when the file holds no text at all (or only a byte order mark).
    var isEmptyFile: Bool { validEnd == 0 && inputEnded }

    /// Moves to the next record; `false` at the end of the file.
    ///
    /// - Throws: ``InputError`` at the line and column of a quoted field that is never closed, or of
    ///   text after a closing quote.
    mutating func next() throws(InputError) -> Bool {
        var scanStart = recordEnd
        while true {
            if scanStart == validEnd && inputEnded {
                fieldCount = 0
                recordStart = scanStart
                recordEnd = scanStart
                return false
            }
            let delimiter = self.delimiter
            let final = inputEnded
            let end = validEnd
            let start = scanStart
            let outcome = buffer.withUnsafeBufferPointer { bytes in
                fields.withUnsafeMutableBufferPointer { storage in
                    CSVScanner.scanRecord(
                        in: bytes.baseAddress!, count: end, from: start, isFinal: final, delimiter: delimiter,
                        fields: storage)
                }
            }
            switch outcome {
            case .record(let end, let lineBreaks, let count):
                fieldCount = count
                recordStart = scanStart
                recordEnd = end
                recordLine = nextLine
                nextLine += lineBreaks
                return true
            case .needMore:
                scanStart = try compactAndRefill(keepingFrom: scanStart)
            case .needRoom:
                fields.append(
                    contentsOf: repeatElement(CSVField(start: 0, end: 0, hasDoubledQuotes: false), count: fields.count))
            case .unclosedQuote(let opened):
                throw error(.unclosedQuote, recordAt: scanStart, offset: opened)
            case .textAfterClosingQuote(let offset):
                let found = String(decoding: buffer[offset..<min(offset + 1, validEnd)], as: UTF8.self)
                let problem = CSVProblem.textAfterClosingQuote(
                    found: found, delimiter: String(decoding: [delimiter], as: UTF8.self))
                throw error(problem, recordAt: scanStart, offset: offset)
            }
        }
    }

    /// Moves the unfinished record at `start` to the front of the buffer, grows the buffer when the
    /// record fills more than half of it, and reads more. Returns the record's new offset (0).
    private mutating func compactAndRefill(keepingFrom start: Int) throws(InputError) -> Int {
        if start > 0 {
            let kept = validEnd - start
            buffer.withUnsafeMutableBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                base.update(from: base + start, count: kept)
            }
            validEnd = kept
            bytesDropped += Int64(start)
        }
        recordStart = 0
        recordEnd = 0
        let capacity = buffer.count - CSVScanner.padding
        if validEnd > capacity / 2 {
            buffer.append(contentsOf: repeatElement(0, count: capacity))
        }
        try refill()
        return 0
    }

    /// Reads until the buffer is full or the file ends, marks the end of the valid bytes with a line
    /// feed, and reports progress.
    private mutating func refill() throws(InputError) {
        let capacity = buffer.count - CSVScanner.padding
        while validEnd < capacity && !inputEnded {
            let offset = validEnd
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBufferPointer { (bytes) throws(FileReadError) -> Int in
                    try input.read(into: bytes.baseAddress! + offset, capacity: capacity - offset)
                }
            } catch {
                throw InputError(file: file, message: CSVProblem.unreadable(reason: error.reason).message)
            }
            if count == 0 { inputEnded = true } else { validEnd += count }
            if capacity - validEnd < 8 { break }
        }
        buffer[validEnd] = 0x0A
        if let progress, input.bytesRead >= nextProgress || inputEnded {
            progress(input.bytesRead, input.totalBytes)
            nextProgress = input.bytesRead + CSVReader.progressStep
        }
    }

    /// `,`, `;` or tab, whichever the first line of `bytes` (outside quotes) holds most of; `,` on a tie.
    static func guessDelimiter(_ bytes: some Sequence<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                counts[byte]? += 1
            }
        }
        let comma = counts[UInt8(ascii: ",")] ?? 0
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        guard let best, best.value > comma else { return UInt8(ascii: ",") }
        return best.key
    }

    /// An error at `offset` in the record that starts at `recordAt`, with its 1-based line and column.
    private func error(_ problem: CSVProblem, recordAt start: Int, offset: Int) -> InputError {
        let (line, column) = buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            let line = nextLine + CSVScanner.countLineBreaks(base, from: start, to: offset)
            var lineStart = offset
            while lineStart > start && base[lineStart - 1] != 0x0A && base[lineStart - 1] != 0x0D {
                lineStart -= 1
            }
            var column = 1
            for index in lineStart..<offset where base[index] & 0xC0 != 0x80 { column += 1 }
            return (line, column)
        }
        return InputError(file: file, position: .line(line, column: column), message: problem.message)
    }
}
