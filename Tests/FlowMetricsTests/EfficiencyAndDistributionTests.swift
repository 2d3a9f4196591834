import FlowMapping
import FlowMetrics
import Testing

/// SPEC §4 flow efficiency (Σ active / Σ (active + wait)) and flow distribution (shares by flow item type).
@Suite struct EfficiencyAndDistributionTests {
    @Test func efficiencyPoolsTheItemsTimes() {
        // a: active 3, wait 1; b: active 1, wait 3; c has no history (skipped).
        // (3 + 1) / (3 + 1 + 1 + 3) = 4 / 8 = 0.5 (the mean of the ratios would be 0.5 too; next case differs).
        let flows = [
            Fixture.made("a", activeDays: 3, waitDays: 1), Fixture.made("b", activeDays: 1, waitDays: 3),
            Fixture.made("c"),
        ]
        #expect(FlowEfficiency.of(flows) == 0.5)
        // a: active 3, wait 1; d: active 1, wait 7: 4 / 12 = 1/3, where the mean of ratios would be 0.4375.
        #expect(FlowEfficiency.of([flows[0], Fixture.made("d", activeDays: 1, waitDays: 7)]) == 4.0 / 12.0)
    }

    @Test func efficiencyIsUnknownWithoutTimeInFlow() {
        #expect(FlowEfficiency.of([Fixture.made("s", activeDays: 0, waitDays: 0)]) == nil)
        #expect(FlowEfficiency.of([Fixture.made("n")]) == nil)
    }

    @Test func distributionIsTheShareOfEachFlowItemType() {
        // 3 Features and 1 Defect: 0.75 and 0.25.
        let flows = ["Feature", "Defect", "Feature", "Feature"].enumerated().map {
            Fixture.made("D-\($0.offset)", flowItem: $0.element)
        }
        #expect(FlowDistribution.shares(flows) == ["Feature": 0.75, "Defect": 0.25])
        #expect(FlowDistribution.shares([]) == [:])
    }
}
