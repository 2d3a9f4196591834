import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The Azure DevOps query CSV importer on a hand-written fixture (BOM, CRLF, every value quoted, a quoted
/// comma and doubled quotes), compared as whole items.
@Suite struct AzureDevOpsCSVImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute, second)
    }

    @Test func fixtureImportsAsWholeItems() throws {
        let file = TrackerFixture.path("azure-devops-query.csv")
        let dataset = try TrackerFixture.load(file)
        // 101 went New → Active → Resolved → Closed on its four dates; the State Change Date repeats the
        // Closed Date, so it adds no change.
        let closed = WorkItem(
            key: "101", title: "Pay by card", type: "User Story", status: "Closed", statusCategory: .done,
            statusCategoryChanged: utc(2025, 11, 12, 10, 15), project: "Shop", created: utc(2025, 11, 3, 9, 0),
            updated: utc(2025, 11, 12, 10, 15), resolved: utc(2025, 11, 12, 10, 15), resolution: "Done",
            assignee: "Ana Lima", labels: ["payments", "web"], sprints: ["Sprint 44"], storyPoints: 5,
            fields: ["Iteration Path": "Shop\\Sprint 44", "Area Path": "Shop\\Checkout"],
            history: [
                StatusChange(at: utc(2025, 11, 3, 9, 0), from: nil, to: "New"),
                StatusChange(at: utc(2025, 11, 4, 14, 30), from: "New", to: "Active"),
                StatusChange(at: utc(2025, 11, 10, 16, 0), from: "Active", to: "Resolved"),
                StatusChange(at: utc(2025, 11, 12, 10, 15), from: "Resolved", to: "Closed"),
            ],
            source: "azure-devops-csv")
        // 102 is still Active: created, then activated (8:05:00 AM is 08:05), which is when it entered the In
        // Progress category.
        let active = WorkItem(
            key: "102", title: "Receipt shows, wrong \"total\"", type: "Bug", status: "Active",
            statusCategory: .inProgress, statusCategoryChanged: utc(2025, 12, 26, 8, 5), project: "Shop",
            created: utc(2025, 12, 24, 11, 53, 24),
            updated: utc(2025, 12, 26, 8, 5), assignee: "Bo Chen", sprints: ["Sprint 45"],
            fields: ["Iteration Path": "Shop\\Sprint 45", "Area Path": "Shop"],
            history: [
                StatusChange(at: utc(2025, 12, 24, 11, 53, 24), from: nil, to: "New"),
                StatusChange(at: utc(2025, 12, 26, 8, 5), from: "New", to: "Active"),
            ],
            source: "azure-devops-csv")
        // 103 was removed: its State Change Date (1:00:00 PM = 13:00) is when it entered Removed, which is a
        // Done-category state with the resolution "Removed". It has no Activated or Resolved date, so when work
        // on it started is unknown: no history, as an export without one (not "backlog straight to removed").
        let removed = WorkItem(
            key: "103", title: "Old idea", type: "Task", status: "Removed", statusCategory: .done,
            statusCategoryChanged: utc(2025, 10, 20, 13, 0), created: utc(2025, 10, 1, 12, 0),
            updated: utc(2025, 10, 20, 13, 0), resolved: utc(2025, 10, 20, 13, 0), resolution: "Removed",
            source: "azure-devops-csv")
        #expect(dataset.items == [closed, active, removed])
        // The states the histories name have their categories, whether or not an item is in them now.
        #expect(
            dataset.statusCategories == [
                "New": .toDo, "Active": .inProgress, "Resolved": .inProgress, "Closed": .done, "Removed": .done,
            ])
        #expect(Set(dataset.sprints.keys) == ["Sprint 44", "Sprint 45"])
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: file, format: "azure-devops-csv", formatName: "Azure DevOps query CSV", items: 3,
                    statusChanges: 6, history: .partial)
            ])
    }

    @Test func datesAreReadInTheChosenZone() throws {
        let options = ImportOptions(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        let dataset = try TrackerFixture.load(TrackerFixture.path("azure-devops-query.csv"), options: options)
        // 11/3/2025 9:00:00 AM in New York is EST (UTC-5; summer time ended on 2 November): 14:00 UTC.
        #expect(dataset.items.first?.created == utc(2025, 11, 3, 14, 0))
    }

    @Test func sniffedByItsHeader() throws {
        #expect(try Importer.detect(TrackerFixture.path("azure-devops-query.csv")) == .azureDevOpsCSV)
    }

    @Test func missingIDColumnNamesTheHeader() throws {
        let text = "Work Item Type,Title,State\nBug,Crash,New\n"
        let message = try TrackerFixture.error(
            text, name: "query.csv", options: ImportOptions(format: .azureDevOpsCSV))
        #expect(
            message
                == "query.csv:1: error: the header has no \"ID\" column; expected it in the header row (Azure DevOps"
                + " query CSV)")
    }

    @Test func unknownDateNamesRecordAndColumn() throws {
        let text =
            "ID,Work Item Type,Title,State,Created Date\n1,Bug,Crash,New,12/24/2025 11:53:24 AM\n"
            + "2,Bug,Hang,New,24.13.2025\n"
        let message = try TrackerFixture.error(text, name: "query.csv")
        #expect(
            message
                == "query.csv: record 2, column \"Created Date\": error: unrecognized date '24.13.2025' in column"
                + " \"Created Date\"; expected a date like '12/24/2025 11:53:24 AM'")
    }

    @Test func lenientSkipsTheBadRowAndSaysWhy() throws {
        let text =
            "ID,Work Item Type,Title,State,Created Date\n1,Bug,Crash,New,12/24/2025 11:53:24 AM\n"
            + "2,Bug,Hang,New,yesterday\n"
        let path = try TrackerFixture.temporaryFile(text, name: "query.csv")
        let dataset = try TrackerFixture.load(path, options: ImportOptions(lenient: true))
        #expect(dataset.items.map(\.key) == ["1"])
        #expect(
            dataset.sources.first?.skipped == [
                "record 2, column \"Created Date\": unrecognized date 'yesterday' in column \"Created Date\";"
                    + " expected a date like '12/24/2025 11:53:24 AM'"
            ])
    }
}
