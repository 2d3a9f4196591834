import FlowModel
import Foundation

/// What `streamgauge inspect` shows about a dataset: its statuses, how each maps, and the dates it spans.
public struct MappingInspection: Sendable {
    /// The resolved stages, in flow order.
    public var stages: [Stage]
    /// Every status seen (current or in a history), in stage order, then by items now, then by name.
    public var statuses: [StatusUsage]
    /// The oldest and newest instants in the data.
    public var dateRange: ClosedRange<Date>?
    /// Items whose export carries status history (changes, or a format that records every change).
    public var itemsWithHistory: Int
    /// Items whose history the export said was cut short.
    public var itemsWithTruncatedHistory: Int

    /// Counts `dataset`'s statuses and places each with `valueStream`'s stages.
    public init(dataset: Dataset, valueStream: ValueStream) {
        let map = StageMap(valueStream: valueStream, statusCategories: dataset.statusCategories)
        stages = map.stages
        dateRange = dataset.timestampRange
        let fullFormats = dataset.fullHistoryFormats
        itemsWithHistory = dataset.items.count { !$0.history.isEmpty || fullFormats.contains($0.source) }
        itemsWithTruncatedHistory = dataset.items.count(where: \.historyTruncated)

        // Statuses are counted in slots: one per comparison key, found from each spelling once.
        var slotBySpelling: [String: Int] = [:]
        var slotByKey: [String: Int] = [:]
        var names: [String] = []
        var categories: [StatusCategory?] = []
        var itemCounts: [Int] = []
        var entryCounts: [Int] = []
        func slot(_ status: String) -> Int? {
            if let slot = slotBySpelling[status] { return slot < 0 ? nil : slot }
            let key = status.matchKey
            let slot: Int
            if key.isEmpty {
                slot = -1
            } else if let known = slotByKey[key] {
                slot = known
            } else {
                slot = names.count
                slotByKey[key] = slot
                names.append(status)
                categories.append(nil)
                itemCounts.append(0)
                entryCounts.append(0)
            }
            slotBySpelling[status] = slot
            return slot < 0 ? nil : slot
        }
        for item in dataset.items {
            if let current = slot(item.status) {
                itemCounts[current] += 1
                categories[current] = categories[current] ?? item.statusCategory
            }
            for change in item.history {
                if let from = change.from { _ = slot(from) }
                if let target = slot(change.to) { entryCounts[target] += 1 }
            }
        }
        statuses = names.indices.map { index in
            let placement = map.placement(of: names[index], category: categories[index])
            let stage = map.stages[placement.stage]
            return StatusUsage(
                status: names[index], category: placement.category, stageIndex: placement.stage, stage: stage.name,
                kind: stage.kind, unmapped: placement.unmapped, items: itemCounts[index], entries: entryCounts[index])
        }
        .sorted {
            ($0.stageIndex, -$0.items, -$0.entries, $0.status) < ($1.stageIndex, -$1.items, -$1.entries, $1.status)
        }
    }
}
