import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct StageDatesCSVImporterTests {
    private let berlin = ImportOptions(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
        Date.utc(year: year, month: month, day: day, hour: hour)
    }

    private func importing(_ text: String, options: ImportOptions = ImportOptions()) throws -> Dataset {
        try StageDatesCSVImporter(options: options).read(GenericFixture.temporaryFile(text))
    }

    private func failure(_ text: String, options: ImportOptions = ImportOptions()) throws -> InputError {
        try #require(throws: InputError.self) { try importing(text, options: options) }
    }

    @Test func fixtureGivesOneChangePerDatedStageInColumnOrder() throws {
        let path = GenericFixture.path("stage-dates.csv")
        #expect(try Importer.detect(path) == .stageDatesCSV)
        let dataset = try Importer.load([path], options: berlin)
        // Dates are local midnight in Berlin: 2 November 2026 (CET, +1) begins at 1 November 23:00 UTC;
        // 1 October 2026 (CEST, +2) at 30 September 22:00 UTC.
        let expected = [
            // Analysis is blank: skipped. The last dated stage is the status.
            WorkItem(
                key: "ST-1", title: "Sign-up form", type: "Story", status: "Done", project: "ST",
                created: utc(2026, 11, 1, 23), priority: "High", labels: ["web"],
                fields: ["Link": "https://example.com/ST-1"],
                history: [
                    StatusChange(at: utc(2026, 11, 1, 23), from: nil, to: "Backlog"),
                    StatusChange(at: utc(2026, 11, 2, 23), from: "Backlog", to: "Development"),
                    StatusChange(at: utc(2026, 11, 4, 23), from: "Development", to: "Review"),
                    StatusChange(at: utc(2026, 11, 5, 23), from: "Review", to: "Done"),
                ],
                source: "stage-dates-csv"),
            // Two stages on one day keep their column order.
            WorkItem(
                key: "ST-2", title: "Fix login, again", type: "Bug", status: "Analysis", project: "ST",
                created: utc(2026, 11, 1, 23),
                history: [
                    StatusChange(at: utc(2026, 11, 1, 23), from: nil, to: "Backlog"),
                    StatusChange(at: utc(2026, 11, 1, 23), from: "Backlog", to: "Analysis"),
                ],
                source: "stage-dates-csv"),
            WorkItem(
                key: "ST-3", title: "Old idea", type: "Story", status: "Backlog", project: "ST",
                created: utc(2026, 9, 30, 22), priority: "Low",
                history: [StatusChange(at: utc(2026, 9, 30, 22), from: nil, to: "Backlog")], source: "stage-dates-csv"),
        ]
        #expect(dataset.items.count == expected.count)
        for (item, want) in zip(dataset.items, expected) { #expect(item == want) }
        #expect(dataset.stageOrder == ["Backlog", "Analysis", "Development", "Review", "Done"])
        // The columns' order gives their categories: the first To Do, the last Done, the ones between In Progress.
        #expect(
            dataset.statusCategories == [
                "Backlog": .toDo, "Analysis": .inProgress, "Development": .inProgress, "Review": .inProgress,
                "Done": .done,
            ])
        #expect(
            dataset.sources == [
                SourceSummary(
                    file: path, format: "stage-dates-csv", formatName: "Stage-dates CSV (ActionableAgile style)",
                    items: 3, statusChanges: 7, history: .partial)
            ])
        #expect(dataset.history == .partial)
    }

    @Test func realActionableAgileExportImports() throws {
        let path = GenericFixture.realSamples.appendingPathComponent("other/actionableagile-stage-dates.csv").path
        #expect(try Importer.detect(path) == .stageDatesCSV)
        let dataset = try Importer.load([path])
        #expect(dataset.items.count == 25)
        #expect(
            dataset.stageOrder == [
                "Backlog", "Analysis Active", "Analysis Done", "Dev Active", "Dev Done", "Test", "Done",
            ])
        // UT-33,,Sample Item 33,2015-11-21,,,,,,2015-11-21,Story,Team 5,,,,Done
        let item = try #require(dataset.items.first { $0.key == "UT-33" })
        #expect(
            item
                == WorkItem(
                    key: "UT-33", title: "Sample Item 33", type: "Story", status: "Done", project: "UT",
                    created: utc(2015, 11, 21), resolution: "Done", components: ["Team 5"],
                    history: [
                        StatusChange(at: utc(2015, 11, 21), from: nil, to: "Backlog"),
                        StatusChange(at: utc(2015, 11, 21), from: "Backlog", to: "Done"),
                    ],
                    source: "stage-dates-csv"))
        #expect(dataset.statusCategories["Backlog"] == .toDo)
        #expect(dataset.statusCategories["Test"] == .inProgress)
        #expect(dataset.statusCategories["Done"] == .done)
        // UT-26 enters Dev Active on 2015-11-21, Dev Done on 11-26 and Test on 2016-03-29, never Done.
        #expect(dataset.items.first?.status == "Test")
        // UT-41: Test on 2015-12-14, then Done on 2016-03-29, in order; no item here goes backwards.
        #expect(dataset.notes.isEmpty)
    }

    @Test func datesThatGoBackAreNotedAndKeptInColumnOrder() throws {
        // Todo on the 5th, Doing on the 2nd: Todo is taken as entered on the 2nd too, so the history goes forward
        // in column order. B-1 is done on the 14th though its Test date is the 20th: it ends in Done on the 14th.
        let dataset = try importing(
            "ID,Name,Todo,Doing,Done\nA-1,x,2026-11-05,2026-11-02,2026-11-06\nB-1,y,2026-11-01,2026-11-20,2026-11-14\n")
        let first = try #require(dataset.items.first)
        #expect(first.history.map(\.to) == ["Todo", "Doing", "Done"])
        #expect(first.history.map(\.at) == [utc(2026, 11, 2), utc(2026, 11, 2), utc(2026, 11, 6)])
        let second = try #require(dataset.items.last)
        #expect(second.history.map(\.at) == [utc(2026, 11, 1), utc(2026, 11, 14), utc(2026, 11, 14)])
        #expect(second.status == "Done")
        #expect(
            dataset.notes == [
                "2 items entered a stage on an earlier day than the stage before it (A-1, B-1); the history follows the"
                    + " column order, each stage entered no later than the one after it"
            ])
    }

    @Test func sniffingNeedsAnIdFirstAndDatesInTheStageColumns() {
        #expect(GenericCSVSniffer.format(of: "ID,Name,Backlog,Done,Type\nA-1,x,2026-11-01,,Story\n") == .stageDatesCSV)
        // Azure DevOps' default query: ID and Title, but no dates after the title.
        #expect(GenericCSVSniffer.format(of: "ID,Work Item Type,Title,Assigned To,State\n1,Bug,x,Ann,New\n") == nil)
        #expect(GenericCSVSniffer.format(of: "ID,Title,Assigned To,State\n1,x,Ann,New\n") == nil)
        // A header alone cannot tell.
        #expect(GenericCSVSniffer.format(of: "ID,Name,Backlog,Done\n") == nil)
    }

    // MARK: - Bad input

    @Test func headerWithoutStagesOrIdIsAnError() throws {
        let noStages = try failure("ID,Name,Type\nA-1,x,Story\n")
        #expect(noStages.position == .line(1, column: nil))
        #expect(
            noStages.message
                == #"no stage columns in the header; expected one date column per stage, in flow order, after "Name" and before the item columns such as "Type""#
        )
        #expect(
            try failure("Name,Backlog\nx,2026-11-01\n").message
                == #"no item id column in the header; expected a column named one of "ID", "Key", "Issue key""#)
    }

    @Test func unreadableDateNamesRecordAndColumn() throws {
        let error = try failure("ID,Name,Backlog,Done\nA-1,x,2026-11-01,\nA-2,y,2026-11-01,soon\n")
        #expect(error.position == .record(2, column: "Done"))
        #expect(error.message == "unrecognized date 'soon' in column \"Done\"; expected a date like '2026-11-24'")
    }

    @Test func rowWithoutAnyStageDateIsAnErrorOrSkipped() throws {
        let text = "ID,Name,Backlog,Done\nA-1,x,,\nA-2,y,2026-11-01,\n"
        let error = try failure(text)
        #expect(error.position == .record(1, column: nil))
        #expect(
            error.message
                == #"no date in any stage column ("Backlog", "Done"); expected the date the item entered at least its first stage"#
        )
        var lenient = ImportOptions()
        lenient.lenient = true
        #expect(try importing(text, options: lenient).items.map(\.key) == ["A-2"])
    }

    @Test func emptyFileIsAnError() throws {
        #expect(
            try failure("\n").message
                == "the file is empty; expected a stage-dates CSV with a header row like 'ID,Name,Backlog,…,Done,Type'")
        #expect(try failure("ID,Name,Backlog\n").message == "the file has a header but no rows")
    }
}
