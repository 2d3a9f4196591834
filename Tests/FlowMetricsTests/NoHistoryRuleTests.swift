import FlowMapping
import FlowModel
import Foundation
import Testing

/// SPEC §4 for exports without status history (CSV, RSS): nothing is invented. Default mapping (no stages
/// configured), so the stage follows the status category. Times are days after the fixture's origin.
@Suite struct NoHistoryRuleTests {
    static func csvItem(
        _ key: String, status: String, category: StatusCategory?, created: Double = 0, resolved: Double? = nil,
        categoryChanged: Double? = nil, resolution: String? = nil
    ) -> WorkItem {
        WorkItem(
            key: key, type: "Bug", status: status, statusCategory: category,
            statusCategoryChanged: categoryChanged.map(Fixture.at), project: "ONB", created: Fixture.at(created),
            resolved: resolved.map(Fixture.at), resolution: resolution, source: "jira-csv")
    }

    static func map(_ items: [WorkItem]) -> [ItemFlow] {
        let dataset = Dataset(
            items: items,
            sources: [
                SourceSummary(
                    file: "export.csv", format: "jira-csv", formatName: "Jira CSV export", items: items.count,
                    history: .none)
            ])
        return Mapper(valueStream: ValueStream()).map(dataset, asOf: Fixture.at(30))
    }

    @Test func aDoneItemEndsAtItsResolvedDate() {
        // Created 1, resolved 5: delivered, flow end 5 (rule resolvedDate), lead time 4, no flow start.
        let flow = Self.map([Self.csvItem("B-1", status: "Done", category: .done, created: 1, resolved: 5)])[0]
        #expect(flow.outcome == .delivered)
        #expect(flow.flowEnd == Fixture.at(5))
        #expect(flow.endRule == .resolvedDate)
        #expect(flow.flowStart == nil)
        #expect(flow.flowTimeDays == nil)
        #expect(flow.leadTimeDays == 4)
        #expect(flow.activeSeconds == nil)
        #expect(flow.waitSeconds == nil)
        #expect(flow.intervals.isEmpty)
    }

    @Test func aDoneItemWithoutResolvedDateEndsWhenItsCategoryBecameDone() {
        // No resolved date, Status Category Changed at 7, category Done: flow end 7; lead time 7 − 2 = 5.
        let flow = Self.map([Self.csvItem("B-2", status: "Listo", category: .done, created: 2, categoryChanged: 7)])[0]
        #expect(flow.flowEnd == Fixture.at(7))
        #expect(flow.endRule == .statusCategoryChanged)
        #expect(flow.leadTimeDays == 5)
    }

    @Test func anInProgressItemAgesFromItsCategoryChangeButHasNoFlowStart() {
        let flow = Self.map([
            Self.csvItem("B-3", status: "In Progress", category: .inProgress, created: 1, categoryChanged: 3)
        ])[0]
        #expect(flow.outcome == .inProgress)
        #expect(flow.flowStart == nil)
        #expect(flow.agingStart == Fixture.at(3))
        #expect(flow.startRule == .statusCategoryChangedStart)
        #expect(flow.activeSeconds == nil)
    }

    @Test func aDoneItemWithADiscardedResolutionIsDiscardedAtItsResolvedDate() {
        let flow = Self.map([
            Self.csvItem("B-4", status: "Done", category: .done, resolved: 4, resolution: "Duplicate")
        ])[0]
        #expect(flow.outcome == .discarded)
        #expect(flow.flowEnd == Fixture.at(4))
        #expect(flow.leadTimeDays == nil)
        // SPEC §3: "an item in a done stage whose resolution is listed … is discarded too": it stays in Done,
        // the default mapping's third stage.
        #expect(flow.stage == 2)
    }

    @Test func aToDoItemIsNotStartedAndAnUncategorisedStatusGoesToTheBacklog() {
        let flows = Self.map([
            Self.csvItem("B-5", status: "Open", category: .toDo),
            Self.csvItem("B-6", status: "Mystery", category: nil),
        ])
        #expect(flows.map(\.outcome) == [.notStarted, .notStarted])
        #expect(flows.map(\.stage) == [0, 0])
    }

    @Test func aDoneItemWithNoDateIsDeliveredWithoutAnEnd() {
        // Category Done but neither Resolved nor Status Category Changed: delivered, but in no window.
        let flow = Self.map([Self.csvItem("B-7", status: "Done", category: .done)])[0]
        #expect(flow.outcome == .delivered)
        #expect(flow.flowEnd == nil)
        #expect(flow.leadTimeDays == nil)
    }
}
