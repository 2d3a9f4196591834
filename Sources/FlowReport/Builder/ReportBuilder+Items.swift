import FlowMapping
import FlowModel
import Foundation

extension ReportBuilder {
    /// Every item of the report, by key.
    static func itemRows(_ scope: ReportScope) -> [ItemRow] {
        KeyOrder.sortedIndices(scope.flows.map(\.item.key)).map { itemRow(scope.flows[$0], scope: scope) }
    }

    static func itemRow(_ flow: borrowing ItemFlow, scope: ReportScope) -> ItemRow {
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
    static func stageEntries(_ flow: borrowing ItemFlow, stageCount: Int) -> [Date?] {
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
