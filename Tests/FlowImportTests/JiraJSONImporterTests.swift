import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Locates fixtures and writes small inputs to temporary files.
enum JiraJSONFixture {
    /// `Tests/FlowImportTests/Fixtures/json/NAME`.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/json/\(name)").path
    }

    /// A temporary file holding `text`.
    static func temporaryFile(_ text: String, name: String = "input.json") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jira-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Imports `text` as Jira REST JSON.
    static func load(_ text: String, options: ImportOptions = ImportOptions()) throws -> Dataset {
        try JiraJSONImporter(options: options).read(try temporaryFile(text))
    }

    /// The message of the error importing `text` throws, as `file:line:col: error: message` with the
    /// temporary path replaced by `input.json`.
    static func error(_ text: String, options: ImportOptions = ImportOptions()) throws -> String? {
        let path = try temporaryFile(text)
        do {
            _ = try JiraJSONImporter(options: options).read(path)
            return nil
        } catch {
            return String(describing: error).replacingOccurrences(of: path, with: "input.json")
        }
    }

    /// The 1-based line and column of the first occurrence of `marker` in `text`.
    static func position(of marker: String, in text: String) -> (line: Int, column: Int) {
        guard let range = text.range(of: marker) else { return (0, 0) }
        let before = text[..<range.lowerBound]
        let line = before.count(where: { $0 == "\n" }) + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].utf8.count + 1)
    }
}

