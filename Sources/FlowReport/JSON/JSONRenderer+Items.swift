/// `items[]`: every imported item, whatever its state, one item per line (a 100 000-item report stays about
/// half the size it would be with one member per line, and still reads and diffs item by item).
extension JSONRenderer {
    func writeItems(_ report: Report, to json: inout JSONWriter) {
        json.array("items") { json in
            let keys = ItemKeys(stageNames: report.stageNames)
            // Each row is read in place: an array subscript would copy it, every string in it included.
            report.items.withUnsafeBufferPointer { rows in
                guard let first = rows.baseAddress else { return }
                for index in rows.indices { writeItem(first + index, keys: keys, to: &json) }
            }
        }
    }

    private func writeItem(_ item: UnsafePointer<ItemRow>, keys: ItemKeys, to json: inout JSONWriter) {
        json.compactObject { json in
            json.key(keys.key)
            json.string(item.pointee.key)
            json.key(keys.title)
            json.string(item.pointee.title)
            json.key(keys.type)
            json.string(item.pointee.type)
            json.key(keys.flowItem)
            json.string(item.pointee.flowItem)
            json.key(keys.team)
            json.string(item.pointee.team)
            json.key(keys.status)
            json.string(item.pointee.status)
            json.key(keys.stage)
            json.string(item.pointee.stage)
            json.key(keys.outcome)
            json.string(item.pointee.outcome.rawValue)
            json.key(keys.source)
            json.string(item.pointee.source)
            json.key(keys.created)
            json.timestamp(item.pointee.created)
            json.key(keys.started)
            json.timestamp(item.pointee.started)
            json.key(keys.done)
            json.timestamp(item.pointee.done)
            json.key(keys.flowTimeDays)
            json.number(item.pointee.flowTimeDays)
            json.key(keys.leadTimeDays)
            json.number(item.pointee.leadTimeDays)
            json.key(keys.activeDays)
            json.number(item.pointee.activeDays)
            json.key(keys.waitDays)
            json.number(item.pointee.waitDays)
            json.key(keys.skippedFlow)
            json.bool(item.pointee.skippedFlow)
            json.key(keys.stageEntries)
            let entries = item.pointee.stageEntries
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
private final class ItemKeys {
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
