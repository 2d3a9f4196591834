/// `items[]`: every imported item, whatever its state.
extension JSONRenderer {
    func writeItems(_ report: Report, to json: inout JSONWriter) {
        json.array("items") { json in
            // Each row is read in place: an array subscript would copy it, every string in it included.
            report.items.withUnsafeBufferPointer { rows in
                guard let first = rows.baseAddress else { return }
                for index in rows.indices { writeItem(first + index, stageNames: report.stageNames, to: &json) }
            }
        }
    }

    private func writeItem(_ item: UnsafePointer<ItemRow>, stageNames: [String], to json: inout JSONWriter) {
        json.object { json in
            json.field("key", item.pointee.key)
            json.field("title", item.pointee.title)
            json.field("type", item.pointee.type)
            json.field("flowItem", item.pointee.flowItem)
            json.field("team", item.pointee.team)
            json.field("status", item.pointee.status)
            json.field("stage", item.pointee.stage)
            json.field("outcome", item.pointee.outcome.rawValue)
            json.field("source", item.pointee.source)
            json.key("created")
            json.timestamp(item.pointee.created)
            json.key("started")
            json.timestamp(item.pointee.started)
            json.key("done")
            json.timestamp(item.pointee.done)
            json.field("flowTimeDays", item.pointee.flowTimeDays)
            json.field("leadTimeDays", item.pointee.leadTimeDays)
            json.field("activeDays", item.pointee.activeDays)
            json.field("waitDays", item.pointee.waitDays)
            json.field("skippedFlow", item.pointee.skippedFlow)
            let entries = item.pointee.stageEntries
            json.object("stageEntries") { json in
                for (index, stage) in stageNames.enumerated() {
                    json.key(stage)
                    json.timestamp(index < entries.count ? entries[index] : nil)
                }
            }
        }
    }
}
