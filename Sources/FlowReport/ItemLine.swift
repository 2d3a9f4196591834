import FlowMapping
import Foundation

/// Writes one item both ways at once: its element of `items[]` in `report.json` (`{"key": "PAY-7", "title": …,
/// "stageEntries": {…}}`) and its row of `items.csv`, either or both.
///
/// A 100 000-item report writes 2 million JSON members and as many CSV cells, most of them the same values. Each
/// value is read, checked and formatted once: a key or title that needs no escaping in either file is copied as
/// it is into both (``JSONAndCSVEscaping``), a timestamp or a duration written into the JSON is copied from there into the CSV, and the
/// repeating columns come from the memos of both escapes (``EscapedTextMemo``). The JSON member names, with the
/// punctuation around them, are made once (``init(stageNames:)``).
///
/// The bytes are exactly those of ``JSONWriter/compactObject(_:)`` writing the members one by one, and of
/// ``ItemsCSVRenderer``'s columns: values through the same escaping, number and timestamp writers.
struct ItemLine {
    /// The names before each value, with what comes between: `{"key": `, `, "title": `, …
    private let open, title, type, flowItem, team, status, stage: [UInt8]
    /// `, "outcome": "delivered", "source": ` and the like, one per outcome (by ``FlowMapping/Outcome/index``):
    /// the outcome is one of four words.
    private let outcomeAndSource: [[UInt8]]
    private let created, started, done, flowTimeDays, leadTimeDays, activeDays, waitDays, skippedFlow: [UInt8]
    /// `, "stageEntries": {`, then one name per stage (`"To Do": `, then `, "Done": `…), then `}}`.
    private let stageEntries: [UInt8]
    private let stages: [[UInt8]]
    private let close: [UInt8] = Array("}}".utf8)
    /// `,` and each outcome's CSV cell, by ``FlowMapping/Outcome/index``.
    private let outcomeCells = Outcome.allCases.map { Array(("," + CSVEscaping.generated($0.rawValue)).utf8) }

    init(stageNames: [String]) {
        func member(_ name: String, first: Bool = false) -> [UInt8] {
            (first ? [] : Array(", ".utf8)) + JSONWriter.PreparedKey(compact: name).line
        }
        open = Array("{".utf8) + member("key", first: true)
        title = member("title")
        type = member("type")
        flowItem = member("flowItem")
        team = member("team")
        status = member("status")
        stage = member("stage")
        outcomeAndSource = Outcome.allCases.map { outcome in
            member("outcome") + Array(JSONEscaping.string(outcome.rawValue).utf8) + member("source")
        }
        created = member("created")
        started = member("started")
        done = member("done")
        flowTimeDays = member("flowTimeDays")
        leadTimeDays = member("leadTimeDays")
        activeDays = member("activeDays")
        waitDays = member("waitDays")
        skippedFlow = member("skippedFlow")
        stageEntries = member("stageEntries") + Array("{".utf8)
        stages = stageNames.enumerated().map { member($1, first: $0 == 0) }
    }

    /// The item `row` as the next element of `json`'s open array, when `json` is given, and as a row of `csv`
    /// (ending with CRLF), when given; its stage entries aligned with the stage names, the CSV's as days in the
    /// report's time zone (`days`). The escaped values of the repeating columns are kept in `memos` from row to
    /// row. The JSON buffer must not stream: values are copied from its end into the CSV
    /// (``OutputBuffer/copyTail(_:to:)``).
    @inline(__always)
    func write(
        _ row: ItemRowFields, stageEntries entries: [Date?], memos: inout ItemLineMemos, days: inout LocalDays,
        json: inout JSONWriter?, csv: OutputBuffer?
    ) {
        let output = json?.startPreformatted()
        write(row, stageEntries: entries, memos: &memos, days: &days, json: output, csv: csv)
    }

    @inline(__always)
    private func write(
        _ row: ItemRowFields, stageEntries entries: [Date?], memos: inout ItemLineMemos, days: inout LocalDays,
        json: OutputBuffer?, csv: OutputBuffer?
    ) {
        json?.append(open)
        JSONAndCSVEscaping.append(row.key, json: json, csv: csv, csvComma: false)
        json?.append(title)
        JSONAndCSVEscaping.append(row.title, json: json, csv: csv, csvComma: true)
        json?.append(type)
        memos.type.append(row.type, json: json, csv: csv)
        json?.append(flowItem)
        memos.flowItem.append(row.flowItem, json: json, csv: csv)
        json?.append(team)
        memos.team.append(row.team, json: json, csv: csv)
        json?.append(status)
        memos.status.append(row.status, json: json, csv: csv)
        json?.append(stage)
        memos.stage.append(row.stage, json: json, csv: csv)
        json?.append(outcomeAndSource[row.outcome.index])
        csv?.append(outcomeCells[row.outcome.index])
        memos.source.append(row.source, json: json, csv: csv)
        json?.append(created)
        Self.timestamp(row.created, json: json, csv: csv)
        json?.append(started)
        Self.timestamp(row.started, json: json, csv: csv)
        json?.append(done)
        Self.timestamp(row.done, json: json, csv: csv)
        json?.append(flowTimeDays)
        Self.number(row.flowTimeDays, json: json, csv: csv)
        json?.append(leadTimeDays)
        Self.number(row.leadTimeDays, json: json, csv: csv)
        json?.append(activeDays)
        Self.number(row.activeDays, json: json, csv: csv)
        json?.append(waitDays)
        Self.number(row.waitDays, json: json, csv: csv)
        if let json {
            json.append(skippedFlow)
            json.append(row.skippedFlow ? "true" as StaticString : "false")
            json.append(stageEntries)
            for index in stages.indices {
                json.append(stages[index])
                JSONWriter.append(timestamp: index < entries.count ? entries[index] : nil, to: json)
            }
            json.append(close)
        }
        if let csv {
            for index in stages.indices {
                csv.append(byte: UInt8(ascii: ","))
                if index < entries.count, let entry = entries[index] {
                    OutputTimestamp.append(days.day(of: entry), to: csv)
                }
            }
            csv.append("\r\n" as StaticString)
        }
    }

    /// A timestamp as a JSON string (or `null`) and as a CSV cell after a `,` (empty when unknown), made once.
    @inline(__always)
    private static func timestamp(_ date: Date?, json: OutputBuffer?, csv: OutputBuffer?) {
        csv?.append(byte: UInt8(ascii: ","))
        guard let date else {
            json?.append("null" as StaticString)
            return
        }
        guard json != nil else {
            csv?.append(timestamp: date)
            return
        }
        json?.append(byte: UInt8(ascii: "\""))
        let length = json?.append(timestamp: date) ?? 0
        if csv != nil { json?.copyTail(length, to: csv!) }
        json?.append(byte: UInt8(ascii: "\""))
    }

    /// A duration at full precision as a JSON number (or `null`) and as a CSV cell after a `,` (empty when
    /// unknown), made once.
    @inline(__always)
    private static func number(_ value: Double?, json: OutputBuffer?, csv: OutputBuffer?) {
        csv?.append(byte: UInt8(ascii: ","))
        guard let value, value.isFinite else {
            json?.append("null" as StaticString)
            return
        }
        guard json != nil else {
            csv?.append(shortest: value)
            return
        }
        let start = json?.count ?? 0
        json?.append(shortest: value)
        if csv != nil { json?.copyTail((json?.count ?? 0) - start, to: csv!) }
    }
}
