import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The public Jira REST responses in `../shared/samples/real/jira-json/` (provenance beside them).
/// Expected counts were taken with Python's `json` module: issues, and changelog items whose `field` is
/// `status` and whose `fieldtype` is `jira` or absent.
@Suite struct JiraJSONRealSamplesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples/real/jira-json")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// File, issues, status changes, history level.
    static let expected: [(file: String, items: Int, changes: Int, history: HistoryLevel)] = [
        ("actionableagile-cloud-search-25issues-changelog.json", 25, 64, .full),
        ("jirametrics-SP-1.json", 1, 2, .full),
        ("jirametrics-SP-10.json", 1, 6, .full),
        ("jirametrics-SP-13.json", 1, 2, .full),
        ("jirametrics-SP-2.json", 1, 1, .full),
        ("jirametrics-board-configuration.json", 0, 0, .none),
        ("jirametrics-statuses.json", 0, 0, .none),
        ("perceval-search-page-no-changelog.json", 2, 0, .none),
    ]

    @Test func theFolderHoldsExactlyTheFilesExpected() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".json")
        }
        #expect(names.sorted() == Self.expected.map(\.file).sorted())
    }

    @Test(arguments: expected.map(\.file))
    func eachFileImportsAlone(file: String) throws {
        let expected = try #require(Self.expected.first { $0.file == file })
        let dataset = try Importer.load([Self.path(file)])
        let source = try #require(dataset.sources.first)
        #expect(source.format == "jira-json")
        #expect(dataset.items.count == expected.items)
        #expect(source.items == expected.items)
        #expect(source.statusChanges == expected.changes)
        #expect(source.history == expected.history)
        #expect(dataset.items.allSatisfy { !$0.key.isEmpty && !$0.status.isEmpty && $0.created != nil })
    }

    @Test func allFilesImportTogether() throws {
        let dataset = try Importer.load(Self.expected.map { Self.path($0.file) })
        // 25 + 1 + 1 + 1 + 1 + 2 issues, all with different keys.
        #expect(dataset.items.count == 31)
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        #expect(changes == 75)  // 64 + 2 + 6 + 2 + 1
        // FakeBacklog appears only in the status list.
        #expect(dataset.statusCategories["FakeBacklog"] == .toDo)
        #expect(dataset.statusNames["10012"] == "FakeBacklog")
        #expect(dataset.statusCategories["Selected for Development"] == .inProgress)
        #expect(
            dataset.notes.contains {
                $0.hasSuffix("a Jira board configuration (\"SP board\"); it holds no issues and was not used")
            })
        // perceval's page says total 3 but holds 2 issues.
        #expect(
            dataset.notes.contains { $0.hasSuffix("a search page with issues 1–2 of 3; the others are in other pages") }
        )
        // perceval's page has no changelog while the others have one.
        #expect(dataset.history == .partial)
    }

    @Test func aStatusListDoesNotMakeTheHistoryPartial() throws {
        let dataset = try Importer.load([Self.path("jirametrics-SP-10.json"), Self.path("jirametrics-statuses.json")])
        // The status list gives no items, so only SP-10's full history counts.
        #expect(dataset.history == .full)
        #expect(dataset.items.first?.statusCategory == .done)
        #expect(dataset.statusCategories["Review"] == .inProgress)
    }

    @Test func sp10HistoryIsOldestFirstWithTheBackwardMove() throws {
        let item = try #require(try Importer.load([Self.path("jirametrics-SP-10.json")]).items.first)
        func at(_ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ milliseconds: Int) -> Date {
            Date.utc(
                year: 2021, month: day > 20 ? 8 : 9, day: day, hour: hour, minute: minute, second: second,
                fraction: Double(milliseconds) / 1000)
        }
        // The file lists 11 histories newest first; 6 hold a status item (checked with Python).
        #expect(
            item.history == [
                StatusChange(at: at(29, 18, 6, 28, 717), from: "Backlog", to: "Selected for Development"),
                StatusChange(at: at(29, 18, 6, 55, 587), from: "Selected for Development", to: "In Progress"),
                StatusChange(at: at(6, 4, 33, 11, 219), from: "In Progress", to: "Selected for Development"),
                StatusChange(at: at(6, 4, 34, 2, 253), from: "Selected for Development", to: "In Progress"),
                StatusChange(at: at(6, 4, 34, 21, 385), from: "In Progress", to: "Review"),
                StatusChange(at: at(6, 4, 34, 26, 239), from: "Review", to: "Done"),
            ])
        #expect(item.key == "SP-10")
        #expect(item.title == "Check in people at an event")
        #expect(item.status == "Done")
        #expect(item.statusCategory == .done)
        #expect(item.resolution == "Done")
        #expect(item.reporter == "Mike Bowler")
        #expect(item.assignee == nil)
        #expect(item.historyTruncated == false)
        #expect(item.timeInStatus.map(\.statusID) == ["3", "10000", "10011", "10002", "10001"])
    }

    @Test func sp13SprintObjectsGiveSprintDates() throws {
        let dataset = try Importer.load([Self.path("jirametrics-SP-13.json")])
        let item = try #require(dataset.items.first)
        #expect(item.sprints == ["Scrum Sprint 3"])
        let sprint = try #require(dataset.sprints["Scrum Sprint 3"])
        #expect(sprint.id == "3")
        #expect(sprint.state == "active")
        // "startDate": "2022-04-15T00:55:17.688Z".
        #expect(
            sprint.start == Date.utc(year: 2022, month: 4, day: 15, hour: 0, minute: 55, second: 17, fraction: 0.688))
    }
}
