import FlowMapping
import Foundation

/// Time in stage (SPEC §4): for delivered items, each stage's total time per item over all its visits.
///
/// A visit counts up to the item's flow end: time spent in the done stage it was delivered into (and any
/// done stage after it) is not time in the flow. Backlog time before the commitment point is counted in the
/// backlog stage, since it is a visit like any other.
public enum TimeInStage {
    /// Days per stage for one item (index = stage); `nil` for stages it never visited before its flow end.
    public static func perItem(_ flow: ItemFlow, kinds: [StageKind]) -> [Double?] {
        var days = [Double?](repeating: nil, count: kinds.count)
        guard let end = flow.flowEnd else { return days }
        for interval in flow.intervals where interval.stage < kinds.count {
            let closesAtEnd = interval.end == end && interval.start == end && kinds[interval.stage] != .done
            guard interval.start < end || closesAtEnd else { continue }
            let until = min(interval.end ?? end, end)
            let seconds = max(0, until.timeIntervalSince(interval.start))
            days[interval.stage] = (days[interval.stage] ?? 0) + seconds / 86_400
        }
        return days
    }

    /// Per stage (in `kinds` order): items that visited, p50/p85 of their totals, and the sum.
    public static func rows(_ delivered: [ItemFlow], kinds: [StageKind]) -> [StageTime] {
        var perStage = [[Double]](repeating: [], count: kinds.count)
        for flow in delivered where !flow.intervals.isEmpty {
            for (stage, days) in perItem(flow, kinds: kinds).enumerated() {
                if let days { perStage[stage].append(days) }
            }
        }
        return perStage.enumerated().map { stage, values in
            let sorted = values.sorted()
            return StageTime(
                stage: stage, items: sorted.count, p50Days: Percentile.nearestRank(sorted, percent: 50),
                p85Days: Percentile.nearestRank(sorted, percent: 85), totalDays: sorted.reduce(0, +))
        }
    }

    /// Per stage, as ``rows(_:kinds:)``, for items without status history, from Jira's `[CHART] Time in Status`
    /// totals (SPEC §4: "time in stage from [CHART] Time in Status where present").
    ///
    /// Each entry's status id is named through `statusNames` and placed by `stageOf`; entries whose id has no
    /// name or whose status has no stage are left out. An item visited a stage when an entry placed there was
    /// entered — for a `done` or `discarded` stage only when time was spent in it, since Jira does not count the
    /// stay an item is still in: the done stage it was delivered into is no visit, as with history.
    public static func rows(
        fromTimeInStatus delivered: [ItemFlow], statusNames: [String: String], kinds: [StageKind],
        stageOf: (String) -> Int?
    ) -> [StageTime] {
        var perStage = [[Double]](repeating: [], count: kinds.count)
        var stageByID: [String: Int?] = [:]
        for flow in delivered where !flow.item.timeInStatus.isEmpty {
            var days = [Double?](repeating: nil, count: kinds.count)
            for entry in flow.item.timeInStatus {
                if stageByID[entry.statusID] == nil {
                    stageByID[entry.statusID] = statusNames[entry.statusID].flatMap(stageOf)
                }
                guard let found = stageByID[entry.statusID], let stage = found, stage < kinds.count else { continue }
                let ended = kinds[stage] == .done || kinds[stage] == .discarded
                guard ended ? entry.seconds > 0 : (entry.timesEntered > 0 || entry.seconds > 0) else { continue }
                days[stage] = (days[stage] ?? 0) + entry.seconds / 86_400
            }
            for (stage, value) in days.enumerated() { if let value { perStage[stage].append(value) } }
        }
        return perStage.enumerated().map { stage, values in
            let sorted = values.sorted()
            return StageTime(
                stage: stage, items: sorted.count, p50Days: Percentile.nearestRank(sorted, percent: 50),
                p85Days: Percentile.nearestRank(sorted, percent: 85), totalDays: sorted.reduce(0, +))
        }
    }

    /// The bottleneck candidate: the `wait` stage with the largest total time; `nil` when no wait stage
    /// held any item for any time. Ties go to the earlier stage.
    public static func bottleneck(_ rows: [StageTime], kinds: [StageKind]) -> Int? {
        var best: StageTime?
        for row in rows where row.stage < kinds.count && kinds[row.stage] == .wait && row.totalDays > 0 {
            if best.map({ row.totalDays > $0.totalDays }) ?? true { best = row }
        }
        return best?.stage
    }
}
