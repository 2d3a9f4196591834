import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// An item in three sprints that is never finished: carried over from the first two, not from the last. Sprints
/// are numbered once by name, but "later" means a later start, whatever the names. Days are `Fixture` days.
@Suite struct SprintCarriedThroughThreeTests {
    /// Sprints of two weeks named `names`, in that order of start: days 0–13, 14–27, 28–41, then 42–55.
    static func calendar(_ names: [String]) -> SprintCalendar {
        let configured = names.enumerated().map { index, name in
            ConfiguredSprint(
                name: name, team: nil, start: Fixture.day(14 * index), end: Fixture.day(14 * index + 13))
        }
        return SprintCalendar(dataSprints: [:], configured: configured, clock: Fixture.utc)
    }

    /// The sprints' numbers, by name, and the names of the rows in the order they come.
    static func numbers(
        _ flows: [ItemFlow], calendar: SprintCalendar, extra: [SprintPeriod] = []
    ) -> (byName: [String: SprintNumbers], order: [String]) {
        var periods = calendar.periods(flows)
        for period in extra { periods[period.name] = period }
        let rows = SprintTally.numbers(flows, periods: periods)
        return (Dictionary(uniqueKeysWithValues: rows.map { ($0.period.name, $0) }), rows.map(\.period.name))
    }

    /// X, created on day −3, put in the first sprint on day −1 and moved on into the next at each start (days 14
    /// and 28); started on day 2 and still in progress.
    static func carried(through names: [String]) -> ItemFlow {
        SprintFixture.member(
            "X", created: -3, sprints: names,
            changes: [(-1, names[0], true), (14, names[1], true), (28, names[2], true)], start: 2)
    }

    @Test func anUnfinishedItemIsCarriedOverFromEverySprintButTheLast() throws {
        let flows = [Self.carried(through: ["S1", "S2", "S3"])]
        let (numbers, order) = Self.numbers(flows, calendar: Self.calendar(["S1", "S2", "S3"]))
        // In each sprint at its start (committed 1) and at its end (not removed), never delivered: not completed
        // 1, say/do 0 / 1 = 0. S1 and S2 are followed by a sprint it is in: carried over 1. S3 is its last: 0.
        #expect(order == ["S1", "S2", "S3"])
        for (name, carried) in [("S1", 1), ("S2", 1), ("S3", 0)] {
            let sprint = try #require(numbers[name])
            #expect(sprint.committed == 1, "\(name)")
            #expect(sprint.added == 0, "\(name)")
            #expect(sprint.removed == 0, "\(name)")
            #expect(sprint.completed == 0, "\(name)")
            #expect(sprint.notCompleted == 1, "\(name)")
            #expect(sprint.carriedOver == carried, "\(name)")
            #expect(sprint.sayDo == 0, "\(name)")
            #expect(sprint.flowTimeP85 == nil, "\(name)")
        }
    }

    @Test func laterMeansALaterStartNotALaterName() throws {
        // The same item through sprints whose names sort in another order than their starts: Gamma (days 0–13),
        // then Alpha (14–27), then Beta (28–41). Carried over from Gamma and Alpha; Beta is the last.
        let names = ["Gamma", "Alpha", "Beta"]
        let (numbers, order) = Self.numbers([Self.carried(through: names)], calendar: Self.calendar(names))
        // Rows come by start.
        #expect(order == names)
        #expect(try #require(numbers["Gamma"]).carriedOver == 1)
        #expect(try #require(numbers["Alpha"]).carriedOver == 1)
        #expect(try #require(numbers["Beta"]).carriedOver == 0)
        #expect(numbers.values.map(\.notCompleted) == [1, 1, 1])
    }

    @Test func aSprintWithNoMemberGivesNoRow() throws {
        let calendar = Self.calendar(["S1", "S2", "S3", "S4"])
        // Y lists only S4 (days 42–55) but was delivered on day 20, before it started: S4 has a period (Y names
        // it) but no member. S9 has a period that no item names at all.
        let delivered = SprintFixture.member("Y", created: 0, sprints: ["S4"], start: 5, end: 20)
        let nobody = SprintPeriod(
            name: "S9", start: Fixture.at(56), end: Fixture.at(70), startDay: Fixture.day(56),
            endDay: Fixture.day(69), datesFrom: .config)
        let flows = [Self.carried(through: ["S1", "S2", "S3"]), delivered]
        #expect(calendar.periods(flows)["S4"] != nil)
        let (numbers, order) = Self.numbers(flows, calendar: calendar, extra: [nobody])
        #expect(order == ["S1", "S2", "S3"])
        // X is carried over from S1 and S2 as before: the empty sprints change nothing.
        #expect(try #require(numbers["S1"]).carriedOver == 1)
        #expect(try #require(numbers["S2"]).carriedOver == 1)
        #expect(try #require(numbers["S3"]).carriedOver == 0)
    }

    @Test func membershipWithoutSprintChangesCarriesOverTheSameWay() throws {
        // No sprint changes: Z lists S1, S2, S3 and was created on day −3, before all of them, so by the
        // fallback rule it is committed to each; never delivered: carried over from S1 and S2, not S3.
        let flow = SprintFixture.member("Z", created: -3, sprints: ["S1", "S2", "S3"], start: 2)
        let (numbers, _) = Self.numbers([flow], calendar: Self.calendar(["S1", "S2", "S3"]))
        for (name, carried) in [("S1", 1), ("S2", 1), ("S3", 0)] {
            let sprint = try #require(numbers[name])
            #expect(sprint.committed == 1, "\(name)")
            #expect(sprint.notCompleted == 1, "\(name)")
            #expect(sprint.carriedOver == carried, "\(name)")
            #expect(sprint.fromHistory == false, "\(name)")
        }
    }
}
