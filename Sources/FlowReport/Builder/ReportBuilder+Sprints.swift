import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

extension ReportBuilder {
    /// Sprints that ended before the window that a weekly report still shows, per team, for the trend.
    static let sprintsBeforeWindow = 3

    /// The weekly report's sprints: per team, those whose last day falls in the window, and the
    /// ``sprintsBeforeWindow`` latest that ended before it.
    static func sprintRows(_ scope: ReportScope, dataset: Dataset) -> [SprintRow] {
        let numbers = sprintNumbers(scope, dataset: dataset)
        let window = scope.window
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

    /// Every sprint the scope's items were in, ordered by team, then start.
    static func sprintNumbers(_ scope: ReportScope, dataset: Dataset) -> [SprintNumbers] {
        let calendar = SprintCalendar(
            dataSprints: dataset.sprints, configured: scope.stream.sprints, clock: scope.clock)
        return SprintTally.numbers(
            scope.flows, periods: calendar.periods(scope.flows), teamNames: scope.stream.teamNames)
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
