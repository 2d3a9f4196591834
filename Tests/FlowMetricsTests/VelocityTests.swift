import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 flow velocity: delivered items whose flow end falls in the window (whole days, from/to inclusive).
@Suite struct VelocityTests {
    @Test func countsDeliveredItemsEndingInsideTheWindowByFlowItem() {
        // Window: days 7…13 (Mon 2026-11-09 00:00 … Mon 2026-11-16 00:00, exclusive).
        // In: 7.0 (the first midnight), 10.5, 13.99. Out: 6.99, 14.0 (next window), a discard at 10, no end.
        let flows = [
            Fixture.made("V-1", end: 6.99), Fixture.made("V-2", end: 7.0),
            Fixture.made("V-3", flowItem: "Defect", end: 10.5), Fixture.made("V-4", end: 13.99),
            Fixture.made("V-5", end: 14.0), Fixture.made("V-6", end: 10, outcome: .discarded),
            Fixture.made("V-7", end: nil),
        ]
        let delivered = Velocity.delivered(flows, in: Fixture.window(from: 7, days: 7))
        #expect(delivered.map(\.item.key) == ["V-2", "V-3", "V-4"])
        #expect(Velocity.byFlowItem(delivered) == ["Feature": 2, "Defect": 1])
    }

    @Test func weeklyVelocitiesAddUpToTheWindows() {
        // Two weeks, days 0…13: ends at 1, 6.5 (week 1) and 7, 8, 13.5 (week 2): 2 + 3 = 5.
        let flows = [1, 6.5, 7, 8, 13.5].enumerated().map { Fixture.made("W-\($0.offset)", end: $0.element) }
        let first = Velocity.delivered(flows, in: Fixture.window(from: 0, days: 7)).count
        let second = Velocity.delivered(flows, in: Fixture.window(from: 7, days: 7)).count
        let both = Velocity.delivered(flows, in: Fixture.window(from: 0, days: 14)).count
        #expect([first, second, both] == [2, 3, 5])
    }
}
