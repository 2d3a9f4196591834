import FlowModel

/// The reading shared by the tracker CSV importers (Azure DevOps, GitLab, Linear): open the file, find the
/// header, hand each row on, and skip bad rows under `--lenient`.
struct TrackerCSVFile {
    let file: String
    let options: ImportOptions
    /// The format's name for messages ("Azure DevOps query CSV").
    let formatName: String
    /// Column indexes by header name, trimmed and lowercased; the first of repeated headers wins.
    let columns: [String: Int]
    /// The 1-based line of the header row.
    let headerLine: Int
    private var reader: CSVReader

    /// Opens `file` and reads its header: the first record that is not blank.
    ///
    /// - Throws: ``InputError`` when the file cannot be read or holds nothing but blank lines.
    init(_ file: String, options: ImportOptions, formatName: String) throws(InputError) {
        self.file = file
        self.options = options
        self.formatName = formatName
        let progress = options.progress.map { report in { (read: Int64, total: Int64) in report(file, read, total) } }
        reader = try CSVReader(path: file, file: file, progress: progress)
        var columns: [String: Int] = [:]
        while try reader.next() {
            if reader.isBlankRecord { continue }
            for index in 0..<reader.fieldCount {
                let name = reader.string(index).lowercased()
                if columns[name] == nil { columns[name] = index }
            }
            self.columns = columns
            headerLine = reader.recordLine
            return
        }
        throw InputError(file: file, message: TrackerProblem.empty(format: formatName).message)
    }

    /// The index of the column named `name` (any case).
    func column(_ name: String) -> Int? { columns[name.lowercased()] }

    /// The index of the column named `name`, which the format cannot do without.
    ///
    /// - Throws: ``InputError`` at the header line when there is none.
    func requiredColumn(_ name: String) throws(InputError) -> Int {
        guard let index = column(name) else {
            throw InputError(
                file: file, position: .line(headerLine, column: nil),
                message: TrackerProblem.missingColumn(name: name, format: formatName).message)
        }
        return index
    }

    /// Hands every row that is not blank to `body` with its 1-based record number (counted after the
    /// header).
    ///
    /// - Returns: the reasons of the rows that `--lenient` skipped.
    /// - Throws: ``InputError`` for the first bad row, or a header with no rows.
    mutating func forEachRow(
        _ body: (TrackerCSVRow) throws(TrackerRowError) -> Void
    ) throws(InputError) -> [String] {
        let width = reader.fieldCount
        var skipped: [String] = []
        var record = 0
        var rows = 0
        while try reader.next() {
            record += 1
            if reader.isBlankRecord { continue }
            rows += 1
            do throws(TrackerRowError) {
                guard reader.fieldCount <= width else {
                    throw TrackerRowError(.cellCount(found: reader.fieldCount, expected: width))
                }
                try body(TrackerCSVRow(reader: reader, record: record, columns: columns))
            } catch {
                guard options.lenient else {
                    throw InputError(
                        file: file, position: .record(record, column: error.column), message: error.problem.message,
                        skippable: true)
                }
                skipped.append(error.skipReason(record: record))
            }
        }
        guard rows > 0 else { throw InputError(file: file, message: TrackerProblem.headerOnly.message) }
        return skipped
    }
}
