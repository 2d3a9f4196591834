import FlowMapping
import FlowModel
import Foundation

/// Renders `items.csv`: one row per imported item with its flow dates and one column per stage holding the day
/// the item entered it on its way to where it is now (``ItemRow/stageEntries``: a move back clears the later
/// stages) — importable by spreadsheets and ActionableAgile-style tools.
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
}
