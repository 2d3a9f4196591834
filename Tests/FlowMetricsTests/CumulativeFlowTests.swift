import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 cumulative flow: for each day, the count of items in each stage at the end of that day.
@Suite struct CumulativeFlowTests {
    @Test func countsEachStageAtTheEndOfEachDay() {
        // Days 0…2, sampled at the end of each day, just before t = 1, 2, 3: a move at midnight belongs to the day
        // it begins.
        // P: Open 0–1, In Progress 1–3, In Review 3–4 …: Backlog at the end of day 0 (it moves at 1, in day 1),
        //    Development at the end of days 1 and 2 (it enters Review at 3, in day 3).
        // R: created at 1.5 in Open, never moved: not there on day 0, Backlog on days 1 and 2.
        let flows = Fixture.flows([
            Fixture.item("P", FlowRuleTests.throughEveryStage), Fixture.item("R", created: 1.5, status: "Open"),
        ])
        let series = CumulativeFlowSeries(flows: flows, window: Fixture.window(from: 0, days: 3), stageCount: 6)
        #expect(series.days == [Fixture.day(0), Fixture.day(1), Fixture.day(2)])
        #expect(series.counts == [[1, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0]])
    }
}
