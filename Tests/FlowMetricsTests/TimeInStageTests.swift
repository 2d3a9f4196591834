import FlowMapping
import FlowMetrics
import FlowModel
import Testing

/// SPEC §4 time in stage: per delivered item, each stage's total over all visits up to its flow end; p50/p85
/// over the items that visited; the wait stage with the largest total is the bottleneck candidate.
@Suite struct TimeInStageTests {
    // P: Open 0–1, In Progress 1–3, In Review 3–4, QA 4–6, Done 6–.
    //    Backlog 1, Development 2, Review 1, Test 2.
    // Q: Open 0–2, In Progress 2–3, In Review 3–6, In Progress 6–7, Done 7–8, Closed 8–.
    //    Backlog 2, Development 1 + 1 = 2, Review 3; Done is after its flow end (7), so not visited.
    static let flows = Fixture.flows([
        Fixture.item("P", FlowRuleTests.throughEveryStage),
        Fixture.item(
            "Q",
            [
                (2, "Open", "In Progress"), (3, "In Progress", "In Review"), (6, "In Review", "In Progress"),
                (7, "In Progress", "Done"), (8, "Done", "Closed"),
            ]),
    ])

    @Test func perItemTotalsAddUpAllVisitsBeforeFlowEnd() {
        let kinds = Fixture.kinds()
        #expect(TimeInStage.perItem(Self.flows[0], kinds: kinds) == [1, 2, 1, 2, nil, nil])
        #expect(TimeInStage.perItem(Self.flows[1], kinds: kinds) == [2, 2, 3, nil, nil, nil])
    }

    @Test func rowsGiveItemsPercentilesAndTotals() {
        // Backlog [1, 2]: p50 rank ⌈1⌉ = 1 → 1, p85 rank ⌈1.7⌉ = 2 → 2, total 3.
        // Development [2, 2]: 2, 2, 4. Review [1, 3]: 1, 3, 4. Test [2]: 2, 2, 2. Done, Discarded: none.
        let rows = TimeInStage.rows(Self.flows, kinds: Fixture.kinds())
        #expect(rows.map(\.items) == [2, 2, 2, 1, 0, 0])
        #expect(rows.map(\.p50Days) == [1, 2, 1, 2, nil, nil])
        #expect(rows.map(\.p85Days) == [2, 2, 3, 2, nil, nil])
        #expect(rows.map(\.totalDays) == [3, 4, 4, 2, 0, 0])
    }

    @Test func theBottleneckIsTheWaitStageWithTheLargestTotal() {
        // Review is the only wait stage, with 4 days in total.
        let kinds = Fixture.kinds()
        #expect(TimeInStage.bottleneck(TimeInStage.rows(Self.flows, kinds: kinds), kinds: kinds) == 2)
        // Development has 4 days too but is active, so it is never the candidate; no wait time → none.
        #expect(TimeInStage.bottleneck(TimeInStage.rows([], kinds: kinds), kinds: kinds) == nil)
    }
}
