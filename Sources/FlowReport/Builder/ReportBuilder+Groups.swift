import FlowMapping
import FlowMetrics

extension ReportBuilder {
    /// The window's numbers for each team, by team name.
    static func teamRows(_ scope: ReportScope) -> [TeamRow] {
        scope.table.rowsByTeam.sorted { $0.name < $1.name }.map { team in
            TeamRow(name: team.name, summary: summary(scope, rows: team.rows))
        }
    }

    /// The window's numbers for each configured business step, in the configured order.
    static func businessStepRows(_ scope: ReportScope) -> [TeamRow] {
        guard let steps = scope.stream.businessStream?.steps else { return [] }
        let byStep = Dictionary(
            scope.table.rowsByBusinessStep.map { ($0.name, $0.rows) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        return steps.compactMap { step in
            guard seen.insert(step.name).inserted else { return nil }
            return TeamRow(name: step.name, summary: summary(scope, rows: byStep[step.name] ?? []))
        }
    }

    /// The window's summary over the rows `rows` of the scope's table.
    static func summary(_ scope: ReportScope, rows: [Int]) -> FlowSummary {
        FlowSummary(
            scope.numbers(scope.window, rows: rows), days: scope.window.dayCount, flowItems: scope.flowItems)
    }
}
