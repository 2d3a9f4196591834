import FlowMapping
import FlowModel
import Foundation
import Testing

/// The mapper's flows share the dataset's array of items instead of copying each; changing one flow's item
/// must change nothing else.
@Suite struct ItemFlowTests {
    static let dataset = Dataset(items: [
        WorkItem(key: "PAY-1", title: "First", status: "Done", statusCategory: .done, project: "PAY"),
        WorkItem(key: "PAY-2", title: "Second", status: "To Do", statusCategory: .toDo, project: "PAY"),
    ])

    @Test func eachFlowReadsItsOwnItem() {
        let flows = Mapper(valueStream: ValueStream()).map(Self.dataset, asOf: Date.utc(year: 2026, month: 11, day: 1))
        #expect(flows.map(\.item) == Self.dataset.items)
    }

    @Test func changingAFlowsItemChangesOnlyThatFlow() {
        var flows = Mapper(valueStream: ValueStream()).map(Self.dataset, asOf: Date.utc(year: 2026, month: 11, day: 1))
        let before = flows[0]
        flows[0].item.title = "Renamed"
        flows[0].item.labels.append("moved")
        #expect(flows[0].item.title == "Renamed")
        #expect(flows[0].item.labels == ["moved"])
        #expect(flows[0].item.key == "PAY-1")
        #expect(before.item.title == "First")
        #expect(flows[1].item.title == "Second")
        #expect(Self.dataset.items[0].title == "First")
        // The flow's own values are untouched: PAY-1 is still delivered, in the Done stage (index 2 of the
        // default stages To Do, In Progress, Done, Discarded).
        #expect(flows[0].outcome == .delivered)
        #expect(flows[0].stage == 2)
    }
}
