import Foundation

@testable import FlowReport

/// The reference for ``ItemLine``: an element of `items[]` written member by member through ``JSONWriter``'s
/// general calls, as any other object of the report is. The one-piece writer must give exactly these bytes.
enum ReferenceItemJSON {
    /// One element of `items[]`: the row's values, its stage entries aligned with `keys.stages`.
    static func write(
        _ item: ItemRowFields, stageEntries entries: [Date?], keys: ItemKeys, to json: inout JSONWriter
    ) {
        json.compactObject { json in
            json.key(keys.key)
            json.string(item.key)
            json.key(keys.title)
            json.string(item.title)
            json.key(keys.type)
            json.string(item.type)
            json.key(keys.flowItem)
            json.string(item.flowItem)
            json.key(keys.team)
            json.string(item.team)
            json.key(keys.status)
            json.string(item.status)
            json.key(keys.stage)
            json.string(item.stage)
            json.key(keys.outcome)
            json.string(item.outcome.rawValue)
            json.key(keys.source)
            json.string(item.source)
            json.key(keys.created)
            json.timestamp(item.created)
            json.key(keys.started)
            json.timestamp(item.started)
            json.key(keys.done)
            json.timestamp(item.done)
            json.key(keys.flowTimeDays)
            json.number(item.flowTimeDays)
            json.key(keys.leadTimeDays)
            json.number(item.leadTimeDays)
            json.key(keys.activeDays)
            json.number(item.activeDays)
            json.key(keys.waitDays)
            json.number(item.waitDays)
            json.key(keys.skippedFlow)
            json.bool(item.skippedFlow)
            json.key(keys.stageEntries)
            json.object { json in
                for (index, stage) in keys.stages.enumerated() {
                    json.key(stage)
                    json.timestamp(index < entries.count ? entries[index] : nil)
                }
            }
        }
    }
}

/// The member names of an item object, made once for all items (a class, so that handing them to each item
/// costs one retain rather than one per name).
final class ItemKeys: Sendable {
    let key, title, type, flowItem, team, status, stage, outcome, source: JSONWriter.PreparedKey
    let created, started, done, flowTimeDays, leadTimeDays, activeDays, waitDays: JSONWriter.PreparedKey
    let skippedFlow, stageEntries: JSONWriter.PreparedKey
    /// The members of `stageEntries`.
    let stages: [JSONWriter.PreparedKey]

    /// Names for an item object laid out on one line.
    init(stageNames: [String]) {
        func named(_ name: String) -> JSONWriter.PreparedKey { JSONWriter.PreparedKey(compact: name) }
        key = named("key")
        title = named("title")
        type = named("type")
        flowItem = named("flowItem")
        team = named("team")
        status = named("status")
        stage = named("stage")
        outcome = named("outcome")
        source = named("source")
        created = named("created")
        started = named("started")
        done = named("done")
        flowTimeDays = named("flowTimeDays")
        leadTimeDays = named("leadTimeDays")
        activeDays = named("activeDays")
        waitDays = named("waitDays")
        skippedFlow = named("skippedFlow")
        stageEntries = named("stageEntries")
        stages = stageNames.map { JSONWriter.PreparedKey(compact: $0) }
    }
}
