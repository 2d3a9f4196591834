import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 flow load: items with flow start ≤ t and no flow end ≤ t, sampled at the end of each day — its last
/// moment, so that an event at midnight belongs to the day it begins (as a flow end then counts in that day's
/// velocity).
@Suite struct LoadTests {
    @Test func dailySamplesAverageAndEnd() {
        // Window days 0…2: samples at the end of each day, just before t = 1, 2, 3.
        // X 0.5–1.5: in before 1. Y from exactly 1, open: starts with day 1, so in before 2 and 3. Z 2.5–3: in
        // before 3 (it ends at 3, in day 3). W has no flow start (no history): never. V 0.2–2 discarded: in before
        // 1 and 2. Samples [2 (X, V), 2 (Y, V), 2 (Y, Z)]; average 2; end 2.
        let flows = [
            Fixture.made("X", start: 0.5, end: 1.5), Fixture.made("Y", start: 1, outcome: .inProgress),
            Fixture.made("Z", start: 2.5, end: 3), Fixture.made("W", end: 2),
            Fixture.made("V", start: 0.2, end: 2, outcome: .discarded),
        ]
        let load = LoadSeries(flows: flows, window: Fixture.window(from: 0, days: 3))
        #expect(load.samples == [2, 2, 2])
        #expect(load.average == 2)
        #expect(load.end == 2)
        #expect(LoadSeries.inProgress(flows, at: Fixture.at(1)).map(\.item.key) == ["X", "V"])
        #expect(LoadSeries.inProgress(flows, at: Fixture.at(3)).map(\.item.key) == ["Y", "Z"])
    }

    @Test func skippedFlowItemsNeverCountInTheLoad() {
        // Start = end = 1: not started before 1, ended before 2: never in.
        let load = LoadSeries(flows: [Fixture.made("S", start: 1, end: 1)], window: Fixture.window(from: 0, days: 2))
        #expect(load.samples == [0, 0])
    }
}
