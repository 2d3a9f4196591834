import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 discarded work: how many were discarded in the window, how many after flow start, days spent.
@Suite struct DiscardedWorkTests {
    @Test func countsDiscardsInTheWindowAndTheTimeSpentOnStartedOnes() {
        // Window days 7…13. K-1 started 2, discarded 9 (7 days); K-2 never started, discarded 10;
        // K-3 started 8.5, discarded 13.5 (5 days); K-4 discarded at 14 (next window); K-5 delivered at 9.
        // Count 3, after start 2, days 7 + 5 = 12.
        let flows = [
            Fixture.made("K-1", start: 2, end: 9, outcome: .discarded),
            Fixture.made("K-2", end: 10, outcome: .discarded),
            Fixture.made("K-3", start: 8.5, end: 13.5, outcome: .discarded),
            Fixture.made("K-4", start: 1, end: 14, outcome: .discarded), Fixture.made("K-5", start: 1, end: 9),
        ]
        let discarded = DiscardedWork(flows: flows, window: Fixture.window(from: 7, days: 7))
        #expect(discarded == DiscardedWork.expected(count: 3, afterStart: 2, daysSpent: 12))
    }

    @Test func withoutHistoryOnlyTheCountIsKnown() {
        // A CSV export: K-1 and K-2 discarded in the window (days 7…13), neither with a flow start. Whether work
        // had started on them, and for how long, cannot be told: null, not 0 (SPEC §5).
        let flows = [
            Fixture.made("K-1", end: 9, outcome: .discarded), Fixture.made("K-2", end: 12, outcome: .discarded),
            Fixture.made("K-3", end: 10),
        ]
        let window = Fixture.window(from: 7, days: 7)
        let expected = DiscardedWork.expected(count: 2, afterStart: nil, daysSpent: nil)
        #expect(DiscardedWork(flows: flows, window: window, historyKnown: false) == expected)
        #expect(FlowNumbers(flows: flows, window: window, historyKnown: false).discarded == expected)
        // With history, the same two items are known never to have started.
        #expect(
            FlowNumbers(flows: flows, window: window, historyKnown: true).discarded
                == DiscardedWork.expected(count: 2, afterStart: 0, daysSpent: 0))
    }
}

extension DiscardedWork {
    /// The value a test worked out by hand.
    static func expected(count: Int, afterStart: Int?, daysSpent: Double?) -> DiscardedWork {
        var work = DiscardedWork(flows: [], window: Fixture.window(from: 0, days: 1))
        work.count = count
        work.afterStart = afterStart
        work.daysSpent = daysSpent
        return work
    }
}
