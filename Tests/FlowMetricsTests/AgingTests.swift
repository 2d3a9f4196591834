import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// SPEC §4 aging work in progress: items in progress at the window's end, age = window end − flow start.
@Suite struct AgingTests {
    @Test func agesItemsInProgressAtTheInstantOldestFirst() {
        // At t = 7:
        // S: In Progress 1, In Review 4, Done 9 → in progress at 7 (ends later), age 6, then in Review.
        // T: In Progress at 5 → age 2, in Development.
        // U: In Progress 2, Done 6 → finished before 7, not aging.
        // V (CSV, no history): In Progress category since 3 → age 4, in its current stage.
        var csv = WorkItem(
            key: "V", status: "In Progress", statusCategory: .inProgress, statusCategoryChanged: Fixture.at(3),
            created: Fixture.at(0), source: "jira-csv")
        csv.title = "No history"
        let flows = Fixture.flows(
            [
                Fixture.item(
                    "S", [(1, "Open", "In Progress"), (4, "In Progress", "In Review"), (9, "In Review", "Done")]),
                Fixture.item("T", [(5, "Open", "In Progress")]),
                Fixture.item("U", [(2, "Open", "In Progress"), (6, "In Progress", "Done")]), csv,
            ])
        let entries = AgingWork.entries(flows, at: Fixture.at(7))
        #expect(entries.map(\.flow.item.key) == ["S", "V", "T"])
        #expect(entries.map(\.ageDays) == [6, 4, 2])
        #expect(entries.map(\.stage) == [2, 1, 1])
        #expect(entries.map(\.status) == ["In Review", "In Progress", "In Progress"])
    }

    @Test func aMoveAtTheWindowsLastMidnightBelongsToTheNextDay() {
        // The window ends at t = 7 (midnight): A starts at exactly 7, in the next day, so it is not yet in progress
        // at the window's end; B is done at exactly 7, in the next day's velocity, so it still is (age 4).
        let flows = Fixture.flows([
            Fixture.item("A", [(7, "Open", "In Progress")]),
            Fixture.item("B", [(3, "Open", "In Progress"), (7, "In Progress", "Done")]),
        ])
        let entries = AgingWork.entries(flows, at: Fixture.at(7))
        #expect(entries.map(\.flow.item.key) == ["B"])
        #expect(entries.map(\.ageDays) == [4])
        #expect(entries.map(\.status) == ["In Progress"])
    }
}
