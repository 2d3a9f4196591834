import FlowMapping
import FlowMetrics

extension ReportBuilder {
    /// Items in progress at the window's end, oldest first, each marked with the highest flow-time
    /// percentile of `basis` its age has passed.
    static func agingRows(_ scope: ReportScope, basis: Percentiles?) -> [AgingRow] {
        AgingWork.entries(scope.flows, at: scope.window.end).map { entry in
            var beyond: String?
            if let basis {
                if entry.ageDays > basis.p95 {
                    beyond = "p95"
                } else if entry.ageDays > basis.p85 {
                    beyond = "p85"
                } else if entry.ageDays > basis.p50 {
                    beyond = "p50"
                }
            }
            return AgingRow(
                key: entry.flow.item.key, title: entry.flow.item.title, status: entry.status,
                stage: scope.map.stages[entry.stage].name, team: entry.flow.team, ageDays: entry.ageDays,
                beyond: beyond)
        }
    }

    /// Flow-time percentiles of the items delivered over the trend span (the window and up to 12 weeks
    /// before it): what aging work is compared with. `nil` when none has a flow time.
    static func agingBasis(_ scope: ReportScope) -> Percentiles? {
        let delivered = scope.delivered(in: scope.periods.trend)
        return DurationStats(delivered.compactMap(\.flowTimeDays)).map(Percentiles.init)
    }
}
