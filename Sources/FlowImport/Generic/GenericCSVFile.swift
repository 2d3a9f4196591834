import FlowModel

/// The reading shared by the transitions and stage-dates importers: open the file, find the header, hand
/// each row on, and skip bad rows under `--lenient`.
struct GenericCSVFile {
    let file: String
    let options: ImportOptions
    /// The reader, on the header row after ``open(_:options:emptyProblem:)``.
    private(set) var reader: CSVReader

    /// Opens `file` and moves to its header: the first record that is not blank.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, or holds nothing but blank lines (`empty`).
    init(_ file: String, options: ImportOptions, empty: GenericCSVProblem) throws(InputError) {
        self.file = file
        self.options = options
        let progress = options.progress.map { report in { (read: Int64, total: Int64) in report(file, read, total) } }
        reader = try CSVReader(path: file, file: file, progress: progress)
        while try reader.next() {
            if !reader.isBlankRecord { return }
        }
        throw InputError(file: file, message: empty.message)
    }

    /// The header row's cells, trimmed.
    var headerNames: [String] { (0..<reader.fieldCount).map { reader.string($0) } }

    /// An error about the header row.
    func headerError(_ problem: GenericCSVProblem) -> InputError {
        InputError(file: file, position: .line(reader.recordLine, column: nil), message: problem.message)
    }

    /// Hands every row that is not blank to `body` with its 1-based record number (counted after the header).
    /// A row with another number of cells than the header is an error.
    ///
    /// - Returns: the reasons of the rows that `--lenient` skipped.
    /// - Throws: ``InputError`` for the first bad row (any bad row that cannot be skipped), or a header with
    ///   no rows.
    mutating func forEachRow(
        _ body: (CSVReader, Int) throws(GenericCSVRowError) -> Void
    ) throws(InputError) -> [String] {
        let columns = reader.fieldCount
        var skipped: [String] = []
        var record = 0
        var rows = 0
        while try reader.next() {
            record += 1
            if reader.isBlankRecord { continue }
            rows += 1
            do throws(GenericCSVRowError) {
                guard reader.fieldCount == columns else {
                    throw GenericCSVRowError(
                        .cellCount(found: reader.fieldCount, expected: columns, line: reader.recordLine))
                }
                try body(reader, record)
            } catch {
                let position = InputPosition.record(record, column: error.column)
                guard options.lenient && error.skippable else {
                    throw InputError(
                        file: file, position: position, message: error.problem.message, skippable: error.skippable)
                }
                skipped.append(error.skipReason(record: record))
            }
        }
        guard rows > 0 else { throw InputError(file: file, message: GenericCSVProblem.headerOnly.message) }
        return skipped
    }
}
