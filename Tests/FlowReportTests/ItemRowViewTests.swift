import FlowMapping
import FlowModel
import Foundation
import Testing

@testable import FlowReport

/// A row the report builder makes is a view of the item's flow; it must read exactly like a row made with the
/// memberwise initializer from the same values. `d(x)` is x days after Monday 2026-11-02 00:00 UTC.
@Suite struct ItemRowViewTests {
    static let origin = Date.utc(year: 2026, month: 11, day: 2)

    static func d(_ days: Double) -> Date { origin.addingTimeInterval(days * 86_400) }

    static let stream = ValueStream(
        stages: [
            Stage(name: "Backlog", kind: .backlog, statuses: ["Open"]),
            Stage(name: "Development", kind: .active, statuses: ["In Progress"]),
            Stage(name: "Review", kind: .wait, statuses: ["In Review"]),
            Stage(name: "Done", kind: .done, statuses: ["Done"]),
            Stage(name: "Discarded", kind: .discarded, statuses: ["Cancelled"]),
        ],
        teamNames: ["PAY": "Payments"])

    static let stageNames = ["Backlog", "Development", "Review", "Done", "Discarded"]

    /// | item | history | what happened |
    /// | --- | --- | --- |
    /// | PAY-1 Story | yes (`test-history` records every change) | created d0, In Progress d1, In Review d3.5, Done d4.25 |
    /// | PAY-2 Bug | no (`test-csv`) | Done, created d0, resolved d5 |
    /// | PAY-3 Story | no | In Progress, created d2 |
    static let dataset = Dataset(
        items: [
            WorkItem(
                key: "PAY-1", title: "Pay by link", type: "Story", status: "Done", project: "PAY", created: d(0),
                history: [
                    StatusChange(at: d(1), from: "Open", to: "In Progress"),
                    StatusChange(at: d(3.5), from: "In Progress", to: "In Review"),
                    StatusChange(at: d(4.25), from: "In Review", to: "Done"),
                ],
                source: "test-history"),
            WorkItem(
                key: "PAY-2", title: "Fix \"typo\"", type: "Bug", status: "Done", project: "PAY", created: d(0),
                resolved: d(5), resolution: "Done", source: "test-csv"),
            WorkItem(
                key: "PAY-3", title: "Retry", type: "Story", status: "In Progress", project: "PAY", created: d(2),
                source: "test-csv"),
        ],
        sources: [
            SourceSummary(file: "a.json", format: "test-history", formatName: "History", items: 1, history: .full),
            SourceSummary(file: "b.csv", format: "test-csv", formatName: "Snapshot", items: 2, history: .none),
        ])

    /// The three rows as the report builder makes them: views of the mapper's flows, as of d10.
    static func viewRows() -> [ItemRow] {
        let mapper = Mapper(valueStream: stream)
        let stages = ItemRowStages(names: mapper.stageMap(for: dataset).stages.map(\.name))
        return mapper.map(dataset, asOf: d(10)).map { ItemRow(flow: $0, stages: stages) }
    }

    /// A row holding its own copy of `row`'s values.
    static func copy(of row: ItemRow) -> ItemRow {
        ItemRow(
            key: row.key, title: row.title, type: row.type, flowItem: row.flowItem, team: row.team, status: row.status,
            stage: row.stage, outcome: row.outcome, source: row.source, created: row.created, started: row.started,
            done: row.done, flowTimeDays: row.flowTimeDays, leadTimeDays: row.leadTimeDays,
            activeDays: row.activeDays, waitDays: row.waitDays, stageEntries: row.stageEntries,
            skippedFlow: row.skippedFlow)
    }

    @Test func aRowWithHistoryReadsTheFlowsValues() throws {
        let row = try #require(Self.viewRows().first)
        // In flow from the first entry into Development (d1) to the entry into Done (d4.25): flow time 3.25 days,
        // lead time 4.25 − 0 = 4.25 days; active d1…d3.5 = 2.5 days, waiting in Review d3.5…d4.25 = 0.75 days.
        let expected = ItemRow(
            key: "PAY-1", title: "Pay by link", type: "Story", flowItem: "Feature", team: "Payments", status: "Done",
            stage: "Done", outcome: .delivered, source: "test-history", created: Self.d(0), started: Self.d(1),
            done: Self.d(4.25), flowTimeDays: 3.25, leadTimeDays: 4.25, activeDays: 2.5, waitDays: 0.75,
            // First entries: Backlog at creation d0, Development d1, Review d3.5, Done d4.25, never Discarded.
            stageEntries: [Self.d(0), Self.d(1), Self.d(3.5), Self.d(4.25), nil])
        Self.expectSameValues(row, expected)
    }

