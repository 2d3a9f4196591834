import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The GitLab issues CSV importer on a hand-written fixture in the column order of GitLab's export (a
/// multi-line description, scoped labels, a URL of another shape), compared as whole items.
@Suite struct GitLabCSVImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute)
    }

    @Test func fixtureImportsAsWholeItems() throws {
        let file = TrackerFixture.path("gitlab-issues.csv")
        // The dates are UTC whatever zone is chosen: the header says "(UTC)".
        let dataset = try TrackerFixture.load(
            file, options: ImportOptions(timeZone: try #require(TimeZone(identifier: "Asia/Tokyo"))))
        let url7 = "https://gitlab.example.com/shop/web/-/issues/7"
        let url8 = "https://gitlab.example.com/shop/web/-/issues/8"
        // Closed: the state wins over the workflow label. Created and closed tell nothing of when work started:
        // no history (lead time from them; no flow time).
        let closed = WorkItem(
            key: "shop/web#7", title: "Checkout times out", type: "Issue", status: "Closed", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 20, 11, 30), project: "shop/web", created: utc(2025, 11, 3, 9, 0),
            updated: utc(2025, 11, 20, 12, 0), resolved: utc(2025, 11, 20, 11, 30), resolution: "Closed",
            assignee: "Bo Chen", reporter: "Ana Lima", labels: ["bug", "workflow::in review"],
            sprints: ["Release 3"], storyPoints: 3, epic: "&12", fields: ["URL": url7, "Due Date": "2025-12-01"],
            source: "gitlab-csv")
        // Open with a workflow:: label: that label's value is the status, in progress.
        let inReview = WorkItem(
            key: "shop/web#8", title: "Dark mode", type: "Issue", status: "in review", statusCategory: .inProgress,
            project: "shop/web", created: utc(2025, 11, 5, 14, 0), updated: utc(2025, 11, 6, 8, 0),
            reporter: "Bo Chen", labels: ["feature", "workflow::in review"], fields: ["URL": url8],
            source: "gitlab-csv")
        // No project can be read from the URL: the key falls back to the Issue ID.
        let open = WorkItem(
            key: "#503", title: "Typo on home page", type: "Issue", status: "Open", statusCategory: .toDo,
            created: utc(2025, 11, 6, 10, 0), updated: utc(2025, 11, 6, 10, 0), reporter: "Bo Chen",
            fields: ["URL": "not a url"],
            source: "gitlab-csv")
        #expect(dataset.items == [closed, inReview, open])
        #expect(dataset.sources.map(\.format) == ["gitlab-csv"])
        #expect(dataset.sources.map(\.history) == [.none])
    }

    @Test func sniffedByItsHeader() throws {
        #expect(try Importer.detect(TrackerFixture.path("gitlab-issues.csv")) == .gitLabCSV)
    }

    @Test func missingIssueIDColumn() throws {
        let text =
            "URL,Title,State,Author Username,Created At (UTC)\nhttp://x/a/b/issues/1,T,Open,ana,2020-01-17 10:36:26\n"
        let message = try TrackerFixture.error(text, name: "issues.csv", options: ImportOptions(format: .gitLabCSV))
        #expect(
            message == "issues.csv:1: error: the header has no \"Issue ID\" column; expected it in the header row"
                + " (GitLab issues CSV)")
    }

    @Test func unknownDate() throws {
        let text =
            "Issue ID,URL,Title,State,Author Username,Created At (UTC)\n1,http://x/a/b/issues/1,T,Open,ana,17/01/2020\n"
        let message = try TrackerFixture.error(text, name: "issues.csv")
        #expect(
            message == "issues.csv: record 1, column \"Created At (UTC)\": error: unrecognized date '17/01/2020' in"
                + " column \"Created At (UTC)\"; expected a date like '2020-01-17 10:36:26'")
    }

    @Test func referenceFromURL() {
        #expect(
            GitLabReference(url: "http://localhost:3000/jashkenas/underscore/issues/1")?.key == "jashkenas/underscore#1"
        )
        #expect(GitLabReference(url: "https://gitlab.com/group/sub/project/-/issues/12")?.key == "group/sub/project#12")
        #expect(GitLabReference(url: "https://gitlab.com/group/project/-/merge_requests/12") == nil)
    }
}
