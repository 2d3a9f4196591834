import FlowMapping
import FlowModel
import Foundation

extension ReportBuilder {
    /// Every item of the report, by key: each row a view of the item's flow.
    static func itemRows(_ scope: ReportScope) -> [ItemRow] {
        let stages = ItemRowStages(names: scope.map.stages.map(\.name))
        return KeyOrder.sortedIndices(scope.flows.map(\.item.key)).map {
            ItemRow(flow: scope.flows[$0], stages: stages)
        }
    }
}
