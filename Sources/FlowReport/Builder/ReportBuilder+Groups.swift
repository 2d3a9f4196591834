import FlowMapping
import FlowMetrics

extension ReportBuilder {
    /// The window's numbers for each team, by team name.
    static func teamRows(_ scope: ReportScope) -> [TeamRow] {
        let byTeam = Dictionary(grouping: scope.flows, by: \.team)
        return byTeam.keys.sorted().map { team in
            TeamRow(name: team, summary: summary(scope, flows: byTeam[team] ?? []))
        }
    }

    /// The window's numbers for each configured business step, in the configured order.
    static func businessStepRows(_ scope: ReportScope) -> [TeamRow] {
        guard let steps = scope.stream.businessStream?.steps else { return [] }
        let byStep = Dictionary(grouping: scope.flows.filter { $0.businessStep != nil }) { $0.businessStep ?? "" }
        var seen: Set<String> = []
        return steps.compactMap { step in
            guard seen.insert(step.name).inserted else { return nil }
            return TeamRow(name: step.name, summary: summary(scope, flows: byStep[step.name] ?? []))
        }
    }

    /// The window's summary over `flows`.
    static func summary(_ scope: ReportScope, flows: [ItemFlow]) -> FlowSummary {
        FlowSummary(
            scope.numbers(scope.window, flows: flows), days: scope.window.dayCount, flowItems: scope.flowItems)
    }
}