@Suite struct JiraJSONImporterTests {
    @Test func searchPageWithNamesAfterTheIssues() throws {
        let path = JiraJSONFixture.path("search-names-last.json")
        let dataset = try Importer.load([path])
        let abc1 = WorkItem(
            key: "ABC-1", title: "Pay by card: \"3-D Secure\" — step 2", type: "Story", status: "Done",
            statusID: "10002", statusCategory: .done,
            statusCategoryChanged: Date.utc(year: 2024, month: 3, day: 5, hour: 15),  // 16:00 at +0100
            project: "ABC", created: Date.utc(year: 2024, month: 3, day: 1, hour: 9, minute: 15),
            // 16:00:01.5 at +01:00 (offset with a colon) is 15:00:01.5 UTC.
            updated: Date.utc(year: 2024, month: 3, day: 5, hour: 15, second: 1, fraction: 0.5),
            resolved: Date.utc(year: 2024, month: 3, day: 5, hour: 15), resolution: "Done", assignee: "Ana Lima",
            reporter: "Bo Chen", priority: "High", labels: ["payments", "checkout"], components: ["Web", "API"],
            fixVersions: ["2024.3"], sprints: ["ABC Sprint 7", "ABC Sprint 8"],
            // `names` (after the issues) says customfield_10030 is "Story Points": preferred over
            // customfield_10016 "Story point estimate" (8); customfield_10031 is "Epic Link".
            storyPoints: 5, epic: "ABC-100",
            // Short custom values by display name; sprints and time in status are read into their own fields.
            fields: ["Story Points": "5", "Story point estimate": "8", "Epic Link": "ABC-100", "Team": "Team Red"],
            // 20 700 000 ms in status 1 is 20 700 s.
            timeInStatus: [
                StatusTime(statusID: "1", timesEntered: 1, seconds: 20_700),
                StatusTime(statusID: "10001", timesEntered: 1, seconds: 0),
            ],
            // The changelog is newest first (104, 103, 102, 101). 102 and 103 share 15:00 +0100: read
            // oldest first, 102 (To Do → In Progress) comes before 103. 101's "status" item has fieldtype
            // "custom", so it is not a status change; 102's description item is not one either.
            history: [
                StatusChange(at: Date.utc(year: 2024, month: 3, day: 5, hour: 14), from: "To Do", to: "In Progress"),
                StatusChange(
                    at: Date.utc(year: 2024, month: 3, day: 5, hour: 14), from: "In Progress", to: "In Review"),
                StatusChange(at: Date.utc(year: 2024, month: 3, day: 5, hour: 15), from: "In Review", to: "Done"),
            ],
            historyTruncated: false, source: "jira-json",
            // 101's "Sprint" item (no sprint → ABC Sprint 7, 09:30 UTC) puts the item in ABC Sprint 7.
            sprintChanges: [
                SprintChange(
                    at: Date.utc(year: 2024, month: 3, day: 1, hour: 9, minute: 30), sprint: "ABC Sprint 7", added: true
                )
            ])
        let abc2 = WorkItem(
            key: "ABC-2", title: "Refund flow", type: "Bug", status: "In Progress", statusID: "10001",
            statusCategory: .inProgress, project: "ABC",
            created: Date.utc(year: 2024, month: 3, day: 2, hour: 15),  // 10:00 at -0500
            updated: Date.utc(year: 2024, month: 3, day: 4, hour: 15), reporter: "Bo Chen", priority: "High",
            labels: ["payments"], sprints: ["ABC Sprint 8"],
            // The parent is of type Epic, so it is the epic too.
            parent: "ABC-100", epic: "ABC-100",
            // customfield_10050 has no display name in `names`: kept under its id, first user only.
            fields: ["customfield_10050": "Cy Diaz"],
            history: [
                StatusChange(at: Date.utc(year: 2024, month: 3, day: 3, hour: 16), from: "To Do", to: "In Progress")
            ],
            // changelog.total is 3 but only 1 history is given.
            historyTruncated: true, source: "jira-json")
        #expect(dataset.items == [abc1, abc2])
        #expect(
            dataset.sprints == [
                "ABC Sprint 7": Sprint(
                    id: "7", name: "ABC Sprint 7", state: "closed",
                    start: Date.utc(year: 2024, month: 2, day: 26, hour: 8),
                    end: Date.utc(year: 2024, month: 3, day: 8, hour: 17),
                    completed: Date.utc(year: 2024, month: 3, day: 8, hour: 16, minute: 30)),
                // From the object in ABC-1 and the older string form in ABC-2 (09:00 at +01:00 = 08:00 UTC).
                "ABC Sprint 8": Sprint(
                    id: "8", name: "ABC Sprint 8", state: "active",
                    start: Date.utc(year: 2024, month: 3, day: 11, hour: 8),
                    end: Date.utc(year: 2024, month: 3, day: 22, hour: 17)),
            ])
        #expect(dataset.statusNames == ["10002": "Done", "10001": "In Progress"])
        #expect(dataset.statusCategories == ["Done": .done, "In Progress": .inProgress])
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: path, format: "jira-json", formatName: "Jira REST JSON (search/issue with changelog)",
                    items: 2, statusChanges: 4, history: .full)
            ])
        #expect(
            dataset.notes == [
                "\(path): 1 of 2 issues have a changelog cut short by Jira's paging (changelog.total is larger "
                    + "than the histories given), so their status history is incomplete"
            ])
    }

    @Test func singleIssueWithoutNamesUsesTheDefaultStoryPointFields() throws {
        // No `names`: customfield_10016 is not a number, customfield_10026 is 3 → story points 3.
        // customfield_10014 looks like an issue key but, without `names`, nothing says it is the epic link;
        // the values are kept under their field ids.
        let text = """
            {"key": "SP-7", "fields": {"customfield_10016": null, "customfield_10026": 3,
             "customfield_10002": 13, "customfield_10014": "SP-1", "summary": "x",
             "status": {"name": "Backlog"}, "project": {"key": "SP"}, "issuetype": {"name": "Task"}}}
            """
        let dataset = try JiraJSONFixture.load(text)
        #expect(
            dataset.items == [
                WorkItem(
                    key: "SP-7", title: "x", type: "Task", status: "Backlog", project: "SP", storyPoints: 3,
                    fields: ["customfield_10026": "3", "customfield_10002": "13", "customfield_10014": "SP-1"],
                    source: "jira-json")
            ])
        // No changelog in the file: no history.
        #expect(dataset.sources.map(\.history) == [.none])
    }

    @Test func withoutNamesAChangelogItemTellsWhichFieldHoldsStoryPoints() throws {
        // No `names`, and the points are in customfield_10036, none of the default ids; the changelog's "Story
        // Points" item names that field (its fieldId), so the current value, 13, is the item's story points.
        let text = """
            {"key": "SP-13", "fields": {"customfield_10036": 13, "customfield_10026": null, "summary": "x",
             "status": {"name": "Backlog"}, "project": {"key": "SP"}, "issuetype": {"name": "Story"}},
             "changelog": {"startAt": 0, "maxResults": 1, "total": 1, "histories": [
               {"id": "1", "created": "2026-11-03T10:00:00.000+0000", "items": [
                 {"field": "Story Points", "fieldtype": "custom", "fieldId": "customfield_10036",
                  "from": null, "fromString": "8", "to": null, "toString": "13"}]}]}}
            """
        let dataset = try JiraJSONFixture.load(text)
        #expect(dataset.items.map(\.storyPoints) == [13])
        // Without the changelog item, the default ids hold nothing: no points.
        let bare = try JiraJSONFixture.load(
            #"{"key": "SP-14", "fields": {"customfield_10036": 13, "status": {"name": "Backlog"}}}"#)
        #expect(bare.items.map(\.storyPoints) == [nil])
    }

    @Test func customValuesForJiraNotPeopleAreNotKept() throws {
        // A rank, a Java object name and a development summary; only the team name is kept.
        let text = """
            {"key": "A-1", "fields": {"customfield_10019": "0|i0004f:", "customfield_10000": "{}",
             "customfield_10100": "com.atlassian.servicedesk.plugins.approvals.internal.customfield.ApprovalsCFValue@b3c99c",
             "customfield_10200": "Payments"}}
            """
        #expect(try JiraJSONFixture.load(text).items.first?.fields == ["customfield_10200": "Payments"])
    }

    @Test func bareArrayOfIssuesAndARepeatedKeyKeepsTheLaterOne() throws {
        let text = """
            [{"key": "A-1", "fields": {"summary": "first"}},
             {"key": "A-2", "fields": {"summary": "second"}},
             {"key": "A-1", "fields": {"summary": "again"}}]
            """
        let dataset = try JiraJSONFixture.load(text)
        #expect(dataset.items.map(\.key) == ["A-1", "A-2"])
        #expect(dataset.items.map(\.title) == ["again", "second"])
    }

    @Test func oldestFirstChangelogWithSeveralItemsPerHistory() throws {
        let text = """
            {"key": "A-1", "changelog": {"total": 2, "histories": [
              {"created": "2024-01-01T10:00:00.000+0000", "items": [
                {"field": "status", "fromString": "Open", "toString": "In Progress"}]},
              {"created": "2024-01-02T10:00:00.000+0000", "items": [
                {"field": "status", "fieldtype": "jira", "fromString": "In Progress", "toString": "Review"},
                {"field": "status", "fieldtype": "jira", "fromString": "Review", "toString": "Done"}]}]},
             "fields": {"status": {"name": "Done"}}}
            """
        let item = try #require(try JiraJSONFixture.load(text).items.first)
        // Items without fieldtype count; the two items of the second history keep their order.
        #expect(
            item.history == [
                StatusChange(at: Date.utc(year: 2024, month: 1, day: 1, hour: 10), from: "Open", to: "In Progress"),
                StatusChange(at: Date.utc(year: 2024, month: 1, day: 2, hour: 10), from: "In Progress", to: "Review"),
                StatusChange(at: Date.utc(year: 2024, month: 1, day: 2, hour: 10), from: "Review", to: "Done"),
            ])
        #expect(item.historyTruncated == false)
    }

    @Test func timestampsWithoutOffsetAreReadInTheConfiguredZone() throws {
        let text = #"{"key": "A-1", "fields": {"created": "2024-07-01T09:00:00.000", "updated": "2024-07-02"}}"#
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let item = try #require(try JiraJSONFixture.load(text, options: ImportOptions(timeZone: berlin)).items.first)
        // Berlin is at +02:00 in July.
        #expect(item.created == Date.utc(year: 2024, month: 7, day: 1, hour: 7))
        #expect(item.updated == Date.utc(year: 2024, month: 7, day: 1, hour: 22))
    }

    @Test func partialPageAddsANote() throws {
        let path = try JiraJSONFixture.temporaryFile(#"{"startAt": 50, "total": 120, "issues": [{"key": "A-1"}]}"#)
        let dataset = try JiraJSONImporter(options: ImportOptions()).read(path)
        #expect(dataset.notes == ["\(path): a search page with issues 51–51 of 120; the others are in other pages"])
    }

    @Test func utf16WithByteOrderMarkIsTranscoded() throws {
        let text = #"{"key": "A-1", "fields": {"summary": "Überweisung 💶", "status": {"name": "Offen"}}}"#
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try JiraJSONFixture.temporaryFile("")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let dataset = try Importer.load([path])
        #expect(dataset.items.map(\.title) == ["Überweisung 💶"])
        #expect(dataset.sources.map(\.format) == ["jira-json"])
    }

    @Test func formatIsSniffedFromTheFirstByte() throws {
        #expect(try Importer.detect(try JiraJSONFixture.temporaryFile("\u{FEFF}  \n{\"issues\": []}")) == .jiraJSON)
        #expect(try Importer.detect(try JiraJSONFixture.temporaryFile("[\n  {\"key\": \"A-1\"}]")) == .jiraJSON)
        #expect(
            try Importer.detect(try JiraJSONFixture.temporaryFile("[CHART] Time in Status,Issue key\nx,A-1\n"))
                == .jiraCSV)
    }
}
