import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// A sprint whose scope changed while it ran, read from sprint-change history.
@Suite struct SprintScopeChangeTests {
    /// S1 runs day 0 (00:00) to the end of day 13.
    /// - A: put in S1 on day −1, 3 points, worked days 1–5 → committed, completed (flow time 4).
    /// - B: put in S1 on day −1, 5 points, taken out on day 3 → committed, removed (not in scope at the end).
    /// - C: put in S1 on day 4, 2 points, worked days 8–10 → added, completed (flow time 2).
    /// - D: put in S1 on day −1, 8 points, started day 2 and still in progress → committed, not completed,
    ///   and in no later sprint → not carried over.
    static let flows = [
        SprintFixture.member(
            "A", created: -5, sprints: ["S1"], changes: [(-1, "S1", true)], start: 1, end: 5, points: 3),
        SprintFixture.member(
            "B", created: -5, sprints: [], changes: [(-1, "S1", true), (3, "S1", false)], points: 5),
        SprintFixture.member(
            "C", created: -3, sprints: ["S1"], changes: [(4, "S1", true)], start: 8, end: 10, points: 2,
            flowItem: "Defect"),
        SprintFixture.member("D", created: -2, sprints: ["S1"], changes: [(-1, "S1", true)], start: 2, points: 8),
    ]

    @Test func countsCommittedAddedRemovedAndCompleted() throws {
        let sprint = try #require(SprintFixture.numbers(Self.flows)["S1"])
        // Committed A, B, D = 3; added C = 1; removed B = 1; in scope at the end A, C, D: completed A, C = 2,
        // not completed D = 1; D is in no later sprint, so nothing is carried over.
        #expect(sprint.committed == 3)
        #expect(sprint.added == 1)
        #expect(sprint.removed == 1)
        #expect(sprint.completed == 2)
        #expect(sprint.notCompleted == 1)
        #expect(sprint.carriedOver == 0)
        #expect(sprint.fromHistory)
    }

    @Test func derivesSayDoPointsFlowTimeAndMix() throws {
        let sprint = try #require(SprintFixture.numbers(Self.flows)["S1"])
        // say/do = completed 2 ÷ committed 3.
        #expect(sprint.sayDo == 2.0 / 3.0)
        // Points committed A 3 + B 5 + D 8 = 16; completed A 3 + C 2 = 5.
        #expect(sprint.pointsCommitted == 16)
        #expect(sprint.pointsCompleted == 5)
        // Flow times [2, 4]: p85 is rank ⌈0.85 · 2⌉ = 2 → 4 days.
        #expect(sprint.flowTimeP85 == 4)
        #expect(sprint.completedByFlowItem == ["Feature": 1, "Defect": 1])
        #expect(sprint.period.datesFrom == .config)
    }

    @Test func aWholeDaySprintCommitsWhatIsPutInOnItsFirstDay() throws {
        // S1's dates are whole days from the configuration: planning happens some time on day 0. G is put in at
        // 10:00 on day 0 and H at 23:00 on day 0: both committed. J goes in on day 1 at 09:00: added. K is created
        // on day 0 at 15:00 with no sprint changes (the fallback rule): committed too.
        let flows = [
            SprintFixture.member("G", created: -4, sprints: ["S1"], changes: [(10.0 / 24, "S1", true)], points: 1),
            SprintFixture.member("H", created: -4, sprints: ["S1"], changes: [(23.0 / 24, "S1", true)], points: 2),
            SprintFixture.member("J", created: -4, sprints: ["S1"], changes: [(1 + 9.0 / 24, "S1", true)], points: 4),
            SprintFixture.member("K", created: 15.0 / 24, sprints: ["S1"], points: 8),
        ]
        let sprint = try #require(SprintFixture.numbers(flows)["S1"])
        #expect(sprint.period.commitment == Fixture.at(1))
        #expect(sprint.committed == 3)
        #expect(sprint.added == 1)
        #expect(sprint.removed == 0)
        // G 1 + H 2 + K 8 points committed.
        #expect(sprint.pointsCommitted == 11)
    }

    @Test func anItemTakenOutBeforeTheStartIsNotInTheSprint() throws {
        // Put in on day −3, taken out on day −1: not in S1 at its start, and never put back while it ran.
        let item = WorkItem(
            key: "E", created: Fixture.at(-5),
            sprintChanges: [
                SprintChange(at: Fixture.at(-3), sprint: "S1", added: true),
                SprintChange(at: Fixture.at(-1), sprint: "S1", added: false),
            ])
        let period = try #require(
            SprintFixture.calendar.periods([SprintFixture.member("F", created: -5, sprints: ["S1"])])["S1"])
        #expect(SprintMembership.of(item, in: period) == nil)
    }
}
