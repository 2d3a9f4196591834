import Foundation
import Testing

@testable import FlowMapping
@testable import FlowModel

@Suite struct StarterConfigurationTests {
    static let created = Date.utc(year: 2026, month: 11, day: 2)

    /// Two items: A moved To Do → In Progress (day 1) → In Review (day 3) → Done (day 4);
    /// B moved To Do → Ready for Dev (day 2) → In Progress (day 5) → Cancelled (day 6).
    /// Mean first entry: Ready for Dev 2, In Progress (1 + 5) / 2 = 3, In Review 3, Done 4, Cancelled 6.
    static let dataset: Dataset = {
        func at(_ day: Int) -> Date { created.addingTimeInterval(Double(day) * 86_400) }
        let a = WorkItem(
            key: "PAY-1", type: "Story", status: "Done", statusCategory: .done, project: "PAY", created: created,
            history: [
                StatusChange(at: at(1), from: "To Do", to: "In Progress"),
                StatusChange(at: at(3), from: "In Progress", to: "In Review"),
                StatusChange(at: at(4), from: "In Review", to: "Done"),
            ])
        let b = WorkItem(
            key: "ONB-1", type: "Bug", status: "Cancelled", statusCategory: .done, project: "ONB", created: created,
            history: [
                StatusChange(at: at(2), from: "To Do", to: "Ready for Dev"),
                StatusChange(at: at(5), from: "Ready for Dev", to: "In Progress"),
                StatusChange(at: at(6), from: "In Progress", to: "Cancelled"),
            ])
        return Dataset(
            items: [a, b],
            statusCategories: [
                "To Do": .toDo, "Ready for Dev": .inProgress, "In Progress": .inProgress, "In Review": .inProgress,
                "Done": .done, "Cancelled": .done,
            ])
    }()

    @Test func placesEveryStatusInFlowOrderWithItsKind() {
        let placements = StarterConfiguration(dataset: Self.dataset).placements()
        #expect(
            placements.map(\.status) == ["To Do", "Ready for Dev", "In Progress", "In Review", "Done", "Cancelled"])
        #expect(placements.map(\.kind) == [.backlog, .wait, .active, .wait, .done, .discarded])
        #expect(placements.first { $0.status == "In Progress" }?.meanEntryDays == 3)
    }

    @Test func theStarterFileLoadsBackAndNamesEveryStatus() throws {
        let text = StarterConfiguration(dataset: Self.dataset).yaml()
        let stream = try ValueStreamLoader.parse(text, file: "streamgauge.yml")
        #expect(
            stream.stages.flatMap(\.statuses) == [
                "To Do", "Ready for Dev", "In Progress", "In Review", "Done", "Cancelled",
            ])
        #expect(stream.teamNames == ["ONB": "ONB", "PAY": "PAY"])
        #expect(stream.flowItems.first { $0.name == "Defect" }?.types == ["Bug"])
        #expect(text.contains("# In Progress; 0 items now; entered 3.0 days after creation on average"))
        #expect(!text.contains("no status seen ends delivered work"))
    }

    @Test func aStageDatesExportKeepsItsColumnOrder() {
        // The columns say the order; "Analysis Done" between two active steps is a queue.
        let columns = ["Backlog", "Analysis Active", "Analysis Done", "Dev Active", "Dev Done", "Test", "Done"]
        var dataset = Dataset(
            items: [
                WorkItem(key: "UT-1", status: "Dev Done", created: Self.created),
                WorkItem(key: "UT-2", status: "Analysis Active", created: Self.created),
            ],
            statusCategories: [
                "Backlog": .toDo, "Analysis Active": .inProgress, "Analysis Done": .inProgress,
                "Dev Active": .inProgress, "Dev Done": .inProgress, "Test": .inProgress, "Done": .done,
            ])
        dataset.stageOrder = columns
        let placements = StarterConfiguration(dataset: dataset).placements()
        #expect(placements.map(\.status) == columns)
        #expect(placements.map(\.kind) == [.backlog, .active, .wait, .active, .wait, .active, .done])
    }

    @Test func statusesWithoutACategoryArePlacedByTheirName() {
        // A "current fields" CSV names statuses but no categories.
        let items = ["To Do", "Selected for Development", "Testing", "Closed", "Won't Fix"].enumerated().map {
            WorkItem(key: "A-\($0.offset)", status: $0.element, created: Self.created)
        }
        let placements = StarterConfiguration(dataset: Dataset(items: items)).placements()
        #expect(
            placements.map(\.status) == ["To Do", "Selected for Development", "Testing", "Closed", "Won't Fix"])
        #expect(placements.map(\.kind) == [.backlog, .wait, .active, .done, .discarded])
        // "To Do" is spelled like a category, and proposed as one (the default mapping would not); the others
        // are not.
        #expect(placements.map(\.category) == [.toDo, nil, nil, nil, nil])
    }

    @Test func withoutADoneStatusTheFileEndsWithADoneStageToFillIn() throws {
        // Only open items, one of them in a status spelled "done" by no category and not by name either.
        let items = [
            WorkItem(key: "A-1", status: "Open", statusCategory: .toDo, created: Self.created),
            WorkItem(key: "A-2", status: "DONE", statusCategory: .inProgress, created: Self.created),
        ]
        let text = StarterConfiguration(dataset: Dataset(items: items)).yaml()
        let stream = try ValueStreamLoader.parse(text, file: "streamgauge.yml")
        #expect(stream.stages.map(\.name) == ["Open", "DONE", "Done 2"])
        #expect(stream.stages.map(\.kind) == [.backlog, .active, .done])
        #expect(stream.stages.last?.statuses == ["Done 2"])
        #expect(text.contains("no status seen ends delivered work: name the ones that do"))
        // An export with no items at all still gives a file that loads.
        let empty = try ValueStreamLoader.parse(StarterConfiguration(dataset: Dataset(items: [])).yaml(), file: "s.yml")
        #expect(empty.stages.map(\.kind) == [.done])
    }
}
