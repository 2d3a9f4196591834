import FlowModel
import Foundation

/// Reads Jira's CSV export ("all fields" or "current fields") into work items.
///
/// Columns are found by header name through ``HeaderAliases`` (English and localised exports);
/// repeated headers become lists; `Custom field (X)` columns land in `WorkItem.fields["X"]` when
/// ``ImportOptions/keptFields`` keeps them. The file is streamed through ``CSVReader``: only the cells of
/// the columns used are read, and repeated values are made once.
struct JiraCSVImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        let progress = options.progress.map { report in { (read: Int64, total: Int64) in report(file, read, total) } }
        var reader = try CSVReader(path: file, file: file, progress: progress)
        var hasHeader = false
        while try reader.next() {
            if !reader.isBlankRecord {
                hasHeader = true
                break
            }
        }
        guard hasHeader else { throw InputError(file: file, message: JiraCSVProblem.emptyFile.message) }
        let header = JiraCSVHeader(reader: reader, kept: options.keptFields)
        guard header.has(.key) else {
            throw InputError(
                file: file, position: .line(reader.recordLine, column: nil),
                message: JiraCSVProblem.missingKeyColumn(expected: HeaderAliases.keyHeaders).message)
        }
        var collector = JiraCSVItemCollector(header: header, options: options)
        var skipped: [String] = []
        var record = 0
        while try reader.next() {
            record += 1
            if record == Self.sampleRecords { collector.reserveCapacity(Self.estimatedRecords(reader, read: record)) }
            if reader.isBlankRecord { continue }
            do {
                try collector.add(reader, record: record)
            } catch {
                let position = InputPosition.record(record, column: error.column)
                guard options.lenient && error.skippable else {
                    throw InputError(file: file, position: position, message: error.problem.message)
                }
                skipped.append(Self.describe(position) + ": " + error.problem.message)
            }
        }
        guard collector.rowsSeen > 0 else { throw InputError(file: file, message: JiraCSVProblem.headerOnly.message) }
        return collector.finish(file: file, skipped: skipped)
    }

    /// Records read before the number of records in the file is estimated from their size.
    private static let sampleRecords = 256

    /// About how many records the file holds (a little more), judging by the first `read` ones.
    private static func estimatedRecords(_ reader: CSVReader, read: Int) -> Int {
        let consumed = max(reader.bytesConsumed, 1)
        let estimate = Double(reader.fileSize) / Double(consumed) * Double(read) * 1.1
        return Int(min(estimate, Double(reader.fileSize / 16 + 64)))
    }

    /// `record 3` or `record 3, column "Created"`, for the reasons `--lenient` records.
    private static func describe(_ position: InputPosition) -> String {
        guard case .record(let record, let column) = position else { return "" }
        return column.map { "record \(record), column \"\($0)\"" } ?? "record \(record)"
    }
}
