import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 flow load: items with flow start ≤ t and no flow end ≤ t, sampled at the end of each day.
@Suite struct LoadTests {
    @Test func dailySamplesAverageAndEnd() {
        // Window days 0…2: samples at t = 1, 2, 3 (each day's end).
        // X 0.5–1.5: in at 1. Y from exactly 1, open: in at 1, 2, 3. Z 2.5–3: out at 2 (not started), out at 3
        // (ended at 3 ≤ 3). W has no flow start (no history): never. V 0.2–2 discarded: in at 1, out at 2.
        // Samples [3, 1, 1]; average 5/3; end 1.
        let flows = [
            Fixture.made("X", start: 0.5, end: 1.5), Fixture.made("Y", start: 1, outcome: .inProgress),
            Fixture.made("Z", start: 2.5, end: 3), Fixture.made("W", end: 2),
            Fixture.made("V", start: 0.2, end: 2, outcome: .discarded),
        ]
        let load = LoadSeries(flows: flows, window: Fixture.window(from: 0, days: 3))
        #expect(load.samples == [3, 1, 1])
        #expect(load.average == 5.0 / 3.0)
        #expect(load.end == 1)
        #expect(LoadSeries.inProgress(flows, at: Fixture.at(1)).map(\.item.key) == ["X", "Y", "V"])
    }

    @Test func skippedFlowItemsNeverCountInTheLoad() {
        // Start = end = 1: at t = 1, end ≤ 1, so it is out.
        let load = LoadSeries(flows: [Fixture.made("S", start: 1, end: 1)], window: Fixture.window(from: 0, days: 2))
        #expect(load.samples == [0, 0])
    }
}
