import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// Without sprint-change history: committed = created before the start; dates from data, config or items.
@Suite struct SprintFallbackTests {
    @Test func committedComesFromCreationDates() throws {
        // S1 (days 0–13): P created day −2, delivered day 3 → committed, completed; R created day −1, not done →
        // committed, not completed; Q created day 5 → added, not completed in S1 (delivered day 20) and listed in
        // S2 → carried over. S1: committed 2, added 1, removed 0, completed 1, not completed 2, carried over 1,
        // say/do 1 ÷ 2. S2 (days 14–27): Q created before its start → committed 1, completed 1.
        let flows = [
            SprintFixture.member("P", created: -2, sprints: ["S1"], start: 1, end: 3),
            SprintFixture.member("Q", created: 5, sprints: ["S1", "S2"], start: 6, end: 20),
            SprintFixture.member("R", created: -1, sprints: ["S1"], start: 2),
        ]
        let numbers = SprintFixture.numbers(flows)
        let first = try #require(numbers["S1"])
        #expect(first.committed == 2)
        #expect(first.added == 1)
        #expect(first.removed == 0)
        #expect(first.completed == 1)
        #expect(first.notCompleted == 2)
        #expect(first.carriedOver == 1)
        #expect(first.sayDo == 0.5)
        #expect(!first.fromHistory)
        let second = try #require(numbers["S2"])
        #expect(second.committed == 1)
        #expect(second.completed == 1)
        #expect(second.pointsCommitted == nil, "no item has story points")
    }

    @Test func anItemDoneBeforeTheSprintStartedIsNotInIt() throws {
        // Z lists S1 and S2 but was delivered on day 10, inside S1 and before S2 started (day 14): S1 counts it
        // (committed 1, completed 1); S2 has no item that had work left, so it has no row at all.
        let flows = [SprintFixture.member("Z", created: -2, sprints: ["S1", "S2"], start: 1, end: 10)]
        let numbers = SprintFixture.numbers(flows)
        let first = try #require(numbers["S1"])
        #expect(first.committed == 1)
        #expect(first.completed == 1)
        #expect(first.carriedOver == 0)
        #expect(numbers["S2"] == nil)
    }

    @Test func datesComeFromDataThenConfigThenItems() throws {
        // S1 has dates in the data (days 1–12) and the configuration (days 0–13): the data wins. S2 only in the
        // configuration. S9 nowhere: from its item, started day 3 (00:00 → whole day 3) to delivered day 9.
        let data = ["S1": Sprint(name: "S1", state: "closed", start: Fixture.at(1), end: Fixture.at(12))]
        let calendar = SprintCalendar(dataSprints: data, configured: SprintFixture.configured, clock: Fixture.utc)
        let flows = [
            SprintFixture.member("A", created: -1, sprints: ["S1", "S2"]),
            SprintFixture.member("B", created: 2, sprints: ["S9"], start: 3.5, end: 9.25),
        ]
        let periods = calendar.periods(flows)
        let s1 = try #require(periods["S1"])
        #expect(s1.datesFrom == .data)
        #expect(s1.startDay == Fixture.day(1))
        #expect(s1.endDay == Fixture.day(12))
        #expect(s1.state == "closed")
        let s2 = try #require(periods["S2"])
        #expect(s2.datesFrom == .config)
        #expect(s2.start == Fixture.at(14))
        #expect(s2.end == Fixture.at(28))
        let s9 = try #require(periods["S9"])
        #expect(s9.datesFrom == .items)
        #expect(s9.startDay == Fixture.day(3))
        #expect(s9.endDay == Fixture.day(9))
    }

    @Test func datesFromItemsSpanEveryMember() throws {
        // S9 is dated nowhere. Its members: A started day 4 and is still open; B, created day 1, never moved; C
        // started day 6 and was delivered day 12; D was delivered day 15. A and C share one list of names, as
        // imported items do. From B's creation (day 1) to D's end (day 15).
        let shared = ["S9"]
        let flows = [
            SprintFixture.member("A", created: 2, sprints: shared, start: 4),
            SprintFixture.member("B", created: 1, sprints: ["S9"]),
            SprintFixture.member("C", created: 3, sprints: shared, start: 6, end: 12),
            SprintFixture.member("D", created: 5, sprints: ["S8", "S9"], start: 7, end: 15),
        ]
        let periods = SprintFixture.calendar.periods(flows)
        let s9 = try #require(periods["S9"])
        #expect(s9.datesFrom == .items)
        #expect(s9.startDay == Fixture.day(1))
        #expect(s9.endDay == Fixture.day(15))
        let s8 = try #require(periods["S8"])
        #expect(s8.startDay == Fixture.day(7))
        #expect(s8.endDay == Fixture.day(15))
    }

    @Test func datesFromItemsKeepMembersThatNeverMoved() throws {
        // S7 is dated nowhere and no member has moved: created on days 1, 5 and 8 with 3, 5 and 8 points. The
        // sprint runs from day 1 to day 8, so all three are in it: E committed (created on its first day), F and
        // G added; 3 points committed.
        let flows = [
            SprintFixture.member("E", created: 1, sprints: ["S7"], points: 3),
            SprintFixture.member("F", created: 5, sprints: ["S7"], points: 5),
            SprintFixture.member("G", created: 8, sprints: ["S7"], points: 8),
        ]
        let sprint = try #require(SprintFixture.numbers(flows)["S7"])
        #expect(sprint.period.startDay == Fixture.day(1))
        #expect(sprint.period.endDay == Fixture.day(8))
        #expect(sprint.committed == 1)
        #expect(sprint.added == 2)
        #expect(sprint.notCompleted == 3)
        #expect(sprint.pointsCommitted == 3)
    }

    @Test func aRowPerTeamAndSprintUnlessTheSprintHasATeam() throws {
        // SPEC §4: "per team and sprint". S1 has two Claims items and one Payments item: a Claims row (2 committed)
        // and a Payments row (1). S2 is configured for PAY, shown as Payments: one row, whatever its items' teams.
        var configured = SprintFixture.configured
        configured[1].team = "PAY"
        let calendar = SprintCalendar(dataSprints: [:], configured: configured, clock: Fixture.utc)
        let flows = [
            SprintFixture.member("A", created: -1, sprints: ["S1"], team: "Claims"),
            SprintFixture.member("B", created: -1, sprints: ["S1"], team: "Claims"),
            SprintFixture.member("C", created: -1, sprints: ["S1", "S2"], team: "Payments"),
            SprintFixture.member("D", created: -1, sprints: ["S2"], team: "Claims"),
        ]
        let rows = SprintTally.numbers(flows, periods: calendar.periods(flows), teamNames: ["PAY": "Payments"])
        #expect(rows.map(\.period.name) == ["S1", "S1", "S2"])
        #expect(rows.map(\.team) == ["Claims", "Payments", "Payments"])
        #expect(rows.map(\.committed) == [2, 1, 2])
    }
}
