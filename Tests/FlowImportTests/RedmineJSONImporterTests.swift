import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The Redmine JSON importer on a hand-written single issue with journals (`/issues/42.json?include=journals`,
/// its status with `is_closed` as Redmine 5.1+ writes it), compared as a whole item.
@Suite struct RedmineJSONImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute)
    }

    @Test func fixtureImportsAsWholeItem() throws {
        let file = TrackerFixture.path("redmine-issue-journals.json")
        let dataset = try TrackerFixture.load(file)
        // Only status 5 is named in the file (the issue's own status); 1 and 2 are shown by id. The issue is
        // created in the status its first change leaves (1). The journal without details adds nothing.
        let issue = WorkItem(
            key: "#42", title: "Gift cards", type: "Feature", status: "Closed", statusID: "5", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 12, 10, 0), project: "Shop", created: utc(2025, 11, 3, 9, 0),
            updated: utc(2025, 11, 12, 10, 0), resolved: utc(2025, 11, 12, 10, 0), resolution: "Closed",
            assignee: "Bo Chen", reporter: "Ana Lima", priority: "Normal", fixVersions: ["1.2"], parent: "#40",
            fields: ["start_date": "2025-11-03"],
            history: [
                StatusChange(at: utc(2025, 11, 3, 9, 0), from: nil, to: "status 1"),
                StatusChange(at: utc(2025, 11, 4, 14, 30), from: "status 1", to: "status 2"),
                StatusChange(at: utc(2025, 11, 12, 10, 0), from: "status 2", to: "Closed"),
            ],
            source: "redmine-json")
        #expect(dataset.items == [issue])
        #expect(dataset.statusNames == ["5": "Closed"])
        #expect(
            dataset.notes == [
                "\(file): Redmine status ids 1, 2 are named by no issue in the file; their changes show as"
                    + " 'status 1' and so on (add /issue_statuses.json names to the value-stream configuration)"
            ])
        #expect(dataset.sources.map(\.history) == [.full])
    }

    @Test func aRejectedIssueInAnyLanguageIsDiscardedAndAPartialPageIsNoted() throws {
        // Redmine's default Rejected status, in Spanish: closed with the resolution Rejected, which the standard
        // value stream discards. The page holds issues 1–2 of 5.
        let text = """
            {"issues":[
             {"id":1,"project":{"id":1,"name":"P"},"tracker":{"id":1,"name":"Bug"},"status":{"id":6,"name":"Rechazada"},
              "subject":"s","created_on":"2025-11-03T09:00:00Z","closed_on":"2025-11-05T09:00:00Z"},
             {"id":2,"project":{"id":1,"name":"P"},"tracker":{"id":1,"name":"Bug"},"status":{"id":5,"name":"Cerrada"},
              "subject":"t","created_on":"2025-11-03T09:00:00Z","closed_on":"2025-11-06T09:00:00Z"}],
             "total_count":5,"offset":0,"limit":2}
            """
        let path = try TrackerFixture.temporaryFile(text, name: "issues.json")
        let dataset = try TrackerFixture.load(path)
        #expect(dataset.items.map(\.resolution) == ["Rejected", "Cerrada"])
        #expect(
            dataset.notes == [
                "\(path): a page with issues 1–2 of 5 (total_count); the others are in other pages"
                    + " (/issues.json?offset=…&limit=…)"
            ])
    }

    @Test func sniffedByItsKeys() throws {
        #expect(try Importer.detect(TrackerFixture.path("redmine-issue-journals.json")) == .redmineJSON)
    }

    @Test func truncatedFileNamesTheLine() throws {
        let text = "{\"issues\":[{\"id\":1,\"tracker\":{\"id\":1,\"name\":\"Bug\"},\n\"subject\":\"Crash\""
        let message = try TrackerFixture.error(text, name: "issues.json")
        // Line 2 is `"subject":"Crash"`, 17 bytes: the file ends at column 18, inside the issue and the page.
        #expect(message == "issues.json:2:18: error: the file ends inside an object opened at line 1")
    }

    @Test func badTimestampNamesTheIssue() throws {
        let text = "{\"issues\":[\n  {\"id\":1,\"tracker\":{\"id\":1,\"name\":\"Bug\"},\"created_on\":\"26/01/2016\"}]}"
        let message = try TrackerFixture.error(text, name: "issues.json")
        #expect(
            message == "issues.json:2:3: error: unrecognized date '26/01/2016' in \"created_on\"; expected a date like"
                + " '2016-01-26T12:39:26.000Z'")
    }

    @Test func arrayIsNotRedmine() throws {
        let message = try TrackerFixture.error("[1]", name: "issues.json", options: ImportOptions(format: .redmineJSON))
        #expect(
            message == "issues.json:1:1: error: found a JSON array; expected a Redmine object with \"issues\" or"
                + " \"issue\"")
    }
}
