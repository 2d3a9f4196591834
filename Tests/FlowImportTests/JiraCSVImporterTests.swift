import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JiraCSVImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        Date.utc(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private func importing(_ text: String, options: ImportOptions = ImportOptions()) throws -> Dataset {
        try JiraCSVImporter(options: options).read(CSVFixture.temporaryFile(text))
    }

    private func failure(_ text: String, options: ImportOptions = ImportOptions()) throws -> InputError {
        try #require(throws: InputError.self) { try importing(text, options: options) }
    }

    /// Options that keep every field, as the tests that compare whole items expect.
    private var everyField: ImportOptions { ImportOptions(keptFields: .all) }

    @Test func smallFixtureGivesWholeItems() throws {
        let path = CSVFixture.path("jira-small.csv")
        let dataset = try Importer.load([path], options: everyField)
        // Dates carry no zone and the default zone is UTC, so wall-clock times are UTC.
        let expected = [
            WorkItem(
                key: "PAY-7", title: "Pay by card, fast", type: "Story", status: "Done", statusCategory: .done,
                statusCategoryChanged: utc(2026, 11, 10, 10), project: "PAY", created: utc(2026, 11, 2, 9, 15),
                updated: utc(2026, 11, 10, 10), resolved: utc(2026, 11, 10, 10), resolution: "Done",
                assignee: "Ana Lima", reporter: "Ben Ode", priority: "High", labels: ["checkout", "web"],
                components: ["Cards"], fixVersions: ["1.2"], sprints: ["PAY Sprint 11", "PAY Sprint 12"],
                storyPoints: 5, parent: "PAY-1", epic: "PAY-1",
                fields: [
                    "Issue id": "10007", "Project name": "Payments", "Team": "Falcons", "Start date": "2026-11-03",
                    "Rank": "0|i00lh3:", "[CHART] Date of First Response": "29:10.8", "Parent id": "10000",
                    "Due date": "2026-11-13", "Last Viewed": "2026-11-11T08:00:00Z",
                ],
                // 3 600 000 ms = 3 600 s in status 10001; 86 400 000 ms = 1 day over two visits to status 3.
                timeInStatus: [
                    StatusTime(statusID: "10001", timesEntered: 1, seconds: 3600),
                    StatusTime(statusID: "3", timesEntered: 2, seconds: 86_400),
                ],
                source: "jira-csv"),
            WorkItem(
                key: "PAY-8", title: "Card declined twice", type: "Bug", status: "In Review",
                statusCategory: .inProgress, statusCategoryChanged: utc(2026, 11, 4, 11), project: "PAY",
                created: utc(2026, 11, 3, 14, 5), updated: utc(2026, 11, 4, 11), reporter: "Ben Ode",
                priority: "Medium", sprints: ["PAY Sprint 12"], storyPoints: 3,
                fields: ["Issue id": "10008", "Project name": "Payments"], source: "jira-csv"),
            // Done without a Resolved date: resolved stays nil, the category change is kept.
            WorkItem(
                key: "PAY-9", title: "Rotate keys", type: "Task", status: "Closed", statusCategory: .done,
                statusCategoryChanged: utc(2026, 11, 12, 16, 30), project: "PAY", created: utc(2026, 11, 5, 8),
                updated: utc(2026, 11, 12, 16, 30), assignee: "Ana Lima", reporter: "Ana Lima", priority: "Low",
                fields: ["Issue id": "10009", "Project name": "Payments"], source: "jira-csv"),
            // No project key: the key's prefix. `Parent` holding a key (older exports) is the parent.
            WorkItem(
                key: "OPS-3", title: "Old server", type: "Sub-task", status: "To Do", statusCategory: .toDo,
                project: "OPS", created: utc(2016, 6, 28, 9, 27), updated: utc(2017, 3, 4, 16, 41),
                labels: ["ops"], components: ["Infra"], storyPoints: 2.5, parent: "PAY-7",
                fields: ["Issue id": "20003"], source: "jira-csv"),
        ]
        #expect(dataset.items.count == expected.count)
        for (item, want) in zip(dataset.items, expected) { #expect(item == want) }
        #expect(
            dataset.statusCategories == ["Done": .done, "In Review": .inProgress, "Closed": .done, "To Do": .toDo])
        #expect(
            dataset.sprints == [
                "PAY Sprint 11": Sprint(name: "PAY Sprint 11"), "PAY Sprint 12": Sprint(name: "PAY Sprint 12"),
            ])
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: path, format: "jira-csv", formatName: "Jira CSV export", items: 4, history: .none)
            ])
        // The fixture's Time in Status lists ids 10001 and 3 for one item in Done: either could be Done's id, so
        // neither is named, and the note says so.
        #expect(
            dataset.notes == [
                "[CHART] Time in Status gives status ids only: 0 were named from the status the items that list"
                    + " them are in now; others show as 'status <id>'"
            ])
        #expect(dataset.statusNames.isEmpty)
    }

    @Test func spanishHeadersAndCategoriesAreMatchedByName() throws {
        let text = """
            Resumen,Tipo de Incidencia,Clave de incidencia,Estado,Creada,Resuelta,Resolución,Persona asignada,\
            Etiquetas,Campo personalizado (Story point estimate),Sprint,Principal,Clave principal,\
            Categoría de estado,Categoría de estado cambiada
            Pantalla de cola,Subtarea,TIC-36,Finalizada,10/mar/26 11:16 PM,06/abr/26 10:19 AM,Listo,Ana,\
            ux,8.0,Tablero Sprint 1,12070,TIC-32,Listo,06/abr/26 10:19 AM

            """
        let item = try #require(importing(text, options: everyField).items.first)
        #expect(
            item
                == WorkItem(
                    key: "TIC-36", title: "Pantalla de cola", type: "Subtarea", status: "Finalizada",
                    statusCategory: .done, statusCategoryChanged: utc(2026, 4, 6, 10, 19), project: "TIC",
                    created: utc(2026, 3, 10, 23, 16), resolved: utc(2026, 4, 6, 10, 19), resolution: "Listo",
                    assignee: "Ana", labels: ["ux"], sprints: ["Tablero Sprint 1"], storyPoints: 8, parent: "TIC-32",
                    fields: ["Parent id": "12070"], source: "jira-csv"))
    }

    @Test func numericDateOrderIsDecidedOverTheWholeFile() throws {
        // Created 12/4/2025 fits either order; the due date 12/18/2025 can only be month-first,
        // so Created is 4 December, not 12 April.
        let text = "Issue key,Created,Due date\nQTS-1,12/4/2025 20:41,\nQTS-2,12/4/2025 19:39,12/18/2025 0:00\n"
        let dataset = try importing(text, options: everyField)
        #expect(dataset.items.map(\.created) == [utc(2025, 12, 4, 20, 41), utc(2025, 12, 4, 19, 39)])
        #expect(dataset.items.map { $0.fields["Due date"] } == [nil, "2025-12-18"])
        #expect(dataset.notes.isEmpty)
    }

    @Test func undecidedNumericDatesAreDayFirstWithANote() throws {
        let dataset = try importing("Issue key,Created\nQTS-1,12/4/2025 20:41\n")
        #expect(dataset.items.map(\.created) == [utc(2025, 4, 12, 20, 41)])
        #expect(
            dataset.notes == [
                "no date in the file shows whether numeric dates such as '12/4/2025 20:41' are day-first or"
                    + " month-first; they were read day-first"
            ])
        var options = ImportOptions()
        options.dateOrder = .monthFirst
        #expect(
            try importing("Issue key,Created\nQTS-1,12/4/2025 20:41\n", options: options).items.map(\.created) == [
                utc(2025, 12, 4, 20, 41)
            ])
    }

    @Test func wallClockDatesAreReadInTheConfiguredZone() throws {
        var options = ImportOptions()
        options.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        // 9:15 AM in Berlin in November (UTC+1) is 08:15 UTC.
        let dataset = try importing("Issue key,Created\nPAY-1,24/Nov/26 9:15 AM\n", options: options)
        #expect(dataset.items.map(\.created) == [utc(2026, 11, 24, 8, 15)])
    }

    @Test func aUTF16FileImportsLikeItsUTF8Twin() throws {
        let text = "Issue key,Summary,Created\nPAY-1,Año 🚀,24/Nov/26 9:15 AM\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try Importer.load([CSVFixture.temporaryFile(bytes)])
        #expect(wide.items == (try importing(text)).items)
        #expect(wide.items.map(\.title) == ["Año 🚀"])
    }

    @Test func progressIsReported() throws {
        final class Calls: @unchecked Sendable { var count = 0 }
        let calls = Calls()
        var options = ImportOptions()
        options.progress = { _, read, total in if read == total { calls.count += 1 } }
        _ = try importing("Issue key\nPAY-1\n", options: options)
        #expect(calls.count >= 1)
    }

    // MARK: - Bad input

    @Test func anEmptyFileIsAnError() throws {
        let error = try failure("")
        #expect(error.position == .file)
        #expect(error.message == "the file is empty; expected a Jira CSV export with a header row")
        #expect(try failure("\u{FEFF}").message == "the file is empty; expected a Jira CSV export with a header row")
    }

    @Test func aHeaderWithoutRowsIsAnError() throws {
        let error = try failure("Issue key,Summary\n,\n,\n")
        #expect(error.position == .file)
        #expect(error.message == "the file has a header but no rows")
    }

    @Test func anUnclosedQuoteNamesTheLineWhereItOpened() throws {
        let error = try failure("Issue key,Summary\nPAY-1,ok\nPAY-2,\"never closed\nPAY-3,x\n")
        // Line 3, after "PAY-2," (6 characters): column 7.
        #expect(error.position == .line(3, column: 7))
        #expect(error.message.hasPrefix("a quoted field opens here and is never closed"))
    }

    @Test func anUnreadableDateNamesRecordColumnAndExpectedFormat() throws {
        let error = try failure("Issue key,Created\nPAY-1,24/Nov/26 9:15 AM\nPAY-2,31/13/26 9:00\n")
        #expect(error.position == .record(2, column: "Created"))
        #expect(
            error.message
                == "unrecognized date '31/13/26 9:00' in column \"Created\"; expected a date like '24/Nov/26 9:15 AM'")
        #expect(
            error.description
                .hasSuffix(
                    ": record 2, column \"Created\": error: unrecognized date '31/13/26 9:00' in column \"Created\";"
                        + " expected a date like '24/Nov/26 9:15 AM'"))
    }

    @Test func aDateInvalidInTheForcedOrderIsAnError() throws {
        var options = ImportOptions()
        options.dateOrder = .monthFirst
        let error = try failure("Issue key,Created\nA-1,16/02/2017 15:26\n", options: options)
        #expect(error.position == .record(1, column: "Created"))
        #expect(
            error.message
                == "unrecognized date '16/02/2017 15:26' in column \"Created\"; expected a month-first date like"
                + " '11/24/2026 09:15'")
    }

    @Test func datesThatDisagreeOnTheirOrderAreAnErrorEvenWhenLenient() throws {
        var options = ImportOptions()
        options.lenient = true
        let text = "Issue key,Created,Due date\nA-1,16/02/2017 15:26,\nA-2,12/4/2025 20:41,12/18/2025 0:00\n"
        let error = try failure(text, options: options)
        #expect(error.position == .record(2, column: "Due date"))
        #expect(
            error.message
                == "numeric dates disagree on day and month order: '16/02/2017 15:26' in column \"Created\" (record 1)"
                + " is day-first but '12/18/2025 0:00' in column \"Due date\" (record 2) is month-first; expected one"
                + " order in the whole file (choose one with the date order option)")
    }

    @Test func aMissingKeyColumnNamesTheHeadersThatWouldDo() throws {
        let error = try failure("Summary,Status\nx,Done\n")
        #expect(error.position == .line(1, column: nil))
        #expect(
            error.message.hasPrefix(
                "no issue key column in the header; expected a column named one of \"Issue key\", \"Work item key\""))
        #expect(error.message.contains("\"Clave de incidencia\""))
    }

    @Test func aRowWithTheWrongNumberOfCellsIsAnErrorOrSkippedWhenLenient() throws {
        let text = "Issue key,Summary,Status\nPAY-1,a,Done\nPAY-2,b\nPAY-3,c,Done,extra\nPAY-4,d,Done\n"
        let error = try failure(text)
        #expect(error.position == .record(2, column: nil))
        #expect(error.message == "the row starting on line 3 has 2 cells; expected 3, one per header column")

        var options = ImportOptions()
        options.lenient = true
        let dataset = try importing(text, options: options)
        #expect(dataset.items.map(\.key) == ["PAY-1", "PAY-4"])
        #expect(
            dataset.sources.map(\.skipped) == [
                [
                    "record 2: the row starting on line 3 has 2 cells; expected 3, one per header column",
                    "record 3: the row starting on line 4 has 4 cells; expected 3, one per header column",
                ]
            ])
    }

    @Test func excelBlankRowsAreSkippedSilently() throws {
        let rows = String(repeating: ",,\r\n", count: 500)
        let dataset = try importing("Issue key,Summary,Created\r\nA-1,x,16/02/2017 15:26\r\n" + rows)
        #expect(dataset.items.map(\.key) == ["A-1"])
        #expect(dataset.items.map(\.created) == [utc(2017, 2, 16, 15, 26)])
        #expect(dataset.sources.map(\.skipped) == [[]])
    }

    @Test func badStoryPointsAndTimeInStatusAreErrors() throws {
        let points = try failure("Issue key,Custom field (Story Points)\nA-1,lots\n")
        #expect(points.position == .record(1, column: "Custom field (Story Points)"))
        #expect(
            points.message
                == "unrecognized story points 'lots' in column \"Custom field (Story Points)\"; expected a number"
                + " like '5' or '2.5'")
        let times = try failure("Issue key,Custom field ([CHART] Time in Status)\nA-1,10001_*:*_x\n")
        #expect(times.position == .record(1, column: "Custom field ([CHART] Time in Status)"))
        #expect(times.message.hasPrefix("unrecognized time in status '10001_*:*_x'"))
    }

    @Test func unknownStatusCategoriesAreNotedNotFatal() throws {
        let dataset = try importing("Issue key,Status,Status Category\nA-1,Parked,Geparkt\n")
        #expect(dataset.items.map(\.statusCategory) == [nil])
        #expect(
            dataset.notes == [
                "status category 'Geparkt' is not one of Jira's (To Do, In Progress, Done); items in it have no category"
            ])
        #expect(dataset.sources.map(\.history) == [HistoryLevel.none])
    }
}

