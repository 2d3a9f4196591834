import FlowMapping
import FlowModel
import Foundation

/// One sprint's numbers as its members are counted, one item at a time, in the items' order.
///
/// Counting every sprint's members while the items are read once, in order, reads each item once: counting
/// sprint by sprint went back to 100 000 items in the sprints' order, and those reads missed the cache. Within
/// a sprint the members still come in the items' order, so the sums of points add up in the same order.
struct SprintCount {
    let period: SprintPeriod
    private(set) var isEmpty = true
    private var numbers: SprintNumbers
    private var flowTimes: [Double] = []
    private var completedByFlowItem = SmallTally()
    private var pointsCommitted = 0.0
    private var pointsCompleted = 0.0
    private var anyPoints = false

    init(_ period: SprintPeriod) {
        self.period = period
        numbers = SprintNumbers(period: period, team: "")
    }

    /// Counts `flow`, a member of the sprint as `membership` says; `inLaterSprint` when it took part in a sprint
    /// that started later.
    mutating func add(_ flow: ItemFlow, _ membership: SprintMembership, inLaterSprint: Bool) {
        isEmpty = false
        let points = flow.item.storyPoints
        anyPoints = anyPoints || points != nil
        if !membership.fromHistory { numbers.fromHistory = false }
        if membership.atStart {
            numbers.committed += 1
            pointsCommitted += points ?? 0
        }
        if membership.added { numbers.added += 1 }
        if membership.removed { numbers.removed += 1 }
        guard membership.inScope else { return }
        if flow.outcome == .delivered, let end = flow.flowEnd, period.contains(end) {
            numbers.completed += 1
            pointsCompleted += points ?? 0
            completedByFlowItem.add(flow.flowItem)
            if let days = flow.flowTimeDays { flowTimes.append(days) }
        } else {
            numbers.notCompleted += 1
            if inLaterSprint { numbers.carriedOver += 1 }
        }
    }

    /// The sprint's numbers, for `team`.
    func finished(team: String) -> SprintNumbers {
        var numbers = numbers
        numbers.team = team
        numbers.completedByFlowItem = completedByFlowItem.dictionary
        numbers.sayDo = numbers.committed > 0 ? Double(numbers.completed) / Double(numbers.committed) : nil
        numbers.pointsCommitted = anyPoints ? pointsCommitted : nil
        numbers.pointsCompleted = anyPoints ? pointsCompleted : nil
        numbers.flowTimeP85 = Percentile.nearestRank(flowTimes.sorted(), percent: 85)
        return numbers
    }
}
