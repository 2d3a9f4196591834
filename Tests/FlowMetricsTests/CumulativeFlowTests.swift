import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 cumulative flow: for each day, the count of items in each stage at the end of that day.
@Suite struct CumulativeFlowTests {
    @Test func countsEachStageAtTheEndOfEachDay() {
        // Days 0…2, sampled at t = 1, 2, 3.
        // P: Open 0–1, In Progress 1–3, In Review 3–4 …: at 1 Development (it entered at 1), at 2 Development,
        //    at 3 Review.
        // R: created at 1.5 in Open, never moved: not there at 1, Backlog at 2 and 3.
        let flows = Fixture.flows([
            Fixture.item("P", FlowRuleTests.throughEveryStage), Fixture.item("R", created: 1.5, status: "Open"),
        ])
        let series = CumulativeFlowSeries(flows: flows, window: Fixture.window(from: 0, days: 3), stageCount: 6)
        #expect(series.days == [Fixture.day(0), Fixture.day(1), Fixture.day(2)])
        #expect(series.counts == [[0, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [1, 0, 1, 0, 0, 0]])
    }
}
