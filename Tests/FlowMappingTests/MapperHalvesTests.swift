import FlowModel
import Foundation
import Testing

@testable import FlowMapping

/// A dataset of at least `Mapper.itemsWorthASecondThread` items is mapped in two halves on two threads; every
/// flow must be what mapping its item alone gives, in the dataset's order.
@Suite struct MapperHalvesTests {
    static let origin = Date.utc(year: 2026, month: 11, day: 2)

    static let stream = ValueStream(
        stages: [
            Stage(name: "Backlog", kind: .backlog, statuses: ["Open"]),
            Stage(name: "Development", kind: .active, statuses: ["In Progress"]),
            Stage(name: "Review", kind: .wait, statuses: ["In Review"]),
            Stage(name: "Done", kind: .done, statuses: ["Done"]),
            Stage(name: "Discarded", kind: .discarded, statuses: ["Cancelled"]),
        ],
        teamNames: ["PAY": "Payments"])

    /// 25 000 items: every third with history, statuses, types, projects and dates varying with the position.
    static let dataset: Dataset = {
        let statuses = ["Open", "In Progress", "In Review", "Done", "Cancelled", "Blocked"]
        let items = (0..<25_000).map { index -> WorkItem in
            let created = origin.addingTimeInterval(Double(index % 500) * 3_600)
            let status = statuses[index % statuses.count]
            let history =
                index % 3 == 0
                ? [
                    StatusChange(at: created.addingTimeInterval(600), from: "Open", to: "In Progress"),
                    StatusChange(at: created.addingTimeInterval(7_200), from: "In Progress", to: status),
                ] : []
            return WorkItem(
                key: "\(index % 2 == 0 ? "PAY" : "ONB")-\(index)", type: index % 4 == 0 ? "Bug" : "Story",
                status: status, statusCategory: status == "Done" ? .done : nil,
                project: index % 2 == 0 ? "PAY" : "ONB", created: created,
                resolved: status == "Done" ? created.addingTimeInterval(90_000) : nil,
                resolution: index % 5 == 0 ? "Won't Do" : "Done", history: history,
                source: history.isEmpty ? "jira-csv" : "jira-backup")
        }
        return Dataset(
            items: items,
            sources: [
                SourceSummary(file: "a.xml", format: "jira-backup", formatName: "Backup", items: 1, history: .full),
                SourceSummary(file: "b.csv", format: "jira-csv", formatName: "CSV", items: 1, history: .none),
            ])
    }()

    @Test func theHalvesGiveTheFlowsOfMappingEachItemAlone() {
        #expect(Self.dataset.items.count >= Mapper.itemsWorthASecondThread)
        let mapper = Mapper(valueStream: Self.stream)
        let asOf = Self.origin.addingTimeInterval(60 * 86_400)
        let flows = mapper.map(Self.dataset, asOf: asOf)
        #expect(flows.count == Self.dataset.items.count)
        let map = mapper.stageMap(for: Self.dataset)
        var mismatches = 0
        for (index, item) in Self.dataset.items.enumerated() {
            let alone = mapper.flow(of: item, map: map, hasHistory: item.source == "jira-backup", asOf: asOf)
            let flow = flows[index]
            let same =
                flow.item == item && flow.stage == alone.stage && flow.intervals == alone.intervals
                && flow.flowStart == alone.flowStart && flow.flowEnd == alone.flowEnd
                && flow.outcome == alone.outcome && flow.team == alone.team && flow.flowItem == alone.flowItem
                && flow.activeSeconds == alone.activeSeconds && flow.waitSeconds == alone.waitSeconds
                && flow.startRule == alone.startRule && flow.endRule == alone.endRule
                && flow.agingStart == alone.agingStart && flow.skippedFlow == alone.skippedFlow
            if !same { mismatches += 1 }
        }
        #expect(mismatches == 0)
        // Spot checks that the data varies: both teams, every outcome.
        #expect(Set(flows.map(\.team)) == ["Payments", "ONB"])
        #expect(Set(flows.map(\.outcome)) == [.notStarted, .inProgress, .delivered, .discarded])
    }
}
