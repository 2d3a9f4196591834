import FlowMapping
import FlowModel
import Foundation
import Testing

@testable import FlowMetrics

/// The day grid answers by a guess and a step what a binary search over the day ends would: checked against
/// counting the ends, on and around every boundary, across a change of daylight saving time.
@Suite struct DayGridTests {
    /// Berlin moves its clocks forward on 2026-03-29: that day is 23 hours long.
    static let berlin = LocalClock(timeZone: TimeZone(identifier: "Europe/Berlin")!)
    static let grid = DayGrid(
        from: Day(year: 2026, month: 3, day: 25)!, to: Day(year: 2026, month: 4, day: 2)!, clock: berlin)

    @Test func positionsCountTheDayEndsAtOrBeforeAnInstant() throws {
        let ends = Self.grid.ends
        // The grid starts with the padding day before its first day: 2026-03-24, ending at 03-25 00:00 (+01:00).
        #expect(Self.grid.first == Day(year: 2026, month: 3, day: 24))
        #expect(ends.count == 10)
        // 03-29 (index 5) is 23 hours long: it ends 82 800 seconds after it starts.
        #expect(ends[5] - ends[4] == 82_800)
        var instants: [Double] = [ends[0] - 1e9, ends[ends.count - 1] + 1e9]
        for end in ends { instants += [end - 3_600, end - 1, end - 0.001, end, end + 0.001, end + 1, end + 43_200] }
        for instant in instants {
            let atOrBefore = ends.count { $0 <= instant }
            #expect(Self.grid.position(instant) == atOrBefore, "\(instant)")
        }
        #expect(Self.grid.position(.nan) == nil)
    }

    @Test func aWindowsDaysAreARangeOfTheGrid() throws {
        let window = MetricWindow(
            from: Day(year: 2026, month: 3, day: 28)!, to: Day(year: 2026, month: 3, day: 30)!, clock: Self.berlin)
        #expect(Self.grid.covers(window))
        // 03-28 is four days after the padding day 03-24.
        #expect(Self.grid.range(of: window) == 4...6)
        // The window's own day ends are the grid's, to the bit.
        #expect(window.dayEnds.map(\.timeIntervalSinceReferenceDate) == Array(Self.grid.ends[4...6]))
        let outside = MetricWindow(
            from: Day(year: 2026, month: 3, day: 24)!, to: Day(year: 2026, month: 3, day: 26)!, clock: Self.berlin)
        #expect(!Self.grid.covers(outside))
    }
}

/// The numbers of a window read from a table laid out once on a grid of many days must be those of the same
/// items laid out on the window's own days, and those of the definitions in SPEC §4.
@Suite struct FlowTableGridTests {
    static let flows = GeneratedHistoryPropertyTests.flows
    static let grid = DayGrid(from: Fixture.day(-10), to: Fixture.day(70), clock: Fixture.utc)
    static let table = FlowTable(flows, grid: grid)

    @Test func everyWindowAgreesWithTheDefinitions() throws {
        var checked = 0
        for (from, days) in [(0, 7), (7, 7), (3, 1), (0, 60), (21, 14), (55, 10)] {
            let window = Fixture.window(from: from, days: days)
            let numbers = FlowNumbers(table: Self.table, window: window, historyKnown: true)
            let alone = FlowNumbers(flows: Self.flows, window: window, historyKnown: true)
            let delivered = Velocity.delivered(Self.flows, in: window)
            #expect(numbers.delivered.map(\.item.key) == delivered.map(\.item.key))
            #expect(alone.delivered.map(\.item.key) == delivered.map(\.item.key))
            #expect(numbers.velocityByFlowItem == Velocity.byFlowItem(delivered))
            #expect(numbers.flowTime == DurationStats(delivered.compactMap(\.flowTimeDays)))
            #expect(numbers.leadTime == DurationStats(delivered.compactMap(\.leadTimeDays)))
            #expect(numbers.flowEfficiency == FlowEfficiency.of(delivered))
            #expect(numbers.created == Self.flows.count { window.contains($0.item.created) })
            #expect(numbers.discarded == DiscardedWork(flows: Self.flows, window: window))
            let samples = window.dayEnds.map { LoadSeries.inProgress(Self.flows, at: $0).count }
            #expect(numbers.load?.samples == samples)
            #expect(alone.load?.samples == samples)
            checked += numbers.velocity
        }
        #expect(checked > 50)
    }

    @Test func aSubsetKeepsItsRowsAndTheirItems() throws {
        let rows = Array(stride(from: 0, to: Self.flows.count, by: 3))
        let subset = Self.table.subset(rows)
        let window = Fixture.window(from: 0, days: 60)
        let expected = FlowNumbers(flows: rows.map { Self.flows[$0] }, window: window, historyKnown: true)
        let numbers = FlowNumbers(table: subset, window: window, historyKnown: true)
        #expect(subset.count == rows.count)
        #expect(subset.flows.map(\.item.key) == rows.map { Self.flows[$0].item.key })
        #expect(numbers.delivered.map(\.item.key) == expected.delivered.map(\.item.key))
        #expect(numbers.load == expected.load)
        #expect(numbers.distributionInProgress == expected.distributionInProgress)
    }

    @Test func rowsAreGroupedByTeamAndFlowItemInTheOrderFirstSeen() {
        let flows = [
            Fixture.made("A", flowItem: "Defect", team: "Payments"), Fixture.made("B", team: "Claims"),
            Fixture.made("C", team: "Payments"),
        ]
        let table = FlowTable(flows, grid: nil)
        #expect(table.rowsByTeam.map(\.name) == ["Payments", "Claims"])
        #expect(table.rowsByTeam.map(\.rows) == [[0, 2], [1]])
        #expect(table.flowItemTypes == ["Defect", "Feature"])
        #expect(table.rowsByBusinessStep.isEmpty)
    }
}
