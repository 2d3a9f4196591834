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
    public func map(_ dataset: Dataset, asOf: Date) -> [ItemFlow] {
        let map = stageMap(for: dataset)
        let fullHistoryFormats = dataset.fullHistoryFormats
        let items = dataset.items
        // Each item is read in place through the buffer: an array subscript would copy it.
        return items.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var context = MappingContext(map: map, classifier: classifier, fullHistoryFormats: fullHistoryFormats)
            var flows: [ItemFlow] = []
            flows.reserveCapacity(buffer.count)
            for index in buffer.indices {
                flows.append(context.flow(of: base + index, in: items, at: index, asOf: asOf))
            }
            return flows
        }
    }

    /// One item mapped with `map`. `hasHistory` says that an empty history means "never changed status"
    /// rather than "the format carries no history".
    public func flow(of item: WorkItem, map: StageMap, hasHistory: Bool, asOf: Date) -> ItemFlow {
        var context = MappingContext(map: map, classifier: classifier, fullHistoryFormats: [])
        return withUnsafePointer(to: item) { pointer in
            context.flow(of: pointer, in: [item], at: 0, hasHistory: hasHistory, asOf: asOf)
        }
    }
}
