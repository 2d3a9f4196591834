/// `items[]`: every imported item, whatever its state.
extension JSONRenderer {
    func writeItems(_ report: Report, to json: inout JSONWriter) {
        json.array("items") { json in
            for item in report.items {
                json.object { json in
                    json.field("key", item.key)
                    json.field("title", item.title)
                    json.field("type", item.type)
                    json.field("flowItem", item.flowItem)
                    json.field("team", item.team)
                    json.field("status", item.status)
                    json.field("stage", item.stage)
                    json.field("outcome", item.outcome.rawValue)
                    json.field("source", item.source)
                    json.key("created")
                    json.timestamp(item.created)
                    json.key("started")
                    json.timestamp(item.started)
                    json.key("done")
                    json.timestamp(item.done)
                    json.field("flowTimeDays", item.flowTimeDays)
                    json.field("leadTimeDays", item.leadTimeDays)
                    json.field("activeDays", item.activeDays)
                    json.field("waitDays", item.waitDays)
                    json.field("skippedFlow", item.skippedFlow)
                    json.object("stageEntries") { json in
                        for (index, stage) in report.stageNames.enumerated() {
                            let entry = index < item.stageEntries.count ? item.stageEntries[index] : nil
                            json.key(stage)
                            json.timestamp(entry)
                        }
                    }
                }
            }
        }
    }
}