    @Test func aRowWithoutHistoryKnowsOnlyTheStageItEndedIn() throws {
        let rows = Self.viewRows()
        let done = try #require(rows.dropFirst().first)
        // Done without history: ended at its resolved date d5, start unknown, so no flow, active or wait time;
        // lead time 5 − 0 = 5 days. Only the Done stage (index 3) has an entry: d5.
        let expectedDone = ItemRow(
            key: "PAY-2", title: "Fix \"typo\"", type: "Bug", flowItem: "Defect", team: "Payments", status: "Done",
            stage: "Done", outcome: .delivered, source: "test-csv", created: Self.d(0), started: nil,
            done: Self.d(5), flowTimeDays: nil, leadTimeDays: 5, activeDays: nil, waitDays: nil,
            stageEntries: [nil, nil, nil, Self.d(5), nil])
        Self.expectSameValues(done, expectedDone)
        // In progress without history: nothing ended, so no stage has an entry.
        let open = try #require(rows.last)
        let expectedOpen = ItemRow(
            key: "PAY-3", title: "Retry", type: "Story", flowItem: "Feature", team: "Payments", status: "In Progress",
            stage: "Development", outcome: .inProgress, source: "test-csv", created: Self.d(2), started: nil,
            done: nil, flowTimeDays: nil, leadTimeDays: nil, activeDays: nil, waitDays: nil,
            stageEntries: [nil, nil, nil, nil, nil])
        Self.expectSameValues(open, expectedOpen)
    }

    @Test func aViewAndACopyOfItsValuesAreEqual() {
        for row in Self.viewRows() {
            let copy = Self.copy(of: row)
            Self.expectSameValues(row, copy)
            #expect(row.fields == copy.fields, "\(row.key)")
            #expect(row == copy, "\(row.key)")
            #expect(copy == row, "\(row.key)")
            #expect(Set([row, copy]).count == 1, "\(row.key)")
        }
        let rows = Self.viewRows()
        #expect(rows[0] != rows[1])
        #expect(rows[0] != Self.copy(of: rows[1]))
    }

    @Test func aStageBeyondTheNamesReadsAsEmpty() throws {
        // Rows made with only two stage names: PAY-1 is in stage 3 (Done), which has no name there, and its
        // entries stop after the second stage.
        let flows = Mapper(valueStream: Self.stream).map(Self.dataset, asOf: Self.d(10))
        let row = ItemRow(flow: try #require(flows.first), stages: ItemRowStages(names: ["Backlog", "Development"]))
        #expect(row.stage == "")
        #expect(row.stageEntries == [Self.d(0), Self.d(1)])
    }

    @Test func aMoveBackClearsTheLaterStagesEntries() throws {
        // PAY-8: created d0, In Progress d1, In Review d2, Done d3, reopened to In Progress d4 (Review and Done
        // cleared; Development keeps d1), In Review d5, Done d6: the Done date is the flow end, d6.
        // PAY-9: the same up to the reopening, still in progress: no Done date, as a tool reading stage dates
        // expects of an item that is not done.
        func item(_ key: String, _ moves: [(Double, String, String)]) -> WorkItem {
            WorkItem(
                key: key, status: moves.last?.2 ?? "Open", project: "PAY", created: Self.d(0),
                history: moves.map { StatusChange(at: Self.d($0.0), from: $0.1, to: $0.2) }, source: "test-history")
        }
        let reopened: [(Double, String, String)] = [
            (1, "Open", "In Progress"), (2, "In Progress", "In Review"), (3, "In Review", "Done"),
            (4, "Done", "In Progress"),
        ]
        let dataset = Dataset(
            items: [
                item("PAY-8", reopened + [(5, "In Progress", "In Review"), (6, "In Review", "Done")]),
                item("PAY-9", reopened),
            ])
        let mapper = Mapper(valueStream: Self.stream)
        let stages = ItemRowStages(names: mapper.stageMap(for: dataset).stages.map(\.name))
        let rows = mapper.map(dataset, asOf: Self.d(10)).map { ItemRow(flow: $0, stages: stages) }
        #expect(rows[0].stageEntries == [Self.d(0), Self.d(1), Self.d(5), Self.d(6), nil])
        #expect(rows[0].done == Self.d(6))
        #expect(rows[1].stageEntries == [Self.d(0), Self.d(1), nil, nil, nil])
        #expect(rows[1].outcome == .inProgress)
    }

    /// Compares every value of the two rows one by one (so a failure names the value), then with `==`.
    static func expectSameValues(
        _ row: ItemRow, _ expected: ItemRow, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(row.key == expected.key, sourceLocation: sourceLocation)
        #expect(row.title == expected.title, sourceLocation: sourceLocation)
        #expect(row.type == expected.type, sourceLocation: sourceLocation)
        #expect(row.flowItem == expected.flowItem, sourceLocation: sourceLocation)
        #expect(row.team == expected.team, sourceLocation: sourceLocation)
        #expect(row.status == expected.status, sourceLocation: sourceLocation)
        #expect(row.stage == expected.stage, sourceLocation: sourceLocation)
        #expect(row.outcome == expected.outcome, sourceLocation: sourceLocation)
        #expect(row.source == expected.source, sourceLocation: sourceLocation)
        #expect(row.created == expected.created, sourceLocation: sourceLocation)
        #expect(row.started == expected.started, sourceLocation: sourceLocation)
        #expect(row.done == expected.done, sourceLocation: sourceLocation)
        #expect(row.flowTimeDays == expected.flowTimeDays, sourceLocation: sourceLocation)
        #expect(row.leadTimeDays == expected.leadTimeDays, sourceLocation: sourceLocation)
        #expect(row.activeDays == expected.activeDays, sourceLocation: sourceLocation)
        #expect(row.waitDays == expected.waitDays, sourceLocation: sourceLocation)
        #expect(row.stageEntries == expected.stageEntries, sourceLocation: sourceLocation)
        #expect(row.skippedFlow == expected.skippedFlow, sourceLocation: sourceLocation)
        #expect(row == expected, sourceLocation: sourceLocation)
    }
}
