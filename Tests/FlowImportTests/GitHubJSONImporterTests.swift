import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The GitHub issues importer. There is no real `gh` output among the samples: the fixture is what
/// `gh issue list --state all --json number,title,state,stateReason,labels,createdAt,closedAt,milestone,
/// assignees,url` writes according to the GitHub CLI's documented JSON fields (a top-level array; `state`
/// OPEN or CLOSED; `stateReason` COMPLETED, NOT_PLANNED or empty; `milestone` null or an object).
@Suite struct GitHubJSONImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute)
    }

    @Test func fixtureImportsAsWholeItems() throws {
        let dataset = try TrackerFixture.load(TrackerFixture.path("github-issues.json"))
        let completed = WorkItem(
            key: "acme/shop#17", title: "Crash on empty cart", type: "Issue", status: "Closed", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 12, 10, 0), project: "acme/shop", created: utc(2025, 11, 3, 9, 0),
            resolved: utc(2025, 11, 12, 10, 0), resolution: "Completed", assignee: "ana", labels: ["bug"],
            sprints: ["v1.2"], fields: ["URL": "https://github.com/acme/shop/issues/17"],
            source: "github-json")
        // NOT_PLANNED becomes the resolution "Not Planned", one of the standard discarded resolutions.
        let notPlanned = WorkItem(
            key: "acme/shop#18", title: "Support fax", type: "Issue", status: "Closed", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 10, 8, 0), project: "acme/shop", created: utc(2025, 11, 5, 14, 0),
            resolved: utc(2025, 11, 10, 8, 0), resolution: "Not Planned",
            fields: ["URL": "https://github.com/acme/shop/issues/18"],
            source: "github-json")
        let open = WorkItem(
            key: "acme/shop#19", title: "Dark mode", type: "Issue", status: "Open", statusCategory: .toDo,
            project: "acme/shop", created: utc(2025, 11, 6, 10, 0), labels: ["enhancement"],
            fields: ["URL": "https://github.com/acme/shop/issues/19"],
            source: "github-json")
        #expect(dataset.items == [completed, notPlanned, open])
        #expect(dataset.sources.map(\.history) == [.none])
    }

    @Test func sniffedByItsKeys() throws {
        #expect(try Importer.detect(TrackerFixture.path("github-issues.json")) == .gitHubJSON)
    }

    @Test func truncatedFileNamesTheLine() throws {
        let text = "[\n  {\"number\": 1, \"createdAt\": \"2025-11-03T09:00:00Z\", \"title\": \"Cra"
        let message = try TrackerFixture.error(text, name: "issues.json")
        // The title's string opens at column 63 of line 2 (66 bytes long) and is never closed.
        #expect(
            message == "issues.json:2:67: error: the file ends inside a string that starts at line 2, column 63")
    }

    @Test func issueWithoutNumber() throws {
        let text = "[{\"number\": 1, \"createdAt\": \"2025-11-03T09:00:00Z\"},\n {\"title\": \"x\"}]"
        let message = try TrackerFixture.error(text, name: "issues.json", options: ImportOptions(format: .gitHubJSON))
        #expect(message == "issues.json:2:2: error: issue has no \"number\"; expected every issue to have one")
    }
}
