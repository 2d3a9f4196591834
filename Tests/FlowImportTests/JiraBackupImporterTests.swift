import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// `Fixtures/backup/NAME` beside this file.
func backupFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/backup/\(name)").path
}

/// The three issues of `Fixtures/backup/site/entities.xml`, read in UTC with the sprints of the
/// `activeobjects.xml` beside it.
private func siteItems() -> [WorkItem] {
    // PAY-1: attribute form, `&amp;` in the summary. Its history joins ChangeItem → ChangeGroup → Issue
    // although the first item comes before every group and every group before the issue; the Workflow,
    // resolution, description and custom "status" items are not status changes. "Open" is what status
    // 10000 was called when the change happened (it is "To Do" now): the change keeps the name it gives.
    // Timestamps with one, two and three fractional digits. Sprints 7 and 12 (custom-field values, by id),
    // named by activeobjects.xml; story points 5 from "Story Points" (not "Business Value", also a float);
    // epic PAY-3 by an Epic-Story Link; the Relates link means nothing here.
    let first = WorkItem(
        key: "PAY-1", title: "Pay & ship", type: "Story", status: "Done", statusID: "10001", statusCategory: .done,
        project: "PAY",
        created: Date.utc(year: 2020, month: 10, day: 30, hour: 17, minute: 27, second: 19, fraction: 0.211),
        updated: Date.utc(year: 2020, month: 11, day: 5, hour: 14, minute: 19, second: 46, fraction: 0.3),
        resolved: Date.utc(year: 2020, month: 11, day: 5, hour: 14, minute: 19, second: 46, fraction: 0.299),
        resolution: "Done", assignee: "JIRAUSER2", reporter: "JIRAUSER1", priority: "Medium",
        labels: ["payments", "backend"], components: ["Checkout"], fixVersions: ["2020.1"],
        sprints: ["PAY Sprint 7", "PAY Sprint 12"], storyPoints: 5, epic: "PAY-3", fields: ["Issue id": "10001"],
        history: [
            StatusChange(
                at: Date.utc(year: 2020, month: 10, day: 30, hour: 17, minute: 27, second: 19, fraction: 0.2),
                from: "Open", to: "In Progress"),
            StatusChange(
                at: Date.utc(year: 2020, month: 11, day: 5, hour: 14, minute: 19, second: 46, fraction: 0.299),
                from: "In Progress", to: "Done"),
        ],
        source: "jira-backup",
        // Change group 10001 also put it in sprint 7 (`newvalue="7"`).
        sprintChanges: [
            SprintChange(
                at: Date.utc(year: 2020, month: 10, day: 30, hour: 17, minute: 27, second: 19, fraction: 0.2),
                sprint: "PAY Sprint 7", added: true)
        ])
    // PAY-2: child-element form (summary in CDATA; the description is skipped); no `key`, so the project's
    // key and the number make it (newer Jira); a sub-task of PAY-1 by the jira_subtask_link. Its two
    // changes happened in the same millisecond in groups 10005 and 10004 (listed in that order): the lower
    // group id comes first. The second change's names are child elements.
    let changed = Date.utc(year: 2020, month: 11, day: 3, hour: 10)
    let second = WorkItem(
        key: "PAY-2", title: "Write the \"receipt\" <template>", type: "Sub-task", status: "In Review",
        statusID: "10100", statusCategory: .inProgress, project: "PAY",
        created: Date.utc(year: 2020, month: 11, day: 1, hour: 8), reporter: "JIRAUSER1", priority: "Medium",
        storyPoints: 0.5, parent: "PAY-1", fields: ["Issue id": "10002"],
        history: [
            StatusChange(at: changed, from: "To Do", to: "In Progress"),
            StatusChange(at: changed, from: "In Progress", to: "In Review"),
        ],
        source: "jira-backup")
    // PAY-3: an epic never moved: no history.
    let third = WorkItem(
        key: "PAY-3", title: "Checkout revamp", type: "Epic", status: "To Do", statusID: "10000",
        statusCategory: .toDo, project: "PAY",
        created: Date.utc(year: 2020, month: 11, day: 4, hour: 12, fraction: 0.5),
        fields: ["Issue id": "10003"], source: "jira-backup")
    return [first, second, third]
}

