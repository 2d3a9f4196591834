import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

extension ReportBuilder {
    /// Said when some sprint's "committed" came from the items' creation dates.
    static let sprintFallbackNote =
        "The data has no sprint-change history for some sprints: for them, committed counts the items created "
        + "before the sprint started, added those created while it ran, and removals are unknown."

    /// The report of `streamgauge sprints`: the last `last` sprints of every team that have started by the
    /// data's newest timestamp, with a window from the first one's start to the last one's end (or the data's
    /// last day, for a sprint still running). Without sprints, the window is the last complete week.
    public func buildSprints(_ dataset: Dataset, teams: [String] = [], last: Int = 6) -> Report {
        let scope = ReportScope(
            stream: valueStream, dataset: dataset, request: .automatic, teams: teams, now: generatedAt)
        let started = ReportBuilder.sprintNumbers(scope.mapped, dataset: dataset).filter {
            $0.period.start <= scope.asOf
        }
        var kept: [SprintNumbers] = []
        for team in Set(started.map(\.team)).sorted() {
            kept += started.filter { $0.team == team }.suffix(max(last, 1))
        }
        guard let from = kept.map(\.period.startDay).min(), let end = kept.map(\.period.endDay).max() else {
            return build(dataset, window: .automatic, teams: teams)
        }
        let to = max(from, min(end, scope.clock.day(of: scope.asOf)))
        var report = build(dataset, window: .range(from: from, to: to), teams: teams)
        report.sprints = kept.map(ReportBuilder.sprintRow)
        if kept.contains(where: { !$0.fromHistory }) { report.notes.append(ReportBuilder.sprintFallbackNote) }
        return report
    }
}
