import FlowModel
import Foundation

/// One row of a tracker CSV export, its cells found by header name.
struct TrackerCSVRow {
    let reader: CSVReader
    /// The 1-based record number, counted after the header.
    let record: Int
    /// Column indexes by header name, lowercased.
    let columns: [String: Int]

    /// The index of the column named `name` (any case).
    private func column(_ name: String) -> Int? { columns[name.lowercased()] }

    /// The trimmed text of the column named `name`; `nil` when the file has no such column or the cell is
    /// blank.
    func text(_ name: String) -> String? {
        guard let index = column(name), !reader.isBlank(index) else { return nil }
        return reader.string(index)
    }

    /// The date in the column named `name`; `nil` when there is no such column or the cell is blank.
    ///
    /// - Throws: ``TrackerRowError`` when the cell holds text that `dates` cannot read.
    func date(_ name: String, _ dates: inout TrackerDateReader) throws(TrackerRowError) -> Date? {
        guard let index = column(name), !reader.isBlank(index) else { return nil }
        let instant = reader.withBytes(index) { dates.instant($0) }
        guard let instant else {
            throw TrackerRowError(
                .unrecognizedDate(text: reader.string(index), column: name, example: dates.example), column: name)
        }
        return instant
    }

    /// The number in the column named `name`; `nil` when there is no such column or the cell is blank.
    func number(_ name: String) throws(TrackerRowError) -> Double? {
        guard let text = text(name) else { return nil }
        guard let value = Double(text) else {
            throw TrackerRowError(.unrecognizedNumber(text: text, column: name), column: name)
        }
        return value
    }

    /// The number in the first of `names` that the file has and fills; `nil` when none.
    func number(anyOf names: [String]) throws(TrackerRowError) -> Double? {
        for name in names {
            if let value = try number(name) { return value }
        }
        return nil
    }
}
