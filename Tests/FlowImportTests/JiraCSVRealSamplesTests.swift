import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Every real Jira CSV export in `../shared/samples/real/jira-csv/` imports. Item counts were checked
/// with Python's `csv` module (rows with at least one non-blank cell; every key is unique in each file);
/// the spot-checked values were read from the same rows.
@Suite struct JiraCSVRealSamplesTests {
    private struct Expectation {
        let file: String
        let items: Int
        let key: String
        let status: String
        let category: StatusCategory?
        /// The `Created` cell as written, and the instant it means in UTC.
        let created: Date?
        let sprints: [String]
        let history: HistoryLevel
    }

    private static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        Date.utc(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private static let expectations: [Expectation] = [
        // 10/Jan/26 11:19 AM.
        Expectation(
            file: "bsfse2025-team9-cloud-allfields-bom.csv", items: 130, key: "BSSEF25T9-219", status: "Done",
            category: .done, created: utc(2026, 1, 10, 11, 19), sprints: ["BSSEF25T Sprint 1"], history: .none),
        // 16/02/2017 15:26 after an Excel re-save (739 comma-only rows follow it).
        Expectation(
            file: "duplicatebugs-excel-resaved-crlf.csv", items: 1, key: "A-3367", status: "Open", category: nil,
            created: utc(2017, 2, 16, 15, 26), sprints: ["abc"], history: .none),
        // 22/Sep/25 9:26 AM.
        Expectation(
            file: "ericmedlock-cloud-allfields-comments.csv", items: 22, key: "TES-25", status: "To Do",
            category: .toDo, created: utc(2025, 9, 22, 9, 26), sprints: ["TES Sprint 1"], history: .none),
        // 17/Dec/25 10:57 AM; the file has no Sprint column.
        Expectation(
            file: "felipefernandes-cloud-allfields-213cols.csv", items: 219, key: "GP-4024", status: "Done",
            category: .done, created: utc(2025, 12, 17, 10, 57), sprints: [], history: .none),
        // 28/Jun/16 9:27 AM, in three sprints.
        Expectation(
            file: "herokudeploy-cloud2018-3sprints.csv", items: 90, key: "JWP-13", status: "To Do", category: nil,
            created: utc(2016, 6, 28, 9, 27),
            sprints: ["JwProgra Sprint 1", "JwProgra Sprint 2", "JwProgra Sprint 3"], history: .none),
        // 12/4/2025 20:28 is 4 December: the due date 12/18/2025 proves month-first.
        Expectation(
            file: "pacoj02-cloud-allfields-excel-us-dates.csv", items: 6, key: "QTS-17", status: "Done",
            category: .done, created: utc(2025, 12, 4, 20, 28), sprints: ["Core Feature Development"],
            history: .none),
        // 10/mar/26 11:16 PM.
        Expectation(
            file: "proyectosoftware-cloud-spanish-allfields.csv", items: 287, key: "TIC-36", status: "Tareas por hacer",
            category: .toDo, created: utc(2026, 3, 10, 23, 16), sprints: [], history: .none),
        // 11/abr/26 8:56 AM.
        Expectation(
            file: "proyectosoftware-cloud-spanish-current.csv", items: 190, key: "TIC-319", status: "Finalizada",
            category: nil, created: utc(2026, 4, 11, 8, 56), sprints: [], history: .none),
        // 25/Oct/25 12:53 PM.
        Expectation(
            file: "redisprint-cloud-allfields-small.csv", items: 5, key: "SCRUM-3", status: "Done", category: .done,
            created: utc(2025, 10, 25, 12, 53), sprints: ["SCRUM Sprint 1"], history: .none),
        // Current-fields export without dates.
        Expectation(
            file: "reportbuilder-current-fields-parentid.csv", items: 64, key: "HOINC-2096", status: "Test in UAT",
            category: nil, created: nil, sprints: [], history: .none),
    ]

    @Test func everySampleIsExpected() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CSVFixture.realSamples.path)
            .filter { $0.hasSuffix(".csv") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations.map(\.file))
    func sampleImports(file: String) throws {
        let expectation = try #require(Self.expectations.first { $0.file == file })
        let dataset = try Importer.load([CSVFixture.realSamples.appendingPathComponent(file).path])
        #expect(dataset.items.count == expectation.items)
        #expect(dataset.sources.map(\.items) == [expectation.items])
        #expect(dataset.sources.map(\.history) == [expectation.history])
        #expect(dataset.sources.map(\.skipped) == [[]])
        let item = try #require(dataset.items.first { $0.key == expectation.key })
        #expect(item.status == expectation.status)
        #expect(item.statusCategory == expectation.category)
        #expect(item.created == expectation.created)
        #expect(item.sprints == expectation.sprints)
        #expect(item.source == "jira-csv")
        #expect(dataset.items.allSatisfy { !$0.key.isEmpty && !$0.project.isEmpty })
    }

    @Test func doneWithoutResolvedKeepsTheCategoryChange() throws {
        // 119 of the 174 Done items in this export have no Resolved date (counted with Python).
        let path = CSVFixture.realSamples.appendingPathComponent("felipefernandes-cloud-allfields-213cols.csv").path
        let items = try Importer.load([path]).items
        let doneWithoutResolved = items.filter { $0.statusCategory == .done && $0.resolved == nil }
        #expect(doneWithoutResolved.count == 119)
        #expect(doneWithoutResolved.allSatisfy { $0.statusCategoryChanged != nil && $0.resolution == nil })
        // GP-4024's Time in Status: 6 statuses; 21 872 485 ms in status 11659.
        let timed = try #require(items.first { $0.key == "GP-4024" })
        #expect(timed.timeInStatus.count == 6)
        #expect(timed.timeInStatus.first == StatusTime(statusID: "11659", timesEntered: 1, seconds: 21_872.485))
        #expect(timed.parent == "GP-3678")
        #expect(items.filter { !$0.timeInStatus.isEmpty }.count == 55)
    }

    @Test func spanishExportMapsLocalisedCategoriesAndParents() throws {
        let path = CSVFixture.realSamples.appendingPathComponent("proyectosoftware-cloud-spanish-allfields.csv").path
        let dataset = try Importer.load([path])
        // Estado → Categoría de estado: Tareas por hacer / Por hacer, En curso / En curso, Finalizada / Listo.
        #expect(
            dataset.statusCategories == ["Tareas por hacer": .toDo, "En curso": .inProgress, "Finalizada": .done])
        let item = try #require(dataset.items.first { $0.key == "TIC-36" })
        #expect(item.storyPoints == 8)
        #expect(item.parent == "TIC-46")
        #expect(item.type == "Tarea")
    }
}
