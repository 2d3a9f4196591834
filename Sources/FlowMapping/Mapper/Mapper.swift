import Dispatch
import FlowModel
import Foundation

/// Places every item of a dataset on the value stream: its stage intervals, flow dates, outcome, active and
/// wait time, flow item type, team and business step (SPEC §3, §4).
public struct Mapper: Sendable {
    /// The configuration items are mapped with.
    public let valueStream: ValueStream
    private let classifier: ItemClassifier

    public init(valueStream: ValueStream) {
        self.valueStream = valueStream
        classifier = ItemClassifier(valueStream: valueStream)
    }

    /// The stages, resolved against the status categories `dataset` gives.
    public func stageMap(for dataset: Dataset) -> StageMap {
        StageMap(valueStream: valueStream, statusCategories: dataset.statusCategories)
    }

    /// Every item of `dataset`, in the dataset's order, mapped with ``stageMap(for:)``.
    ///
    /// `asOf` ends the open intervals of items still in flow: pass the data's newest timestamp
    /// (``FlowModel/Dataset/newestTimestamp``).
    ///
    /// A large dataset is mapped in two halves on two threads, each with its own memory of the spellings it
    /// met; an item's flow depends on the item alone, so the flows are those of mapping in order.
    public func map(_ dataset: Dataset, asOf: Date) -> [ItemFlow] {
        let map = stageMap(for: dataset)
        let fullHistoryFormats = dataset.fullHistoryFormats
        let items = dataset.items
        let parts = items.count >= Self.itemsWorthASecondThread ? 2 : 1
        // Each item is read in place through the buffer (an array subscript would copy it), and each flow is
        // made in its place in the result: the two halves fill two ranges of one array.
        return items.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return [ItemFlow](unsafeUninitializedCapacity: buffer.count) { flows, initialized in
                guard let first = flows.baseAddress else { return }
                let places = SharedForReading((items: base, flows: first))
                let count = buffer.count
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    var context = MappingContext(
                        map: map, classifier: classifier, fullHistoryFormats: fullHistoryFormats)
                    let owner = WorkItemsOwner(items)
                    for index in (count * part / parts)..<(count * (part + 1) / parts) {
                        (places.value.flows + index).initialize(
                            to: context.flow(of: places.value.items + index, in: owner, at: index, asOf: asOf))
                    }
                }
                initialized = buffer.count
            }
        }
    }

    /// Below this many items one thread maps them all: starting a second costs more than it saves.
    static let itemsWorthASecondThread = 20_000

    /// One item mapped with `map`. `hasHistory` says that an empty history means "never changed status"
    /// rather than "the format carries no history".
    public func flow(of item: WorkItem, map: StageMap, hasHistory: Bool, asOf: Date) -> ItemFlow {
        var context = MappingContext(map: map, classifier: classifier, fullHistoryFormats: [])
        return withUnsafePointer(to: item) { pointer in
            context.flow(of: pointer, in: WorkItemsOwner([item]), at: 0, hasHistory: hasHistory, asOf: asOf)
        }
    }
}
