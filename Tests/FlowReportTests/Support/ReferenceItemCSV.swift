import FlowMapping
import Foundation

@testable import FlowReport

/// The reference for the CSV side of ``ItemLine``: a row of `items.csv` written cell by cell, each value through
/// the CSV escaping and the timestamp writer on its own, as the file's columns say. ``ItemLine`` must give
/// exactly these bytes.
enum ReferenceItemCSV {
    /// One row, ending with CRLF: the row's values, then one cell per stage with the day (in `days`' time zone)
    /// of the stage entry aligned with it.
    static func write(
        _ item: ItemRowFields, stageEntries entries: [Date?], stageCount: Int, days: inout LocalDays,
        to output: OutputBuffer
    ) {
        let texts = [item.key, item.title, item.type, item.flowItem, item.team, item.status, item.stage]
        for (index, text) in texts.enumerated() {
            if index > 0 { output.append(byte: UInt8(ascii: ",")) }
            CSVEscaping.append(text: text, to: output)
        }
        output.append(byte: UInt8(ascii: ","))
        CSVEscaping.append(generated: item.outcome.rawValue, to: output)
        output.append(byte: UInt8(ascii: ","))
        CSVEscaping.append(text: item.source, to: output)
        for date in [item.created, item.started, item.done] {
            output.append(byte: UInt8(ascii: ","))
            if let date { OutputTimestamp.append(date, to: output) }
        }
        for number in [item.flowTimeDays, item.leadTimeDays, item.activeDays, item.waitDays] {
            output.append(byte: UInt8(ascii: ","))
            if let number, number.isFinite { output.append(number.description) }
        }
        for index in 0..<stageCount {
            output.append(byte: UInt8(ascii: ","))
            if index < entries.count, let entry = entries[index] {
                OutputTimestamp.append(days.day(of: entry), to: output)
            }
        }
        output.append("\r\n" as StaticString)
    }
}
