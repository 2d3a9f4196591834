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
        let fullFormats = dataset.fullHistoryFormats
        var resolver = StatusResolver(map: map)
        var flowItems: [String: String] = [:]
        var teams: [String: String] = [:]
        return dataset.items.map { item in
            let hasHistory = !item.history.isEmpty || fullFormats.contains(item.source)
            var flow = flow(of: item, resolver: &resolver, hasHistory: hasHistory, asOf: asOf, classify: false)
            flow.flowItem = cached(item.type, in: &flowItems) { _ in classifier.flowItem(of: item) }
            let teamValue = classifier.teamValue(of: item)
            flow.team = cached(teamValue ?? "", in: &teams) { _ in classifier.team(forValue: teamValue) }
            flow.businessStep = classifier.businessStep(of: item)
            return flow
        }
    }

    /// `make(key)`, computed once per distinct key.
    private func cached(_ key: String, in cache: inout [String: String], _ make: (String) -> String) -> String {
        if let known = cache[key] { return known }
        let value = make(key)
        cache[key] = value
        return value
    }

    /// One item mapped with `map`. `hasHistory` says that an empty history means "never changed status"
    /// rather than "the format carries no history".
    public func flow(of item: WorkItem, map: StageMap, hasHistory: Bool, asOf: Date) -> ItemFlow {
        var resolver = StatusResolver(map: map)
        return flow(of: item, resolver: &resolver, hasHistory: hasHistory, asOf: asOf)
    }

    private func flow(
        of item: WorkItem, resolver: inout StatusResolver, hasHistory: Bool, asOf: Date, classify: Bool = true
    ) -> ItemFlow {
        let map = resolver.map
        var flow = ItemFlow(
            item: item, flowItem: classify ? classifier.flowItem(of: item) : "",
            team: classify ? classifier.team(of: item) : "",
            businessStep: classify ? classifier.businessStep(of: item) : nil, stage: 0, outcome: .notStarted)
        let intervals =
            hasHistory
            ? StageIntervals.build(
                history: StageIntervals.sorted(item.history), created: item.created, current: item.status,
                resolver: &resolver,
                currentStage: item.statusCategory.map { map.placement(of: item.status, category: $0).stage }
                    ?? resolver.resolve(item.status).stage)
            : []
        if intervals.isEmpty {
            let snapshot = SnapshotFlow(item: item, map: map)
            flow.stage = snapshot.stage
            flow.flowEnd = snapshot.flowEnd
            flow.endRule = snapshot.endRule
            flow.startRule = snapshot.startRule
            flow.agingStart = snapshot.agingStart
            flow.outcome = snapshot.outcome
            return flow
        }
        let derived = HistoryFlow(
            intervals: intervals, map: map, discardedResolution: map.isDiscarded(resolution: item.resolution),
            asOf: asOf)
        flow.intervals = derived.intervals
        flow.stage = derived.stage
        flow.flowStart = derived.flowStart
        flow.flowEnd = derived.flowEnd
        flow.startRule = derived.startRule
        flow.endRule = derived.endRule
        flow.outcome = derived.outcome
        flow.activeSeconds = derived.activeSeconds
        flow.waitSeconds = derived.waitSeconds
        flow.skippedFlow = derived.skippedFlow
        flow.agingStart = derived.flowStart
        return flow
    }
}
