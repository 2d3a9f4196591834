import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// `Fixtures/xml/NAME` beside this file.
private func xmlFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xml/\(name)").path
}

private func importError(_ text: String, lenient: Bool = false) throws -> InputError? {
    let file = try XMLTestFile(name: "export.xml", text)
    defer { file.remove() }
    do {
        _ = try JiraXMLImporter(options: ImportOptions(lenient: lenient)).read(file.path)
        return nil
    } catch {
        return InputError(file: "export.xml", position: error.position, message: error.message)
    }
}

/// One `<rss version="0.92">` item with the given elements inside.
private func export(items: [String]) -> String {
    "<rss version=\"0.92\">\n<channel>\n" + items.map { "<item>\n\($0)\n</item>\n" }.joined() + "</channel>\n</rss>\n"
}

@Suite struct JiraXMLImporterTests {
    @Test func readsWholeItemsFromTheFixture() throws {
        let path = xmlFixture("jira-export.xml")
        let dataset = try Importer.load([path])
        // DEMO-1: 03:55:53 -0700 is 10:55:53 UTC; 16:12:18 +0100 is 15:12:18 UTC. Resolution id -1 and
        // assignee accountid -1 mean none. Sprints are ordered by sprint id (7 before 12). The
        // textarea field and the empty development field are left out. Time in status: 3 600 000 ms
        // = 3 600 s, 86 400 000 ms = 86 400 s.
        let first = WorkItem(
            key: "DEMO-1", title: "Pay & ship", type: "Story", status: "In Progress", statusID: "3",
            statusCategory: .inProgress, project: "DEMO",
            created: Date.utc(year: 2024, month: 3, day: 10, hour: 10, minute: 55, second: 53),
            updated: Date.utc(year: 2024, month: 9, day: 5, hour: 15, minute: 12, second: 18),
            reporter: "Ana Lima", priority: "Medium", labels: ["backend", "payments"],
            components: ["Checkout", "Billing"], fixVersions: ["2024.1"], sprints: ["DEMO Sprint 7", "DEMO Sprint 12"],
            storyPoints: 5, epic: "DEMO-9", fields: ["Issue id": "10001", "Team": "Payments"],
            timeInStatus: [
                StatusTime(statusID: "10000", timesEntered: 1, seconds: 3600),
                StatusTime(statusID: "3", timesEntered: 2, seconds: 86400),
            ],
            source: "jira-xml")
        // DEMO-2: no <summary>, so the title's text after "[DEMO-2] "; GMT is UTC; 18:39:11 -0800
        // on 5 March is 02:39:11 UTC on 6 March; story points from a number field named in Russian;
        // "<labels> </labels>" holds no label; the assignee's name is in CDATA.
        let resolved = Date.utc(year: 2024, month: 3, day: 6, hour: 2, minute: 39, second: 11)
        let second = WorkItem(
            key: "DEMO-2", title: "Write the receipt template", type: "Sub-task", status: "Done", statusID: "10001",
            statusCategory: .done, project: "DEMO", created: Date.utc(year: 2024, month: 3, day: 4, hour: 9),
            updated: resolved, resolved: resolved, resolution: "Done", assignee: "Bo Chen", reporter: "Ana Lima",
            priority: "High", storyPoints: 3, parent: "DEMO-1", fields: ["Issue id": "10002"], source: "jira-xml")
        // DEMO-3: a whitespace-only <summary> is empty, so the title gives it; Data Center's
        // username="-1" means unassigned.
        let created = Date.utc(year: 2026, month: 2, day: 11, hour: 7, minute: 2, second: 37)
        let third = WorkItem(
            key: "DEMO-3", title: "Data Center item", type: "Story", status: "To Do", statusID: "10000",
            statusCategory: .toDo, project: "DEMO", created: created, updated: created, reporter: "Admin",
            fields: ["Issue id": "10003"], source: "jira-xml")
        // DEMO-4: Jira Cloud's Epic Link gives the epic's name, not a key; the epic is the parent.
        // It has no <project>, so the project is the key's prefix.
        let fourth = WorkItem(
            key: "DEMO-4", title: "Cloud story under an epic", type: "Story", status: "To Do", statusID: "10000",
            statusCategory: .toDo, project: "DEMO", created: created, parent: "DEMO-9", epic: "DEMO-9",
            fields: ["Issue id": "10004", "Epic Link": "Checkout revamp"], source: "jira-xml")
        #expect(dataset.items == [first, second, third, fourth])
        #expect(dataset.statusNames == ["3": "In Progress", "10001": "Done", "10000": "To Do"])
        #expect(dataset.statusCategories == ["In Progress": .inProgress, "Done": .done, "To Do": .toDo])
        #expect(
            dataset.sprints == [
                "DEMO Sprint 7": Sprint(id: "7", name: "DEMO Sprint 7"),
                "DEMO Sprint 12": Sprint(id: "12", name: "DEMO Sprint 12"),
            ])
        // Time in Status values make the history partial.
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: path, format: "jira-xml", formatName: "Jira XML (RSS) export", items: 4, history: .none)
            ])
        // <issue start="0" end="4" total="5">: 4 of 5 exported.
        #expect(
            dataset.notes == [
                "\(path) holds 4 of the 5 issues its search found (Jira caps XML exports, 1 000 issues by default);"
                    + " export the rest in pages and give every file"
            ])
    }

    @Test func anExportWithNoItemsIsAnError() throws {
        let path = xmlFixture("jira-empty-channel.xml")
        #expect(throws: InputError(file: path, message: "the export has no items")) {
            try JiraXMLImporter(options: ImportOptions()).read(path)
        }
    }

    @Test func anotherDocumentIsNamed() throws {
        let error = try #require(try importError("<html>\n<body/>\n</html>"))
        #expect(
            error.description
                == "export.xml:1: error: the document starts with <html>; expected <rss> (a jira xml export)")
    }

    @Test func aBadDateNamesTheLineAndTheValue() throws {
        let text = export(items: ["<key>A-1</key>", "<key>A-2</key>\n<created>yesterday</created>"])
        let error = try #require(try importError(text))
        #expect(
            error.description
                == "export.xml:8: error: unrecognized date 'yesterday' in <created>; expected an rfc 822 date like 'Sun, 10 Mar 2024 03:55:53 -0700'"
        )
    }

    @Test func lenientSkipsBadItemsAndSaysWhy() throws {
        let text = export(items: [
            "<key>A-1</key>", "<key>A-2</key>\n<created>yesterday</created>",
            "<customfields><customfield id=\"c1\" key=\"x:timeinstatus\"><customfieldvalues><customfieldvalue>junk</customfieldvalue></customfieldvalues></customfield></customfields>",
        ])
        let file = try XMLTestFile(name: "export.xml", text)
        defer { file.remove() }
        let dataset = try JiraXMLImporter(options: ImportOptions(lenient: true)).read(file.path)
        #expect(dataset.items.map(\.key) == ["A-1"])
        #expect(
            dataset.sources.first?.skipped == [
                "line 8: unrecognized date 'yesterday' in <created>; expected an rfc 822 date like 'Sun, 10 Mar 2024 03:55:53 -0700'",
                "line 11: unrecognized [CHART] Time in Status value 'junk'; expected entries like '10001_*:*_2_*:*_86400000_*|*_3_*:*_1_*:*_3600000'",
            ])
    }

    @Test func anItemWithoutAKeyIsAnError() throws {
        let error = try #require(try importError(export(items: ["<title>No key here</title>"])))
        #expect(
            error.description
                == "export.xml:3: error: the item has no <key> and its title names none; expected <key>PROJ-1</key>")
    }

    @Test func anItemsProblemIsOneLenientWouldSkipAndTheFilesIsNot() throws {
        func error(_ text: String) throws -> InputError? {
            let file = try XMLTestFile(name: "export.xml", text)
            defer { file.remove() }
            do {
                _ = try JiraXMLImporter(options: ImportOptions()).read(file.path)
                return nil
            } catch { return error }
        }
        #expect(try error(export(items: ["<title>No key here</title>"]))?.skippable == true)
        #expect(try error("<rss version=\"0.92\">\n<channel>\n<item>\n<key>A-1</key>")?.skippable == false)
    }

    @Test func issueCountsThatMakeNoSenseAreIgnored() throws {
        // end − start once overflowed and trapped for these.
        for counts in [
            #"start="-9223372036854775808" end="9223372036854775807" total="5""#, #"start="3" end="1" total="5""#,
            #"start="0" end="1" total="-5""#,
        ] {
            let text =
                "<rss version=\"0.92\">\n<channel>\n<issue \(counts)/>\n<item>\n<key>A-1</key>\n</item>\n</channel>\n</rss>\n"
            let file = try XMLTestFile(name: "export.xml", text)
            defer { file.remove() }
            let dataset = try JiraXMLImporter(options: ImportOptions()).read(file.path)
            #expect(dataset.items.map(\.key) == ["A-1"], "\(counts)")
            #expect(dataset.notes.isEmpty, "\(counts)")
        }
    }

    @Test func truncatedExportNamesTheLine() throws {
        let text =
            "<rss version=\"0.92\">\n<channel>\n<item>\n<key>A-1</key>\n</item>\n<item>\n<key>A-2</key>\n<summary>Half"
        let error = try #require(try importError(text))
        // The file stops after "<summary>Half" on line 8, column 14.
        #expect(
            error.description
                == "export.xml:8:14: error: the file ends inside <summary> opened on line 8 (truncated?); expected the rest of the document"
        )
    }

    @Test func progressIsReportedForTheWholeFile() throws {
        let path = xmlFixture("jira-export.xml")
        let calls = ProgressLog()
        let options = ImportOptions(progress: { file, read, total in calls.append("\(file == path) \(read) \(total)") })
        _ = try JiraXMLImporter(options: options).read(path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        // A small file gets one call at its end, with everything read.
        #expect(calls.entries == ["true \(size) \(size)"])
    }
}

/// Collects progress calls from a `@Sendable` closure.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ entry: String) { lock.withLock { stored.append(entry) } }
    var entries: [String] { lock.withLock { stored } }
}