/// A copy of the site fixture's `entities.xml`, alone in a new folder.
private func entitiesAlone() throws -> XMLTestFile {
    let text = try String(contentsOfFile: backupFixture("site/entities.xml"), encoding: .utf8)
    return try XMLTestFile(name: "entities.xml", text)
}

@Suite struct JiraBackupImporterTests {
    @Test func readsWholeItemsWithTheirHistory() throws {
        let entities = backupFixture("site/entities.xml")
        let dataset = try Importer.load([entities])
        #expect(dataset.items == siteItems())
        #expect(dataset.statusNames == ["10000": "To Do", "3": "In Progress", "10100": "In Review", "10001": "Done"])
        // Status categories by id 2, 4, 3; "Open" is the old name of status 10000 (category 2).
        #expect(
            dataset.statusCategories == [
                "To Do": .toDo, "In Progress": .inProgress, "In Review": .inProgress, "Done": .done, "Open": .toDo,
            ])
        // Milliseconds since 1970: 1603447200000 is 2020-10-23 10:00 UTC, 1604570400000 is 2020-11-05
        // 10:00, 1604660400000 is 2020-11-06 11:00, 1604667600000 is 2020-11-06 13:00, 1605870000000 is
        // 2020-11-20 11:00. Sprint 13 (future, no dates) is in the table, though no issue is in it.
        #expect(
            dataset.sprints == [
                "PAY Sprint 7": Sprint(
                    id: "7", name: "PAY Sprint 7", state: "closed",
                    start: Date.utc(year: 2020, month: 10, day: 23, hour: 10),
                    end: Date.utc(year: 2020, month: 11, day: 5, hour: 10),
                    completed: Date.utc(year: 2020, month: 11, day: 6, hour: 11)),
                "PAY Sprint 12": Sprint(
                    id: "12", name: "PAY Sprint 12", state: "active",
                    start: Date.utc(year: 2020, month: 11, day: 6, hour: 13),
                    end: Date.utc(year: 2020, month: 11, day: 20, hour: 11)),
                "PAY Sprint 13": Sprint(id: "13", name: "PAY Sprint 13", state: "future"),
            ])
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: entities, format: "jira-backup", formatName: "Jira site backup (entities.xml)", items: 3,
                    statusChanges: 4, history: .full)
            ])
        #expect(dataset.notes.isEmpty)
        #expect(dataset.history == .full)
    }

    @Test func labelsComponentsAndFixVersionsNoOneReadsAreNotKept() throws {
        // A report that neither matches nor shows them lets the import skip their rows.
        let options = ImportOptions(unreadFields: [.labels, .components, .fixVersions])
        let dataset = try JiraBackupImporter(options: options, inputs: []).read(backupFixture("site/entities.xml"))
        let expected = siteItems().map { item in
            var item = item
            item.labels = []
            item.components = []
            item.fixVersions = []
            return item
        }
        #expect(dataset.items == expected)
        let some = try JiraBackupImporter(options: ImportOptions(unreadFields: [.labels]), inputs: []).read(
            backupFixture("site/entities.xml"))
        #expect(some.items.first?.labels == [])
        #expect(some.items.first?.components == ["Checkout"])
        #expect(some.items.first?.fixVersions == ["2020.1"])
    }

    @Test func theHeaderNamesTheServersTimeZone() {
        let header = """
            <!--
            ___ Application Properties _________________

                 jira.title                                    : Smile Mutual Jira
                 jvm.system.timezone                           : Europe/Berlin\r
                 jvm.system.version                            : 17
            -->
            """
        #expect(JiraBackupFile.serverTimeZone(ofPrefix: header)?.identifier == "Europe/Berlin")
        #expect(JiraBackupFile.serverTimeZone(ofPrefix: "jvm.system.timezone : Mars/Olympus\n") == nil)
        #expect(JiraBackupFile.serverTimeZone(ofPrefix: "<entity-engine-xml>") == nil)
        // UTC, GMT and Etc/UTC are one zone; Berlin is not London, though both are +0 in some months.
        let utc = TimeZone(identifier: "UTC")!
        #expect(JiraBackupImporter.sameZone(TimeZone(identifier: "Etc/UTC")!, utc))
        #expect(JiraBackupImporter.sameZone(TimeZone(identifier: "GMT")!, utc))
        #expect(!JiraBackupImporter.sameZone(TimeZone(identifier: "Europe/London")!, utc))
        #expect(
            !JiraBackupImporter.sameZone(TimeZone(identifier: "Europe/Berlin")!, TimeZone(identifier: "Europe/London")!)
        )
    }

    @Test func sniffsBothFilesOfABackup() throws {
        #expect(try Importer.detect(backupFixture("site/entities.xml")) == .jiraBackup)
        #expect(try Importer.detect(backupFixture("site/activeobjects.xml")) == .jiraBackup)
        #expect(ExportFormat.jiraBackup.displayName == "Jira site backup (entities.xml)")
    }

    @Test func withoutActiveObjectsSprintsAreNamedByTheirChanges() throws {
        let file = try entitiesAlone()
        defer { file.remove() }
        let dataset = try Importer.load([file.path])
        // Sprint 7 is named by the Sprint change item; nothing names sprint 12.
        let first = try #require(dataset.items.first)
        #expect(first.sprints == ["PAY Sprint 7", "Sprint 12"])
        #expect(
            dataset.sprints == [
                "PAY Sprint 7": Sprint(id: "7", name: "PAY Sprint 7"), "Sprint 12": Sprint(id: "12", name: "Sprint 12"),
            ])
        #expect(
            dataset.notes == [
                "\(file.path): sprint ids 12 have no name in the backup; shown as 'Sprint <id>'",
                "\(file.path): sprints have no dates: they are in activeobjects.xml (table AO_60DB71_SPRINT), which"
                    + " was not found beside it; give it as a further input",
            ])
    }

    @Test func activeObjectsAsAFurtherInputGivesSprintDates() throws {
        let file = try entitiesAlone()
        defer { file.remove() }
        let sprintFile = backupFixture("site/activeobjects.xml")
        let dataset = try Importer.load([file.path, sprintFile])
        #expect(dataset.items.first?.sprints == ["PAY Sprint 7", "PAY Sprint 12"])
        #expect(dataset.sprints["PAY Sprint 12"]?.start == Date.utc(year: 2020, month: 11, day: 6, hour: 13))
        #expect(dataset.notes.isEmpty)
        // The sprint file alone holds no items, so it does not make the history partial.
        #expect(dataset.sources.map(\.items) == [3, 0])
        #expect(dataset.sources.map(\.formatName).last == "Jira site backup sprints (activeobjects.xml)")
        #expect(dataset.history == .full)
    }

    @Test func activeObjectsAloneGivesOnlySprints() throws {
        let dataset = try Importer.load([backupFixture("site/activeobjects.xml")])
        #expect(dataset.items.isEmpty)
        #expect(dataset.sprints.keys.sorted() == ["PAY Sprint 12", "PAY Sprint 13", "PAY Sprint 7"])
        #expect(dataset.sprints["PAY Sprint 7"]?.state == "closed")
    }

    @Test func timestampsAreWallClockTimeInTheGivenZone() throws {
        let text = """
            <entity-engine-xml>
            <ChangeGroup id="1" issue="1" created="2020-03-29 02:30:00.0"/>
            <ChangeGroup id="2" issue="1" created="2020-10-25 12:00:00.25"/>
            <ChangeItem group="1" fieldtype="jira" field="status" oldstring="Open" newstring="In Progress"/>
            <ChangeItem group="2" fieldtype="jira" field="status" oldstring="In Progress" newstring="Done"/>
            <Issue id="1" key="A-1" created="2020-03-28 12:00:00.0"/>
            </entity-engine-xml>
            """
        let file = try XMLTestFile(name: "entities.xml", text)
        defer { file.remove() }
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let item = try #require(
            try JiraBackupImporter(options: ImportOptions(timeZone: berlin), inputs: []).read(file.path).items.first)
        // 28 March 2020 is winter time in Berlin (UTC+1): noon is 11:00 UTC. At 02:00 on 29 March the clocks
        // jumped to 03:00 (UTC+2), so 02:30 never happened there; it is read with the offset before the change,
        // 01:30 UTC. Summer time ended at 03:00 on 25 October: noon that day is 11:00 UTC (winter).
        #expect(item.created == Date.utc(year: 2020, month: 3, day: 28, hour: 11))
        #expect(
            item.history.map(\.at) == [
                Date.utc(year: 2020, month: 3, day: 29, hour: 1, minute: 30),
                Date.utc(year: 2020, month: 10, day: 25, hour: 11, fraction: 0.25),
            ])
        // Sprint dates are instants (milliseconds since 1970 UTC): the zone does not move them.
        let dataset = try Importer.load([backupFixture("site/entities.xml")], options: ImportOptions(timeZone: berlin))
        #expect(dataset.sprints["PAY Sprint 7"]?.start == Date.utc(year: 2020, month: 10, day: 23, hour: 10))
        // 30 October 2020 is winter time in Berlin: 17:27:19.211 there is 16:27:19.211 UTC.
        #expect(
            dataset.items.first?.created
                == Date.utc(year: 2020, month: 10, day: 30, hour: 16, minute: 27, second: 19, fraction: 0.211))
    }

    @Test func attributeAndChildFormsReadTheSame() throws {
        let attributes = """
            <entity-engine-xml>
            <Issue id="1" key="A-1" summary="Same &amp; text" created="2021-01-02 03:04:05.6" status="1"/>
            <Status id="1" name="Open" statuscategory="2"/>
            </entity-engine-xml>
            """
        let children = """
            <entity-engine-xml>
            <Issue>
                <id>1</id>
                <key>A-1</key>
                <summary><![CDATA[Same & text]]></summary>
                <created>2021-01-02 03:04:05.6</created>
                <status>1</status>
            </Issue>
            <Status id="1"><name>Open</name><statuscategory>2</statuscategory></Status>
            </entity-engine-xml>
            """
        var items: [[WorkItem]] = []
        for text in [attributes, children] {
            let file = try XMLTestFile(name: "entities.xml", text)
            defer { file.remove() }
            items.append(try JiraBackupImporter(options: ImportOptions(), inputs: []).read(file.path).items)
        }
        let expected = WorkItem(
            key: "A-1", title: "Same & text", status: "Open", statusID: "1", statusCategory: .toDo, project: "A",
            created: Date.utc(year: 2021, month: 1, day: 2, hour: 3, minute: 4, second: 5, fraction: 0.6),
            fields: ["Issue id": "1"], source: "jira-backup")
        #expect(items == [[expected], [expected]])
    }

    @Test func sprintsFromTheLatestSprintChangeWhenNoFieldValueGivesThem() throws {
        let text = """
            <entity-engine-xml>
            <ChangeGroup id="2" issue="1" created="2021-01-03 00:00:00.0"/>
            <ChangeGroup id="1" issue="1" created="2021-01-02 00:00:00.0"/>
            <ChangeItem group="2" fieldtype="custom" field="Sprint" oldvalue="4" oldstring="A Sprint 4" newvalue="4, 5" newstring="A Sprint 4, A Sprint 5"/>
            <ChangeItem group="1" fieldtype="custom" field="Sprint" newvalue="4" newstring="A Sprint 4"/>
            <Issue id="1" key="A-1" status="1"/>
            </entity-engine-xml>
            """
        let file = try XMLTestFile(name: "entities.xml", text)
        defer { file.remove() }
        let dataset = try JiraBackupImporter(options: ImportOptions(), inputs: []).read(file.path)
        // The later group (id 2, 3 January) left the issue in sprints 4 and 5, named by the change itself.
        #expect(dataset.items.first?.sprints == ["A Sprint 4", "A Sprint 5"])
        #expect(dataset.sprints.keys.sorted() == ["A Sprint 4", "A Sprint 5"])
    }
}
