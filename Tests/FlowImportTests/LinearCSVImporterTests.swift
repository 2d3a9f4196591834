import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The Linear CSV importer. There is no real Linear export among the samples: the fixture follows the
/// 30-column header Linear's "Export CSV" writes (`ID,Team,Title,Description,Status,Estimate,Priority,
/// Project ID,Project,Creator,Assignee,Labels,Cycle Number,…,Created,Updated,Started,Triaged,Completed,
/// Canceled,…`), ISO dates with `Z`, labels joined by `, `.
@Suite struct LinearCSVImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute)
    }

    @Test func fixtureImportsAsWholeItems() throws {
        let dataset = try TrackerFixture.load(TrackerFixture.path("linear-issues.csv"))
        // Completed (a custom done status "Shipped"): Todo at creation, In Progress when started, then the
        // current status at completion.
        let shipped = WorkItem(
            key: "ENG-12", title: "Sign-in with passkeys", type: "Issue", status: "Shipped", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 14, 16, 0), project: "Engineering", created: utc(2025, 11, 3, 9, 0),
            updated: utc(2025, 11, 14, 16, 0), resolved: utc(2025, 11, 14, 16, 0), resolution: "Done",
            assignee: "bo@example.com", reporter: "ana@example.com", priority: "High", labels: ["Feature", "Security"],
            sprints: ["Cycle 7"], storyPoints: 3, fields: ["Team": "Engineering", "Project": "Accounts"],
            history: [
                StatusChange(at: utc(2025, 11, 3, 9, 0), from: nil, to: "Todo"),
                StatusChange(at: utc(2025, 11, 5, 10, 0), from: "Todo", to: "In Progress"),
                StatusChange(at: utc(2025, 11, 14, 16, 0), from: "In Progress", to: "Shipped"),
            ],
            source: "linear-csv")
        // Started, not finished: the current status names the started stage.
        let inReview = WorkItem(
            key: "ENG-13", title: "Flaky login test", type: "Issue", status: "In Review",
            statusCategory: .inProgress, statusCategoryChanged: utc(2025, 11, 6, 9, 0), project: "Engineering",
            created: utc(2025, 11, 4, 9, 0), updated: utc(2025, 11, 6, 9, 0), reporter: "ana@example.com",
            priority: "Medium", labels: ["Bug"], parent: "ENG-12", fields: ["Team": "Engineering"],
            history: [
                StatusChange(at: utc(2025, 11, 4, 9, 0), from: nil, to: "Todo"),
                StatusChange(at: utc(2025, 11, 6, 9, 0), from: "Todo", to: "In Review"),
            ],
            source: "linear-csv")
        // Canceled: Done category with the resolution "Canceled", which the standard value stream discards. It was
        // never started, so when work on it began is unknown: no history.
        let canceled = WorkItem(
            key: "ENG-14", title: "Old experiment", type: "Issue", status: "Canceled", statusCategory: .done,
            statusCategoryChanged: utc(2025, 10, 15, 9, 0), project: "Engineering", created: utc(2025, 10, 1, 9, 0),
            updated: utc(2025, 10, 15, 9, 0), resolved: utc(2025, 10, 15, 9, 0), resolution: "Canceled",
            reporter: "ana@example.com", priority: "No priority", fields: ["Team": "Engineering"],
            source: "linear-csv")
        #expect(dataset.items == [shipped, inReview, canceled])
        #expect(dataset.sources.map(\.statusChanges) == [5])
        // "In Progress", which ENG-12 passed through and no issue is in now, is in progress: its history starts
        // the flow (SPEC §3 would put a status without a category in the backlog).
        #expect(dataset.statusCategories["In Progress"] == .inProgress)
        #expect(dataset.statusCategories["Todo"] == .toDo)
    }

    @Test func sniffedByItsHeader() throws {
        #expect(try Importer.detect(TrackerFixture.path("linear-issues.csv")) == .linearCSV)
    }

    @Test func blankIDAndBadDate() throws {
        let header = "ID,Team,Title,Status,Created,Started\n"
        let blank = try TrackerFixture.error(header + ",Eng,T,Todo,2025-11-03T09:00:00Z,\n", name: "linear.csv")
        #expect(
            blank == "linear.csv: record 1, column \"ID\": error: the \"ID\" cell is blank; expected the item's id")
        let bad = try TrackerFixture.error(header + "ENG-1,Eng,T,Todo,2025-11-03T09:00:00Z,soon\n", name: "linear.csv")
        #expect(
            bad == "linear.csv: record 1, column \"Started\": error: unrecognized date 'soon' in column \"Started\";"
                + " expected a date like '2024-05-14T08:53:33Z'")
    }
}
