import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// The real Jira XML exports kept beside the repository, in `../shared/samples/real/jira-rss/`.
private let realFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/samples/real/jira-rss").standardized

/// What each real file holds, counted with `grep -c '<item>'`, and one item read by hand from it.
private struct RealExport: Sendable, CustomStringConvertible {
    let file: String
    let items: Int
    let key: String
    let check: @Sendable (WorkItem) -> Bool
    var description: String { file }
}

private let realExports: [RealExport] = [
    // DC 10.3, CRLF: story points in a float field named "Исторические точки" (2.0).
    RealExport(file: "kumpelalex-datacenter-10.3.xml", items: 27, key: "TEST-23") {
        $0.type == "История" && $0.status == "Done" && $0.statusID == "10001" && $0.statusCategory == .done
            && $0.storyPoints == 2 && $0.fixVersions == ["Version 1.0"] && $0.assignee == "Alex"
            && $0.resolved == Date.utc(year: 2026, month: 2, day: 23, hour: 15, minute: 37, second: 37)
    },
    // Summary as numeric character references; "Sprint 14" its only sprint.
    RealExport(file: "landing-estimator-cloud-103items.xml", items: 103, key: "ECO-973") {
        $0.title == "Меняется тип операции с debit на credit после клиринга в истории операций на UI"
            && $0.type == "Баг" && $0.statusCategory == .toDo && $0.sprints == ["Sprint 14"] && $0.resolution == nil
    },
    // Saved from a browser: text before the first tag. 17:43:07 +0300 is 14:43:07 UTC; "Не назначено" (-1).
    RealExport(file: "makarov-cloud-ru-browser-saved.xml", items: 4, key: "NC-4") {
        $0.created == Date.utc(year: 2024, month: 9, day: 8, hour: 14, minute: 43, second: 7) && $0.assignee == nil
            && $0.parent == "NC-2" && $0.sprints == ["Scrum Спринт 1"] && $0.resolution == "Готово"
    },
    // Spanish: resolution "Listo", status "Finalizada" in category done.
    RealExport(file: "metsis2-cloud-26items.xml", items: 26, key: "MET-32") {
        $0.status == "Finalizada" && $0.statusCategory == .done && $0.resolution == "Listo"
            && $0.reporter == "Bautista Tordini"
    },
    // 03:55:53 -0700 is 10:55:53 UTC; the title's trailing space is trimmed.
    RealExport(file: "nichanl-cloud-en.xml", items: 15, key: "CAP-15") {
        $0.title == "Load the data into the redshift." && $0.parent == "CAP-12" && $0.sprints == ["Capstone"]
            && $0.created == Date.utc(year: 2024, month: 3, day: 10, hour: 10, minute: 55, second: 53)
    },
    // The RSS 2.0 issues feed: read from the title, pubDate and the HTML table.
    RealExport(file: "pacoj02-cloud-rss-issues-feed-html.xml", items: 6, key: "QTS-23") {
        $0.status == "Done" && $0.type == "Subtask" && $0.parent == "QTS-13" && $0.source == "jira-rss"
    },
    // "Thu, 5 Sep 2024 16:12:18 +0100": day without a leading zero.
    RealExport(file: "sergemmikh-cloud-ru.xml", items: 5, key: "HSLC0-5") {
        $0.created == Date.utc(year: 2024, month: 9, day: 5, hour: 15, minute: 12, second: 18)
            && $0.project == "HSLC0" && $0.labels.isEmpty
    },
    // Epic Link holds the epic's name "123" (with a template `key=` attribute); the epic is the
    // parent KAN-2, of type "Эпик". Names as character references.
    RealExport(file: "tud777777-cloud-ru-entities.xml", items: 5, key: "KAN-5") {
        $0.epic == "KAN-2" && $0.fields["Epic Link"] == "123" && $0.assignee == "Федор Баграш"
            && $0.status == "On reproduce"
            && $0.statusCategory == .inProgress
    },
]

@Suite struct JiraXMLRealExportsTests {
    @Test func everyRealFileIsListedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: realFolder.path).filter { $0.hasSuffix(".xml") }
        #expect(files.sorted() == realExports.map(\.file).sorted())
    }

    @Test(arguments: realExports)
    fileprivate func importsWithItsItemCount(_ export: RealExport) throws {
        let path = realFolder.appendingPathComponent(export.file).path
        let dataset = try Importer.load([path])
        #expect(dataset.items.count == export.items)
        #expect(dataset.sources.map(\.items) == [export.items])
        #expect(Set(dataset.items.map(\.key)).count == export.items)
        let item = try #require(dataset.items.first { $0.key == export.key })
        #expect(export.check(item), "\(item)")
    }

    @Test func theIssuesFeedGivesWhatItHasAndSaysWhatItLacks() throws {
        let path = realFolder.appendingPathComponent("pacoj02-cloud-rss-issues-feed-html.xml").path
        let dataset = try Importer.load([path])
        // pubDate "Thu, 4 Dec 2025 21:03:54 -0500" is 02:03:54 UTC on 5 December: the issue's last update (the
        // same issue in this project's CSV export was created at 20:41 and updated at 21:03, its local time), so its
        // creation time is unknown. The table's "None" cells are empty; Votes and Rank rows go to fields.
        #expect(
            dataset.items.first
                == WorkItem(
                    key: "QTS-23",
                    title: "Automated Test: Write Selenium script for successful StoryWeaver session creation",
                    type: "Subtask", status: "Done", project: "QTS",
                    updated: Date.utc(year: 2025, month: 12, day: 5, hour: 2, minute: 3, second: 54),
                    resolution: "Done",
                    assignee: "Francisco Juarez", reporter: "Francisco Juarez", priority: "Medium",
                    sprints: ["Core Feature Development"], parent: "QTS-13",
                    fields: ["Votes": "0", "Rank": "0|i0002n:"],
                    source: "jira-rss"))
        #expect(dataset.sources.map(\.history) == [.none])
        #expect(dataset.sources.map(\.format) == ["jira-rss"])
        #expect(
            dataset.notes == [
                "\(path) is Jira's \"RSS (issues)\" feed, which lacks creation times, status categories, resolution"
                    + " dates, most fields and all history; use the issue search's Export → XML instead"
            ])
    }
}
