import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The sample exports in `SampleExports/` are one simulated Jira site written in six formats by
/// `samplegen`. Every format that carries history must give every item the same history, and every
/// format the same created time, status and type.
@Suite struct SampleHistoryAgreementTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleExports")

    /// CSV and backup times are Berlin wall-clock times without an offset.
    private let berlin = ImportOptions(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    private func path(_ name: String) -> String { Self.folder.appendingPathComponent(name).path }

    private func restJSON() throws -> [String: WorkItem] {
        let pages = try FileManager.default.contentsOfDirectory(atPath: path("jira-rest-json"))
            .filter { $0.hasPrefix("page-") }.sorted().map { path("jira-rest-json/\($0)") }
        #expect(pages.count == 3, "300 issues in pages of 100")
        return try byKey(Importer.load(pages, options: berlin))
    }

    private func byKey(_ dataset: Dataset) -> [String: WorkItem] {
        Dictionary(dataset.items.map { ($0.key, $0) }, uniquingKeysWith: { _, later in later })
    }

    /// The status changes after the creation: formats that record the creation as a change (`from` nil)
    /// differ only there from those that do not.
    private func changes(_ item: WorkItem) -> [StatusChange] { item.history.filter { $0.from != nil } }

    @Test func restJSONAndTransitionsCSVGiveTheSameHistories() throws {
        let json = try restJSON()
        let transitions = try byKey(Importer.load([path("transitions.csv")], options: berlin))
        #expect(json.count == 300)
        #expect(Set(json.keys) == Set(transitions.keys))
        // samplegen reports 1 252 status changes after the creations for seed 42 and 300 issues, and the
        // transitions CSV holds them plus one creation row per issue: 1 552 rows.
        #expect(json.values.reduce(0) { $0 + $1.history.count } == 1252)
        #expect(transitions.values.reduce(0) { $0 + $1.history.count } == 1552)
        for (key, item) in json {
            let other = try #require(transitions[key])
            #expect(changes(other) == item.history, "\(key): history")
            #expect(other.created == item.created, "\(key): created")
            #expect(other.status == item.status, "\(key): status")
            #expect(other.type == item.type, "\(key): type")
            #expect(other.title == item.title, "\(key): title")
            // Which tells a discarded Done item (Won't Do, Duplicate) from a delivered one.
            #expect(other.resolution == item.resolution, "\(key): resolution")
            #expect(other.statusCategory == item.statusCategory, "\(key): status category")
            // The creation row: the item was created, at its created time, in the status its first change left.
            let creation = try #require(other.history.first)
            #expect(creation.from == nil && creation.at == item.created, "\(key): creation row")
            #expect(creation.to == (item.history.first?.from ?? item.status), "\(key): created in")
        }
    }

    @Test func siteBackupGivesTheSameHistoriesAsRESTJSON() throws {
        let json = try restJSON()
        let backup = try byKey(Importer.load([path("jira-backup/entities.xml")], options: berlin))
        #expect(Set(json.keys) == Set(backup.keys))
        for (key, item) in json {
            let other = try #require(backup[key])
            #expect(changes(other) == item.history, "\(key): history")
            #expect(other.created == item.created, "\(key): created")
            #expect(other.status == item.status, "\(key): status")
            #expect(other.type == item.type, "\(key): type")
            #expect(other.sprints == item.sprints, "\(key): sprints")
            #expect(other.storyPoints == item.storyPoints, "\(key): story points")
            #expect(other.components == item.components, "\(key): components")
            #expect(other.labels == item.labels, "\(key): labels")
        }
        // Components and labels, which a business stream matches, are there to compare.
        #expect(backup.values.filter { !$0.components.isEmpty }.count > 200)
        #expect(backup.values.contains { !$0.labels.isEmpty })
    }

    @Test func jiraCSVAndXMLAgreeWithTheHistoryFormats() throws {
        let json = try restJSON()
        let csv = try byKey(Importer.load([path("jira-cloud-export.csv")], options: berlin))
        let xml = try byKey(Importer.load([path("jira-cloud-export.xml")], options: berlin))
        #expect(Set(csv.keys) == Set(json.keys))
        #expect(Set(xml.keys) == Set(json.keys))
        for (key, item) in json {
            for (format, other) in [("csv", csv[key]), ("xml", xml[key])] {
                let other = try #require(other, "\(key) missing from the \(format) export")
                #expect(other.created == item.created, "\(key): created (\(format))")
                #expect(other.status == item.status, "\(key): status (\(format))")
                #expect(other.type == item.type, "\(key): type (\(format))")
            }
        }
    }
}
