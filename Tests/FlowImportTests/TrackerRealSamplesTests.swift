import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Every real export of the other trackers in `../shared/samples/real/{azure-devops,other}/` imports, sniffed
/// by its header or keys. Counts were checked with Python (`csv.DictReader` rows with a non-blank cell,
/// every ID unique; `json.load` for the JSON files); status changes too: for the Persian Azure file,
/// Python sorted the Created/Resolved/Closed/State Change dates of each row that has a date of work in
/// progress (a Resolved Date, or an in-progress state's State Change Date: 53 rows) and counted the changes of
/// state (58); the other rows say only when an item was closed, not when work on it started.
@Suite struct TrackerRealSamplesTests {
    private struct Expectation {
        let folder: String
        let file: String
        let format: ExportFormat
        let items: Int
        let statusChanges: Int
        let history: HistoryLevel
    }

    private static let expectations: [Expectation] = [
        Expectation(
            folder: "azure-devops", file: "dileep-untitled-query-allquoted.csv", format: .azureDevOpsCSV, items: 2,
            statusChanges: 0, history: .none),
        Expectation(
            folder: "azure-devops", file: "kipkorirc-untitled-query-userstories.csv", format: .azureDevOpsCSV,
            items: 262, statusChanges: 0, history: .none),
        Expectation(
            folder: "azure-devops", file: "powerbidashboard-ados-bugs-persian-html.csv", format: .azureDevOpsCSV,
            items: 821, statusChanges: 58, history: .partial),
        // One creation and one change per item still open.
        Expectation(
            folder: "other", file: "gitlab-issues-export.csv", format: .gitLabCSV, items: 4, statusChanges: 0,
            history: .none),
        // The creation plus the 16 status_id details among 22 journals.
        Expectation(
            folder: "other", file: "perceval-redmine-issue-7311-journals.json", format: .redmineJSON, items: 1,
            statusChanges: 17, history: .full),
        // A page of 3 of total_count 4, without journals.
        Expectation(
            folder: "other", file: "perceval-redmine-issues-list.json", format: .redmineJSON, items: 3,
            statusChanges: 0, history: .none),
        // Cards 1 and 3 are created at their ids' times; card 5 has two moves and an id time after the first.
        Expectation(
            folder: "other", file: "trello-board-export-moved-card.json", format: .trelloJSON, items: 3,
            statusChanges: 4, history: .full),
    ]

    @Test(arguments: expectations.indices)
    private func realExportImports(_ index: Int) throws {
        let expected = Self.expectations[index]
        let path = TrackerFixture.realSample(expected.folder, expected.file)
        #expect(try Importer.detect(path) == expected.format)
        let dataset = try TrackerFixture.load(path)
        let source = try #require(dataset.sources.first)
        #expect(source.format == expected.format.rawValue)
        #expect(source.items == expected.items)
        #expect(dataset.items.count == expected.items)
        #expect(source.statusChanges == expected.statusChanges)
        #expect(source.history == expected.history)
    }

    @Test func persianAzureBugSpotCheck() throws {
        let path = TrackerFixture.realSample("azure-devops", "powerbidashboard-ados-bugs-persian-html.csv")
        let item = try #require(try TrackerFixture.load(path).items.first)
        // Row 1: Team Project SAJAK, Iteration Path SAJAK\Estate_Sprint 44, Closed and State Change Date both
        // 12/24/2025 11:53:24 AM, Closed Reason Completed.
        let closed = TrackerFixture.utc(2025, 12, 24, 11, 53, 24)
        #expect(item.key == "196316")
        #expect(item.status == "Done")
        #expect(item.statusCategory == .done)
        #expect(item.project == "SAJAK")
        #expect(item.sprints == ["Estate_Sprint 44"])
        #expect(item.assignee == "Seyfollahi Artin")
        #expect(item.resolved == closed)
        #expect(item.resolution == "Completed")
        // Closed, with no date of work in progress: no history, so no invented flow time of 0.
        #expect(item.history.isEmpty)
    }

    @Test func redmineJournalsSpotCheck() throws {
        let path = TrackerFixture.realSample("other", "perceval-redmine-issue-7311-journals.json")
        let dataset = try TrackerFixture.load(path)
        let item = try #require(dataset.items.first)
        // Only status 3 (Resuelta, the issue's own) has a name in the file; the first change leaves 1.
        #expect(item.key == "#7311")
        #expect(item.status == "Resuelta")
        #expect(
            item.history.prefix(3) == [
                StatusChange(at: TrackerFixture.utc(2016, 1, 26, 12, 39, 26), from: nil, to: "status 1"),
                StatusChange(at: TrackerFixture.utc(2016, 1, 27, 11, 40, 54), from: "status 1", to: "Resuelta"),
                StatusChange(at: TrackerFixture.utc(2016, 2, 2, 13, 45, 50), from: "Resuelta", to: "status 5"),
            ])
        #expect(dataset.notes.count == 1)
    }

    @Test func trelloMoveSpotCheck() throws {
        let path = TrackerFixture.realSample("other", "trello-board-export-moved-card.json")
        let items = try TrackerFixture.load(path).items
        // Card 5's two moves name "Factcheck", a list that is not in the board's lists.
        let card = try #require(items.first { $0.key == "hKKRg4wu-5" })
        // 2016-08-01T09:33:30.800Z and 2016-08-12T09:12:06.019Z, in milliseconds since 1970 (Python).
        let moves = card.history.map {
            "\($0.from ?? "-") → \($0.to) at \(Int(($0.at.timeIntervalSince1970 * 1000).rounded()))"
        }
        #expect(moves == ["Factcheck → List One at 1470044010800", "List One → Factcheck at 1470993126019"])
    }
}