@Suite struct JiraCSVImporterRowTests {
    private func importing(
        _ text: String, lenient: Bool = false, kept: ImportOptions.KeptFields = .standard
    ) throws -> Dataset {
        var options = ImportOptions(keptFields: kept)
        options.lenient = lenient
        return try JiraCSVImporter(options: options).read(CSVFixture.temporaryFile(text))
    }

    @Test func aLaterRowWinsForTheSameKeyAndKeepsTheFirstPosition() throws {
        let dataset = try importing("Issue key,Status\nA-1,To Do\nA-2,To Do\nA-1,Done\n")
        #expect(dataset.items.map(\.key) == ["A-1", "A-2"])
        #expect(dataset.items.map(\.status) == ["Done", "To Do"])
    }

    @Test func lenientSkipsARowWithAnUnreadableDateAndSaysWhy() throws {
        let dataset = try importing("Issue key,Created\nA-1,24/Nov/26 9:15 AM\nA-2,yesterday\n", lenient: true)
        #expect(dataset.items.map(\.key) == ["A-1"])
        #expect(
            dataset.sources.map(\.skipped) == [
                [
                    "record 2, column \"Created\": unrecognized date 'yesterday' in column \"Created\"; expected a"
                        + " date like '24/Nov/26 9:15 AM'"
                ]
            ])
    }

    @Test func blankLinesBeforeTheHeaderAreSkipped() throws {
        #expect(try importing("\n,,\nIssue key,Summary\nA-1,x\n").items.map(\.key) == ["A-1"])
    }

    @Test func aRowWithoutAKeyIsAnError() throws {
        let error = try #require(throws: InputError.self) { try importing("Issue key,Summary\nA-1,x\n,y\n") }
        #expect(error.position == .record(2, column: nil))
        #expect(error.message == "the row starting on line 3 has no issue key; expected a key like 'PAY-7'")
    }

    @Test func semicolonSeparatedResavesImport() throws {
        let dataset = try importing("Issue key;Summary;Created\nA-1;\"Mal; bien\";16.02.2017 15:26\n")
        #expect(dataset.items.map(\.title) == ["Mal; bien"])
        #expect(dataset.items.map(\.created) == [Date.utc(year: 2017, month: 2, day: 16, hour: 15, minute: 26)])
    }

    @Test func aParentNamedByIdGetsItsKeyWhenTheParentIsInTheFile() throws {
        let text = "Issue key,Issue id,Parent id\nA-1,100,\nA-2,101,100\nA-3,102,999\n"
        let dataset = try importing(text, kept: .all)
        #expect(dataset.items.map(\.parent) == [nil, "A-1", nil])
        #expect(dataset.items.map { $0.fields["Parent id"] } == [nil, "100", "999"])
        // Parents are found by id whether or not `fields` keeps the ids.
        let lean = try importing(text)
        #expect(lean.items.map(\.parent) == [nil, "A-1", nil])
        #expect(lean.items.map(\.fields) == [[:], [:], [:]])
    }

    @Test func timeInStatusDecodesEveryEntry() {
        // Status 10001 entered once for 21 872 485 ms (21 872.485 s); 10900 entered twice for 0 ms.
        #expect(
            JiraTimeInStatus.decode("10001_*:*_1_*:*_21872485_*|*_10900_*:*_2_*:*_0") == [
                StatusTime(statusID: "10001", timesEntered: 1, seconds: 21_872.485),
                StatusTime(statusID: "10900", timesEntered: 2, seconds: 0),
            ])
        for bad in ["", "10001", "10001_*:*_1", "10001_*:*_1_*:*_", "x_*:*_1_*:*_5", "1_*:*_1_*:*_5_*|*_"] {
            #expect(JiraTimeInStatus.decode(bad) == nil, "\(bad)")
        }
    }
}
