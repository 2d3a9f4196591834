import FlowMapping
import FlowModel
import Foundation

/// Renders `items.csv`: one row per imported item with its flow dates and one column per stage holding the
/// item's first entry into it — importable by spreadsheets and ActionableAgile-style tools.
///
/// RFC 4180: comma-separated, CRLF line ends, UTF-8 without a byte-order mark. Export text is neutralised
/// against formula injection (see ``CSVEscaping``). `created`, `started` and `done` are ISO 8601 UTC
/// timestamps as in the JSON; stage columns are the entry day (`yyyy-MM-dd`) in the report's time zone,
/// the form stage-date tools read. Durations are days at full precision; an empty cell means the data
/// cannot give the value.
public struct ItemsCSVRenderer: Sendable {
    /// The columns before the stage columns.
    static let fixedColumns = [
        "key", "title", "type", "flowItem", "team", "status", "stage", "outcome", "source", "created", "started",
        "done", "flowTimeDays", "leadTimeDays", "activeDays", "waitDays",
    ]

    /// A renderer; it holds no state.
    public init() {}

    /// The whole file: a header row, then one row per item, each ending with CRLF.
    public func render(_ report: Report) -> String {
        write(report).text
    }

    private func write(_ report: Report) -> OutputBuffer {
        let output = OutputBuffer(reservingCapacity: 256 + report.items.count * 300)
        write(report, to: output)
        return output
    }

    /// Writes the file into `output` (which may stream it to a file).
    func write(_ report: Report, to output: OutputBuffer) {
        writeHeader(report, to: output)
        ItemLines(report).write(csv: output)
    }

    /// The header row: the fixed columns, then one per stage.
    func writeHeader(_ report: Report, to output: OutputBuffer) {
        for (index, column) in Self.fixedColumns.enumerated() {
            if index > 0 { output.append(byte: UInt8(ascii: ",")) }
            CSVEscaping.append(generated: column, to: output)
        }
        for stage in report.stageNames {
            output.append(byte: UInt8(ascii: ","))
            CSVEscaping.append(text: stage, to: output)
        }
        output.append("\r\n" as StaticString)
    }

    /// The days of stage entries, in the report's time zone.
    static func localDays(_ report: Report) -> LocalDays {
        let zone = TimeZone(identifier: report.window.timeZone) ?? TimeZone(identifier: "UTC")!
        return LocalDays(clock: LocalClock(timeZone: zone))
    }

    /// One item's row, its stage entries aligned with the report's `stageCount` stages, ending with CRLF. The
    /// escaped values of the repeating columns, and the durations' texts, are kept in `memos` from row to row.
    static func writeRow(
        _ row: ItemRowFields, stageEntries entries: [Date?], stageCount: Int, days: inout LocalDays,
        memos: inout ItemLineMemos, to output: OutputBuffer
    ) {
        CSVEscaping.append(text: row.key, to: output)
        textCell(row.title, to: output)
        textCell(row.type, memo: &memos.csv.type, to: output)
        textCell(row.flowItem, memo: &memos.csv.flowItem, to: output)
        textCell(row.team, memo: &memos.csv.team, to: output)
        textCell(row.status, memo: &memos.csv.status, to: output)
        textCell(row.stage, memo: &memos.csv.stage, to: output)
        output.append(outcomeCells[row.outcome.index])
        textCell(row.source, memo: &memos.csv.source, to: output)
        timestampCell(row.created, to: output)
        timestampCell(row.started, to: output)
        timestampCell(row.done, to: output)
        numberCell(row.flowTimeDays, texts: &memos.numbers, to: output)
        numberCell(row.leadTimeDays, texts: &memos.numbers, to: output)
        numberCell(row.activeDays, texts: &memos.numbers, to: output)
        numberCell(row.waitDays, texts: &memos.numbers, to: output)
        for index in 0..<stageCount {
            output.append(byte: UInt8(ascii: ","))
            if index < entries.count, let entry = entries[index] {
                OutputTimestamp.append(days.day(of: entry), to: output)
            }
        }
        output.append("\r\n" as StaticString)
    }

    /// `,` and each outcome's cell, by ``FlowMapping/Outcome/index``.
    private static let outcomeCells = Outcome.allCases.map { Array(("," + CSVEscaping.generated($0.rawValue)).utf8) }

    /// `,` and the export's text, neutralised.
    private static func textCell(_ text: String, to output: OutputBuffer) {
        output.append(byte: UInt8(ascii: ","))
        CSVEscaping.append(text: text, to: output)
    }

    /// `,` and the export's text, neutralised, from `memo` when the column had it before.
    private static func textCell(_ text: String, memo: inout EscapedTextMemo, to output: OutputBuffer) {
        output.append(byte: UInt8(ascii: ","))
        memo.append(text, to: output, escape: CSVEscaping.append(text:to:))
    }

    /// `,` and the timestamp, if known.
    private static func timestampCell(_ date: Date?, to output: OutputBuffer) {
        output.append(byte: UInt8(ascii: ","))
        if let date { OutputTimestamp.append(date, to: output) }
    }

    /// `,` and the number at full precision, if known.
    private static func numberCell(_ number: Double?, texts: inout NumberTexts, to output: OutputBuffer) {
        output.append(byte: UInt8(ascii: ","))
        if let number, number.isFinite { texts.append(number, to: output) }
    }
}
