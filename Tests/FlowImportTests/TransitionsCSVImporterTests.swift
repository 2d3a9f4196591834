import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Fixture files and temporary inputs for the transitions and stage-dates CSV tests.
enum GenericFixture {
    /// `Tests/FlowImportTests/Fixtures/generic/`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/generic")

    /// `<repo>/../shared/samples/real/`.
    static let realSamples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/samples/real")

    /// The path of fixture `name`.
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` as UTF-8 to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "input.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("streamgauge-generic-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite struct TransitionsCSVImporterTests {
    private let berlin = ImportOptions(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        Date.utc(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private func importing(_ text: String, options: ImportOptions = ImportOptions()) throws -> Dataset {
        try TransitionsCSVImporter(options: options).read(GenericFixture.temporaryFile(text))
    }

    private func failure(_ text: String, options: ImportOptions = ImportOptions()) throws -> InputError {
        try #require(throws: InputError.self) { try importing(text, options: options) }
    }

    @Test func fixtureGivesItemsWithSortedHistories() throws {
        let path = GenericFixture.path("transitions.csv")
        #expect(try Importer.detect(path) == .transitionsCSV)
        let dataset = try Importer.load([path], options: berlin)
        let expected = [
            // Rows out of order: sorted by time. `Created` is given on one of its rows and wins over the
            // creation row's time.
            WorkItem(
                key: "PAY-2", title: "Refund, partial", type: "Bug", status: "Done", project: "PAY",
                created: utc(2026, 11, 1, 12), fields: ["Team": "Payments"],
                history: [
                    StatusChange(at: utc(2026, 11, 4, 8), from: nil, to: "In Progress"),
                    // 16:00 at +01:00 is 15:00 UTC.
                    StatusChange(at: utc(2026, 11, 5, 15), from: "In Progress", to: "Done"),
                ],
                source: "transitions-csv"),
            // No `Created` cell: the creation row (empty `from`) gives it. `2026-11-03 10:00` has no offset and
            // is Berlin wall-clock time (CET, +1): 09:00 UTC.
            WorkItem(
                key: "PAY-1", title: "Pay by card", type: "Story", status: "In Review", project: "PAY",
                created: utc(2026, 11, 2, 8, 15), fields: ["Team": "Payments"],
                history: [
                    StatusChange(at: utc(2026, 11, 2, 8, 15), from: nil, to: "To Do"),
                    StatusChange(at: utc(2026, 11, 3, 9), from: "To Do", to: "In Progress"),
                    StatusChange(at: utc(2026, 11, 4, 11, 30), from: "In Progress", to: "In Review"),
                ],
                source: "transitions-csv"),
            WorkItem(
                key: "OPS-7", title: "Rotate keys", type: "Task", status: "Open", project: "OPS",
                created: utc(2026, 10, 30, 9),
                history: [StatusChange(at: utc(2026, 10, 30, 9), from: nil, to: "Open")], source: "transitions-csv"),
        ]
        #expect(dataset.items.count == expected.count)
        for (item, want) in zip(dataset.items, expected) { #expect(item == want) }
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: path, format: "transitions-csv", formatName: "Transitions CSV (key, from, to, at)", items: 3,
                    statusChanges: 6, history: .full)
            ])
        #expect(dataset.history == .full)
        #expect(dataset.notes.isEmpty)
    }

    @Test func aliasesAndItemColumnsAreMatchedByNameIgnoringCase() throws {
        let text = """
            Timestamp;Issue;TO STATUS;From Status;Summary;Status Category;Story Points;Labels;Labels;Severity
            2026-11-02 09:00;A-1;Doing;Open;Write it;In Progress;2.5;ui;web;high
            2026-11-01 09:00;A-1;Open;;;;;;;

            """
        let item = try #require(try importing(text).items.first)
        #expect(
            item
                == WorkItem(
                    key: "A-1", title: "Write it", status: "Doing", statusCategory: .inProgress, project: "A",
                    created: utc(2026, 11, 1, 9), labels: ["ui", "web"], storyPoints: 2.5,
                    fields: ["Severity": "high"],
                    history: [
                        StatusChange(at: utc(2026, 11, 1, 9), from: nil, to: "Open"),
                        StatusChange(at: utc(2026, 11, 2, 9), from: "Open", to: "Doing"),
                    ],
                    source: "transitions-csv"))
        #expect(try importing(text).statusCategories == ["Doing": .inProgress])
    }

    @Test func withoutFromColumnEachChangeLeavesThePreviousStatus() throws {
        // Forced format: `id,to,at` is no transitions header to the sniffer, but the importer reads it.
        let text = "id,to,at\n42,Done,2026-11-03\n42,New,2026-11-01\n42,Doing,2026-11-02\n"
        let item = try #require(try importing(text).items.first)
        #expect(
            item.history == [
                StatusChange(at: utc(2026, 11, 1), from: nil, to: "New"),
                StatusChange(at: utc(2026, 11, 2), from: "New", to: "Doing"),
                StatusChange(at: utc(2026, 11, 3), from: "Doing", to: "Done"),
            ])
        // A key without a hyphen names no project.
        #expect(item.project == "")
        #expect(item.created == utc(2026, 11, 1))
    }

    @Test func sameInstantChangesKeepFileOrder() throws {
        let text = "key,from,to,at\nB-1,A,B,2026-11-01 10:00\nB-1,B,C,2026-11-01 10:00\nB-1,C,D,2026-11-01 09:00\n"
        #expect(try importing(text).items.first?.history.map(\.to) == ["D", "B", "C"])
    }

    @Test func sameInstantChangesFollowTheirFromToChain() throws {
        // Written newest first, as Jira's changelog is: the two moves of 6 March 10:00 are listed Done first. Their
        // `from` and `to` say the order: To Do → In Progress, then In Progress → Done; the item is delivered.
        let text = """
            key,from,to,at
            E-1,,To Do,2024-03-04T10:00:00Z
            E-1,In Progress,Done,2024-03-06T10:00:00Z
            E-1,To Do,In Progress,2024-03-06T10:00:00Z
            """
        let item = try #require(try importing(text).items.first)
        #expect(item.history.map(\.to) == ["To Do", "In Progress", "Done"])
        #expect(item.status == "Done")
        // Three at one instant, listed backwards, after a creation.
        var three = [
            StatusChange(at: utc(2024, 3, 1), from: nil, to: "A"),
            StatusChange(at: utc(2024, 3, 2), from: "C", to: "D"),
            StatusChange(at: utc(2024, 3, 2), from: "B", to: "C"),
            StatusChange(at: utc(2024, 3, 2), from: "A", to: "B"),
        ]
        TransitionsCSVCollector.followChains(&three)
        #expect(three.map(\.to) == ["A", "B", "C", "D"])
    }

    @Test func numericDatesFollowTheWholeFile() throws {
        // 03/11 alone could be either; 24/11 proves the file is day-first.
        let text = "key,from,to,at\nC-1,,Open,03/11/2026 10:00\nC-1,Open,Done,24/11/2026 10:00\n"
        #expect(try importing(text).items.first?.created == utc(2026, 11, 3, 10))
    }

    @Test func sniffingTellsTransitionsFromJiraCSV() throws {
        #expect(GenericCSVSniffer.format(of: "key,from,to,at\nA-1,,Open,2026-11-01\n") == .transitionsCSV)
        #expect(GenericCSVSniffer.format(of: "\"Issue\",\"From Status\",\"To Status\",\"Date\"\r\n") == .transitionsCSV)
        #expect(GenericCSVSniffer.format(of: "Summary,Issue key,Issue id,Status,Created\nx,A-1,1,Open,\n") == nil)
        let jira = try GenericFixture.temporaryFile("Summary,Issue key,Status\nPay,PAY-1,Open\n")
        #expect(try Importer.detect(jira) == .jiraCSV)
    }

    // MARK: - Bad input

    @Test func missingKeyColumnNamesTheExpectedHeaders() throws {
        let error = try failure("Item Name,From,To,At\nx,,Open,2026-11-01\n")
        #expect(error.position == .line(1, column: nil))
        #expect(
            error.message
                == #"no item key column in the header; expected a column named one of "key", "issue", "id", "issue key", "item", "item key", "work item""#
        )
    }

    @Test func missingTimeColumnNamesTheExpectedHeaders() throws {
        let error = try failure("\n\nkey,from,to,when\nA-1,,Open,2026-11-01\n")
        #expect(error.position == .line(3, column: nil))
        #expect(
            error.message
                == #"no transition time column in the header; expected a column named one of "at", "timestamp", "date", "changed", "changed at", "time", "transition date""#
        )
    }

    @Test func unreadableDateNamesRecordAndColumn() throws {
        let error = try failure("key,from,to,at\nA-1,,Open,2026-11-01\nA-1,Open,Done,31/13/26 9:00\n")
        #expect(error.position == .record(2, column: "at"))
        #expect(
            error.description.hasSuffix(
                #"record 2, column "at": error: unrecognized date '31/13/26 9:00' in column "at"; expected a date like '2026-11-24T09:15:00+01:00'"#
            ))
    }

    @Test func emptyAndHeaderOnlyFilesAreErrors() throws {
        #expect(
            try failure("\n  \n").message
                == "the file is empty; expected a transitions CSV with a header row like 'key,from,to,at'")
        #expect(try failure("key,from,to,at\n,,,\n").message == "the file has a header but no rows")
        let empty = try GenericFixture.temporaryFile("")
        #expect(throws: InputError.self) { try Importer.load([empty]) }
    }

    @Test func rowsWithoutKeyStatusOrTimeAreErrorsOrSkippedWhenLenient() throws {
        let text = "key,from,to,at\nA-1,,Open,2026-11-01\n,,Open,2026-11-01\nA-1,Open,,2026-11-02\nA-1,Open,Done,\n"
        let error = try failure(text)
        #expect(error.position == .record(2, column: "key"))
        #expect(error.message == "no item key in column \"key\"; expected a key like 'PAY-7'")
        var lenient = ImportOptions()
        lenient.lenient = true
        let dataset = try importing(text, options: lenient)
        #expect(dataset.items.map(\.status) == ["Open"])
        #expect(
            dataset.sources.first?.skipped == [
                "record 2, column \"key\": no item key in column \"key\"; expected a key like 'PAY-7'",
                "record 3, column \"to\": no status in column \"to\"; expected the status the item moved to, like"
                    + " 'In Progress'",
                "record 4, column \"at\": no time in column \"at\"; expected when the item moved, like"
                    + " '2026-11-24T09:15:00+01:00'",
            ])
    }

    @Test func skippedRowLeavesNothingOfItself() throws {
        var lenient = ImportOptions()
        lenient.lenient = true
        let text = "key,from,to,at,points,title\nA-1,,Open,2026-11-01,many,First\nA-1,Open,Done,2026-11-02,3,Second\n"
        let item = try #require(try importing(text, options: lenient).items.first)
        // Record 1 is skipped whole: its change, its title and its unreadable points.
        #expect(item.history == [StatusChange(at: utc(2026, 11, 2), from: "Open", to: "Done")])
        #expect(item.title == "Second")
        #expect(item.storyPoints == 3)
        #expect(
            try failure(text).description.hasSuffix(
                #"record 1, column "points": error: unrecognized number 'many' in column "points"; expected a number like '5' or '2.5'"#
            ))
    }

    @Test func wrongCellCountIsAnError() throws {
        let error = try failure("key,from,to,at\nA-1,,Open\n")
        #expect(error.position == .record(1, column: nil))
        #expect(error.message == "the row starting on line 2 has 3 cells; expected 4, one per header column")
    }
}
