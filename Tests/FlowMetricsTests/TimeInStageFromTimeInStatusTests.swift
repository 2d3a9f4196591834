import FlowMapping
import FlowMetrics
import FlowModel
import Testing

/// SPEC §4 for exports without history: time in stage from Jira's `[CHART] Time in Status` totals.
@Suite struct TimeInStageFromTimeInStatusTests {
    /// Ids 1 Open, 2 In Progress, 3 In Review, 4 QA, 5 Done, 6 Cancelled; 9 has no name.
    static let names = ["1": "Open", "2": "In Progress", "3": "In Review", "4": "QA", "5": "Done", "6": "Cancelled"]

    static func item(_ key: String, _ entries: [(id: String, times: Int, days: Double)]) -> ItemFlow {
        var item = WorkItem(key: key, status: "Done", created: Fixture.at(0), resolved: Fixture.at(10))
        item.timeInStatus = StatusTimes(
            entries.map { StatusTime(statusID: $0.id, timesEntered: $0.times, seconds: $0.days * 86_400) })
        return Mapper(valueStream: Fixture.stream).map(Dataset(items: [item]), asOf: Fixture.at(30))[0]
    }

    @Test func stagesAddUpTheirStatusesOverTheItems() {
        // P: Open 1, In Progress 2 (twice), In Review 1, QA 0.5, Done 0 (the stay it is in: not counted),
        //    and 3 days in id 9, which has no name (left out).
        // Q: Open 4, In Review 2, In Progress 1, Done 2 (an earlier, ended stay: it was reopened), Cancelled entered
        //    with no time (no visit to a discarded stage without time).
        let delivered = [
            Self.item("P", [("1", 1, 1), ("2", 2, 2), ("3", 1, 1), ("4", 1, 0.5), ("5", 1, 0), ("9", 1, 3)]),
            Self.item("Q", [("1", 1, 4), ("3", 1, 2), ("2", 1, 1), ("5", 2, 2), ("6", 1, 0)]),
        ]
        let map = StageMap(valueStream: Fixture.stream)
        let rows = TimeInStage.rows(
            fromTimeInStatus: delivered, statusNames: Self.names, kinds: Fixture.kinds(),
            stageOf: { map.placement(of: $0).stage })
        // Backlog [1, 4]: p50 rank 1 → 1, p85 rank ⌈1.7⌉ = 2 → 4, total 5. Development [2, 1] → sorted [1, 2]:
        // 1, 2, 3. Review [1, 2]: 1, 2, 3. Test [0.5]: 0.5, 0.5, 0.5. Done: Q only (2 days). Discarded: none.
        #expect(rows.map(\.items) == [2, 2, 2, 1, 1, 0])
        #expect(rows.map(\.p50Days) == [1, 1, 1, 0.5, 2, nil])
        #expect(rows.map(\.p85Days) == [4, 2, 2, 0.5, 2, nil])
        #expect(rows.map(\.totalDays) == [5, 3, 3, 0.5, 2, 0])
        // Review is the only wait stage.
        #expect(TimeInStage.bottleneck(rows, kinds: Fixture.kinds()) == 2)
    }

    @Test func itemsWithoutTimeInStatusOrWithUnnamedIdsGiveNoRows() {
        let map = StageMap(valueStream: Fixture.stream)
        let rows = TimeInStage.rows(
            fromTimeInStatus: [Self.item("R", []), Self.item("S", [("9", 1, 5)])], statusNames: Self.names,
            kinds: Fixture.kinds(), stageOf: { map.placement(of: $0).stage })
        #expect(rows.allSatisfy { $0.items == 0 && $0.totalDays == 0 })
    }

    @Test func statusTotalsSumEachItemsStaysThenRankOverItems() {
        // P lists In Progress twice (2 + 1.5 = 3.5 days for the item), Open 1, QA entered with no time (kept: it
        // was entered), and Done, the status it is in, entered once with no time (the stay Jira does not count yet:
        // left out); Q: In Progress 1, Open 6, id 9 (unnamed) 0.25, and In Review neither entered nor timed (left
        // out); R: In Progress 7, and Done entered twice with 0.5 days (an earlier, ended stay: kept).
        let flows = [
            Self.item("P", [("2", 1, 2), ("1", 1, 1), ("2", 1, 1.5), ("4", 1, 0), ("5", 1, 0)]),
            Self.item("Q", [("2", 1, 1), ("1", 1, 6), ("9", 1, 0.25), ("3", 0, 0)]),
            Self.item("R", [("2", 1, 7), ("5", 2, 0.5)]),
        ]
        let totals = TimeInStatus.totals(flows, statusNames: Self.names)
        // In Progress [3.5, 1, 7] → sorted [1, 3.5, 7]: p50 rank 2 → 3.5, p85 rank ⌈2.55⌉ = 3 → 7, total 11.5.
        // Open [1, 6]: p50 rank 1 → 1, p85 rank 2 → 6, total 7. Done [0.5]. Id 9 [0.25]. QA [0]. Largest total
        // first.
        #expect(totals.map(\.status) == ["In Progress", "Open", "Done", "status 9", "QA"])
        #expect(totals.map(\.items) == [3, 2, 1, 1, 1])
        #expect(totals.map(\.p50Days) == [3.5, 1, 0.5, 0.25, 0])
        #expect(totals.map(\.p85Days) == [7, 6, 0.5, 0.25, 0])
        #expect(totals.map(\.totalDays) == [11.5, 7, 0.5, 0.25, 0])
    }
}
