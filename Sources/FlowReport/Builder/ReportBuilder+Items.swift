import FlowMapping
import FlowModel
import Foundation

extension ReportBuilder {
    /// Every item of the report, by key.
    ///
    /// The rows are made in the dataset's order, which is the order the items lie in memory, and then moved
    /// into key order.
    static func itemRows(_ scope: ReportScope) -> [ItemRow] {
        var rows: [ItemRow?] = scope.flows.map { itemRow($0, scope: scope) }
        return KeyOrder.sortedIndices(scope.flows.map(\.item.key)).map { index in
            guard let row = rows[index].take() else { preconditionFailure("every row is taken once") }
            return row
        }
    }

    static func itemRow(_ flow: ItemFlow, scope: ReportScope) -> ItemRow {
        let ended = flow.outcome == .delivered || flow.outcome == .discarded
        return ItemRow(
            key: flow.item.key, title: flow.item.title, type: flow.item.type, flowItem: flow.flowItem,
            team: flow.team, status: flow.item.status, stage: scope.map.stages[flow.stage].name,
            outcome: flow.outcome, source: flow.item.source, created: flow.item.created, started: flow.flowStart,
            done: ended ? flow.flowEnd : nil,
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
        let intervals = flow.intervals
        for index in intervals.indices {
            let stage = intervals[index].stage
            if stage < stageCount && entries[stage] == nil { entries[stage] = intervals[index].start }
        }
        return entries
    }
}
