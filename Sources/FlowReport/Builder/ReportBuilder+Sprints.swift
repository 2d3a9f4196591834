import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

extension ReportBuilder {
    /// Sprints that ended before the window that a weekly report still shows, per team, for the trend.
    static let sprintsBeforeWindow = 3

    /// The weekly report's sprints: per team, those whose last day falls in the window, and the
    /// ``sprintsBeforeWindow`` latest that ended before it.
    static func sprintRows(_ items: MappedItems, dataset: Dataset) -> [SprintRow] {
        let numbers = sprintNumbers(items, dataset: dataset)
        let window = items.window
        var before: [String: Int] = [:]
        var kept: [SprintNumbers] = []
        // Newest first, so that "the latest before the window" are the first met.
        for sprint in numbers.reversed() where sprint.period.endDay <= window.to {
            if sprint.period.endDay >= window.from {
                kept.append(sprint)
            } else if before[sprint.team, default: 0] < sprintsBeforeWindow {
                before[sprint.team, default: 0] += 1
                kept.append(sprint)
            }
        }
        return kept.reversed().map(sprintRow)
    }

    /// Every sprint the items were in, ordered by team, then start.
    static func sprintNumbers(_ items: MappedItems, dataset: Dataset) -> [SprintNumbers] {
        let calendar = SprintCalendar(
            dataSprints: dataset.sprints, configured: items.stream.sprints, clock: items.clock)
        return SprintTally.numbers(
            items.flows, periods: calendar.periods(items.flows), teamNames: items.stream.teamNames)
    }

    /// One sprint's row of the report.
    static func sprintRow(_ numbers: SprintNumbers) -> SprintRow {
        SprintRow(
            team: numbers.team, sprint: numbers.period.name, state: numbers.period.state,
            start: numbers.period.startDay, end: numbers.period.endDay, datesFrom: numbers.period.datesFrom.rawValue,
            committed: numbers.committed, added: numbers.added, removed: numbers.removed,
            completed: numbers.completed, notCompleted: numbers.notCompleted, carriedOver: numbers.carriedOver,
            sayDo: numbers.sayDo, pointsCommitted: numbers.pointsCommitted, pointsCompleted: numbers.pointsCompleted,
            flowTimeP85: numbers.flowTimeP85, completedByFlowItem: numbers.completedByFlowItem,
            fromHistory: numbers.fromHistory)
    }
}
