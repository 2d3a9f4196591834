import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// The real Jira backups kept beside the repository, in `../shared/samples/real/jira-entities/`.
private let realFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/samples/real/jira-entities").standardized

/// What each real backup holds, counted with a Python script (ElementTree): `<Issue>` rows, ChangeItems
/// with `fieldtype="jira" field="status"` whose group and issue exist, and the issues that have one.
private struct RealBackup: Sendable, CustomStringConvertible {
    let file: String
    let items: Int
    let statusChanges: Int
    let itemsWithHistory: Int
    var description: String { file }
}

private let realBackups: [RealBackup] = [
    // Jira 6.2.6: 340 ChangeItems, of them 57 status changes (Workflow migration items are not).
    RealBackup(file: "shkore-jira626-entities.xml", items: 22, statusChanges: 57, itemsWithHistory: 20),
    // Jira 8.8.0: Backlog ↔ In Progress back and forth.
    RealBackup(file: "sivoplyas-jira880-entities.xml", items: 3, statusChanges: 21, itemsWithHistory: 3),
    // Jira 8.8.1: 88 ChangeItems, 31 status changes.
    RealBackup(file: "sugyan1-jira881-entities.xml", items: 45, statusChanges: 31, itemsWithHistory: 17),
]

@Suite struct JiraBackupRealSamplesTests {
    @Test func everyRealBackupIsListedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: realFolder.path).filter { $0.hasSuffix(".xml") }
        #expect(files.sorted() == realBackups.map(\.file).sorted())
    }

    @Test(arguments: realBackups)
    fileprivate func importsWithItsCounts(_ backup: RealBackup) throws {
        let path = realFolder.appendingPathComponent(backup.file).path
        // The root element comes after a header comment longer than the bytes sniffed.
        #expect(try Importer.detect(path) == .jiraBackup)
        let dataset = try Importer.load([path])
        #expect(dataset.items.count == backup.items)
        #expect(Set(dataset.items.map(\.key)).count == backup.items)
        #expect(dataset.sources.map(\.statusChanges) == [backup.statusChanges])
        #expect(dataset.items.reduce(0) { $0 + $1.history.count } == backup.statusChanges)
        #expect(dataset.items.filter { !$0.history.isEmpty }.count == backup.itemsWithHistory)
        #expect(dataset.history == .full)
        // Every change starts where the one before it ended.
        for item in dataset.items {
            for (before, after) in zip(item.history, item.history.dropFirst()) {
                #expect(before.to == after.from, "\(item.key)")
                #expect(before.at <= after.at, "\(item.key)")
            }
        }
    }

    @Test func wholeHistoryOfOneIssue() throws {
        let path = realFolder.appendingPathComponent("sivoplyas-jira880-entities.xml").path
        let item = try #require(try Importer.load([path]).items.first { $0.key == "EX-1" })
        // Read by hand from the file's ChangeGroup/ChangeItem rows for issue 10000, on 27 April 2025 (UTC):
        // 13:08:53.262, 13:09:07.795, 13:09:18.55, …, 13:39:48.063.
        func at(_ minute: Int, _ second: Int, _ fraction: Double) -> Date {
            Date.utc(year: 2025, month: 4, day: 27, hour: 13, minute: minute, second: second, fraction: fraction)
        }
        let expected = [
            StatusChange(at: at(8, 53, 0.262), from: "Backlog", to: "In Progress"),
            StatusChange(at: at(9, 7, 0.795), from: "In Progress", to: "Backlog"),
            StatusChange(at: at(9, 18, 0.55), from: "Backlog", to: "In Progress"),
            StatusChange(at: at(9, 24, 0.223), from: "In Progress", to: "On fix"),
            StatusChange(at: at(9, 43, 0.686), from: "On fix", to: "Selected for Development"),
            StatusChange(at: at(9, 50, 0.279), from: "Selected for Development", to: "Done fix"),
            StatusChange(at: at(9, 58, 0.429), from: "Done fix", to: "On test"),
            StatusChange(at: at(10, 3, 0.825), from: "On test", to: "On fix"),
            StatusChange(at: at(10, 33, 0.274), from: "On fix", to: "Done"),
            StatusChange(at: at(11, 35, 0.167), from: "Done", to: "Backlog"),
            StatusChange(at: at(39, 43, 0.778), from: "Backlog", to: "Done fix"),
            StatusChange(at: at(39, 48, 0.063), from: "Done fix", to: "Done"),
        ]
        #expect(item.history == expected)
        #expect(item.status == "Done" && item.statusCategory == .done)
        // Its sprint comes from the sprint field's value (id 2), named by a Sprint change item.
        #expect(item.sprints == ["scum Спринт 1"])
    }

    @Test func sprintsFromChangesWhenTheBackupHasNoFieldValues() throws {
        // sugyan1 has no CustomFieldValue rows: its only sprint changes put MOBSDK-1 (issue 10100) in sprint
        // 2 at 21:05:33.09 and took it out at 21:05:35.651, so no issue is in a sprint.
        let path = realFolder.appendingPathComponent("sugyan1-jira881-entities.xml").path
        let dataset = try Importer.load([path])
        #expect(dataset.items.allSatisfy { $0.sprints.isEmpty })
        #expect(dataset.sprints.isEmpty)
        // Its header says the server ran in Asia/Shanghai; read in UTC (no zone configured), the times are 8 hours
        // off, and a note says how to read them in the server's zone.
        #expect(dataset.sources.map(\.timeZone) == ["Asia/Shanghai"])
        #expect(
            dataset.notes == [
                "\(path): the Jira server ran in Asia/Shanghai (jvm.system.timezone in the backup's header) and its "
                    + "times carry no offset; they were read in UTC, the configured time zone. Set `timezone: "
                    + "Asia/Shanghai` in the configuration to read them as the server wrote them"
            ])
        let inShanghai = try Importer.load(
            [path], options: ImportOptions(timeZone: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(inShanghai.notes.isEmpty)
    }
}
