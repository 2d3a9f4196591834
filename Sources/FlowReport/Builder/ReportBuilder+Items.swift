import FlowMapping
import FlowModel
import Foundation

extension ReportBuilder {
    /// Every item of the report, by key: each row a view of the item's flow.
    static func itemRows(_ items: MappedItems) -> [ItemRow] {
        let stages = ItemRowStages(names: items.map.stages.map(\.name))
        return KeyOrder.sortedIndices(items.flows.map(\.item.key)).map {
            ItemRow(flow: items.flows[$0], stages: stages)
        }
    }
}
