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
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// The file as UTF-8 bytes, for writing without another copy.
    func renderBytes(_ report: Report) -> [UInt8] {
        let zone = TimeZone(identifier: report.window.timeZone) ?? TimeZone(identifier: "UTC")!
        var days = LocalDays(clock: LocalClock(timeZone: zone))
        var output = OutputBuffer(reservingCapacity: 256 + report.items.count * 300)
        let header = Self.fixedColumns.map(CSVEscaping.generated) + report.stageNames.map(CSVEscaping.text)
        output.append(header.joined(separator: ","))
        output.append("\r\n")
        for item in report.items {
            for text in [item.key, item.title, item.type, item.flowItem, item.team, item.status, item.stage] {
                output.append(CSVEscaping.text(text))
                output.append(byte: UInt8(ascii: ","))
            }
            output.append(CSVEscaping.generated(item.outcome.rawValue))
            output.append(byte: UInt8(ascii: ","))
            output.append(CSVEscaping.text(item.source))
            for date in [item.created, item.started, item.done] {
                output.append(byte: UInt8(ascii: ","))
                if let date { OutputTimestamp.append(date, to: &output) }
            }
            for number in [item.flowTimeDays, item.leadTimeDays, item.activeDays, item.waitDays] {
                output.append(byte: UInt8(ascii: ","))
                if let number, number.isFinite { output.append(number.description) }
            }
            for index in report.stageNames.indices {
                output.append(byte: UInt8(ascii: ","))
                if index < item.stageEntries.count, let entry = item.stageEntries[index] {
                    output.append(days.day(of: entry).description)
                }
            }
            output.append("\r\n")
        }
        return output.bytes
    }
}

/// Days of instants in one zone, remembering the zone's offset per quarter hour (offsets only change on
/// quarter-hour boundaries), since asking the zone is slow and an export's dates cluster.
private struct LocalDays {
    let clock: LocalClock
    private var offsets: [Int: Int] = [:]

    init(clock: LocalClock) {
        self.clock = clock
    }

    mutating func day(of date: Date) -> Day {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e15 else { return clock.day(of: date) }
        let quarter = Int((seconds / 900).rounded(.down))
        let offset: Int
        if let known = offsets[quarter] {
            offset = known
        } else {
            offset = clock.offset(at: date)
            offsets[quarter] = offset
        }
        return Day(ordinal: Int(((seconds + Double(offset)) / 86_400).rounded(.down)))
    }
}
