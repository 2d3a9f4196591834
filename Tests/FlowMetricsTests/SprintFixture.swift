import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// Sprints and sprint members for the sprint tests. Days are `Fixture` days (after Monday 2026-11-02 00:00
/// UTC); S1 runs days 0–13, S2 days 14–27, S3 days 28–41 (two-week sprints from the configuration).
enum SprintFixture {
    static let configured = [
        ConfiguredSprint(name: "S1", team: nil, start: Fixture.day(0), end: Fixture.day(13)),
        ConfiguredSprint(name: "S2", team: nil, start: Fixture.day(14), end: Fixture.day(27)),
        ConfiguredSprint(name: "S3", team: nil, start: Fixture.day(28), end: Fixture.day(41)),
    ]

    static let calendar = SprintCalendar(dataSprints: [:], configured: configured, clock: Fixture.utc)

    /// A mapped item in `sprints`, with `changes` as (day, sprint, added).
    static func member(
        _ key: String, created: Double, sprints: [String], changes: [(Double, String, Bool)] = [],
        start: Double? = nil, end: Double? = nil, outcome: Outcome? = nil, points: Double? = nil,
        flowItem: String = "Feature", team: String = "Payments"
    ) -> ItemFlow {
        let item = WorkItem(
            key: key, created: Fixture.at(created), sprints: sprints, storyPoints: points,
            sprintChanges: changes.map { SprintChange(at: Fixture.at($0.0), sprint: $0.1, added: $0.2) })
        return ItemFlow(
            item: item, flowItem: flowItem, team: team, stage: 0, flowStart: start.map(Fixture.at),
            flowEnd: end.map(Fixture.at),
            outcome: outcome ?? (end != nil ? .delivered : start != nil ? .inProgress : .notStarted))
    }

    /// Every sprint's numbers over `flows`, by sprint name.
    static func numbers(_ flows: [ItemFlow]) -> [String: SprintNumbers] {
        let rows = SprintTally.numbers(flows, periods: calendar.periods(flows))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.period.name, $0) })
    }
}
