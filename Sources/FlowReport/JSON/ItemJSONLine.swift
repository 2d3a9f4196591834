import FlowMapping
import Foundation

/// Writes one element of `items[]` in one piece: `{"key": "PAY-7", "title": …, "stageEntries": {…}}`.
///
/// A 100 000-item report writes 2 million of these members. The member names, with the punctuation around
/// them, are made once (``init(stageNames:)``); each item then writes its values between them, which spares the
/// layout decisions ``JSONWriter`` makes for every member of a document of any shape. The bytes are those of
/// ``JSONWriter/compactObject(_:)`` writing the members one by one: values through the same escaping, number and
/// timestamp writers.
struct ItemJSONLine {
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

    /// The item `row` as the next element of `json`'s open array, its stage entries aligned with the stage names.
    /// The escaped values of the repeating columns, and the durations' texts, are kept in `memos` from row to row.
    func write(
        _ row: ItemRowFields, stageEntries entries: [Date?], memos: inout ItemLineMemos, to json: inout JSONWriter
    ) {
        let escape = JSONEscaping.append(_:to:)
        json.preformatted { output in
            output.append(open)
            JSONEscaping.append(row.key, to: output)
            output.append(title)
            JSONEscaping.append(row.title, to: output)
            output.append(type)
            memos.json.type.append(row.type, to: output, escape: escape)
            output.append(flowItem)
            memos.json.flowItem.append(row.flowItem, to: output, escape: escape)
            output.append(team)
            memos.json.team.append(row.team, to: output, escape: escape)
            output.append(status)
            memos.json.status.append(row.status, to: output, escape: escape)
            output.append(stage)
            memos.json.stage.append(row.stage, to: output, escape: escape)
            output.append(outcomeAndSource[row.outcome.index])
            memos.json.source.append(row.source, to: output, escape: escape)
            output.append(created)
            JSONWriter.append(timestamp: row.created, to: output)
            output.append(started)
            JSONWriter.append(timestamp: row.started, to: output)
            output.append(done)
            JSONWriter.append(timestamp: row.done, to: output)
            output.append(flowTimeDays)
            JSONWriter.append(number: row.flowTimeDays, to: output, texts: &memos.numbers)
            output.append(leadTimeDays)
            JSONWriter.append(number: row.leadTimeDays, to: output, texts: &memos.numbers)
            output.append(activeDays)
            JSONWriter.append(number: row.activeDays, to: output, texts: &memos.numbers)
            output.append(waitDays)
            JSONWriter.append(number: row.waitDays, to: output, texts: &memos.numbers)
            output.append(skippedFlow)
            output.append(row.skippedFlow ? "true" as StaticString : "false")
            output.append(stageEntries)
            for index in stages.indices {
                output.append(stages[index])
                JSONWriter.append(timestamp: index < entries.count ? entries[index] : nil, to: output)
            }
            output.append(close)
        }
    }
}
