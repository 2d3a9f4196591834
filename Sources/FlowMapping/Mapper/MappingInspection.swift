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
        var itemsWithHistory = 0
        var itemsWithTruncatedHistory = 0
        for index in dataset.items.indices {
            if !dataset.items[index].history.isEmpty
                || (!fullFormats.isEmpty && fullFormats.contains(dataset.items[index].source))
            {
                itemsWithHistory += 1
            }
            if dataset.items[index].historyTruncated { itemsWithTruncatedHistory += 1 }
        }
        self.itemsWithHistory = itemsWithHistory
        self.itemsWithTruncatedHistory = itemsWithTruncatedHistory
        statuses = Self.statuses(of: dataset.items, map: map)
    }

    /// Every status the dataset's items show (current or in a history), placed by the value stream's stages:
    /// ``statuses`` alone, for a report, which needs neither the date range nor the history counts.
    public static func statuses(of dataset: Dataset, valueStream: ValueStream) -> [StatusUsage] {
        statuses(
            of: dataset.items, map: StageMap(valueStream: valueStream, statusCategories: dataset.statusCategories))
    }

    private static func statuses(of items: [WorkItem], map: StageMap) -> [StatusUsage] {
        // Statuses are counted in slots: one per comparison key, found from each spelling once.
        var slots = StatusSlots()
        for index in items.indices {
            if let current = slots.slot(items[index].status) {
                slots.itemCounts[current] += 1
                slots.categories[current] = slots.categories[current] ?? items[index].statusCategory
            }
            let history = items[index].history
            for change in history.indices {
                // A change usually leaves the status the one before it entered, which already has its slot.
                if let from = history[change].from, change == 0 || from != history[change - 1].to {
                    _ = slots.slot(from)
                }
                if let target = slots.slot(history[change].to) { slots.entryCounts[target] += 1 }
            }
        }
        let names = slots.names
        let categories = slots.categories
        let itemCounts = slots.itemCounts
        let entryCounts = slots.entryCounts
        return names.indices.map { index in
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

/// The statuses of a dataset being counted: one slot per comparison key, in the order keys are first seen,
/// named by the first spelling seen.
private struct StatusSlots {
    var names: [String] = []
    var categories: [StatusCategory?] = []
    var itemCounts: [Int] = []
    var entryCounts: [Int] = []
    private var spellings = SpellingCodes()
    /// Per spelling code: its slot, or -1 for a blank status.
    private var slotOfSpelling: [Int] = []
    private var slotByKey: [String: Int] = [:]

    /// The slot of `status`; `nil` for a blank one.
    mutating func slot(_ status: String) -> Int? {
        let code = spellings.code(status)
        if code == slotOfSpelling.count {
            let key = status.matchKey
            if key.isEmpty {
                slotOfSpelling.append(-1)
            } else if let known = slotByKey[key] {
                slotOfSpelling.append(known)
            } else {
                slotByKey[key] = names.count
                slotOfSpelling.append(names.count)
                names.append(status)
                categories.append(nil)
                itemCounts.append(0)
                entryCounts.append(0)
            }
        }
        let slot = slotOfSpelling[code]
        return slot < 0 ? nil : slot
    }
}
