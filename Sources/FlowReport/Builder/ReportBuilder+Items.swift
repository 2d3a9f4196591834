import FlowMapping
import FlowModel
import Foundation

extension ReportBuilder {
    /// Every item of the report, by key.
    static func itemRows(_ scope: ReportScope) -> [ItemRow] {
        let order = scope.flows.indices.map { (KeyOrder(scope.flows[$0].item.key), $0) }.sorted { $0.0 < $1.0 }
        return order.map { itemRow(scope.flows[$0.1], scope: scope) }
    }

    static func itemRow(_ flow: ItemFlow, scope: ReportScope) -> ItemRow {
        let item = flow.item
        let ended = flow.outcome == .delivered || flow.outcome == .discarded
        return ItemRow(
            key: item.key, title: item.title, type: item.type, flowItem: flow.flowItem, team: flow.team,
            status: item.status, stage: scope.map.stages[flow.stage].name, outcome: flow.outcome, source: item.source,
            created: item.created, started: flow.flowStart, done: ended ? flow.flowEnd : nil,
            flowTimeDays: flow.flowTimeDays, leadTimeDays: flow.leadTimeDays,
            activeDays: flow.activeSeconds.map { $0 / 86_400 }, waitDays: flow.waitSeconds.map { $0 / 86_400 },
            stageEntries: stageEntries(flow, stageCount: scope.map.stages.count), skippedFlow: flow.skippedFlow)
    }

    /// The first entry into each stage. Without history only the stage an item ended in is known, and only
    /// when its end date is: that date.
    static func stageEntries(_ flow: ItemFlow, stageCount: Int) -> [Date?] {
        var entries = [Date?](repeating: nil, count: stageCount)
        if flow.intervals.isEmpty {
            if flow.outcome == .delivered || flow.outcome == .discarded, flow.stage < stageCount {
                entries[flow.stage] = flow.flowEnd
            }
            return entries
        }
        for interval in flow.intervals where interval.stage < stageCount && entries[interval.stage] == nil {
            entries[interval.stage] = interval.start
        }
        return entries
    }
}
