import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// The first part of a ``ReportScope``: the items mapped onto the value stream, the team filter applied, and the
/// window. The sprints and the item rows need nothing more, so the report builder starts them on a second core
/// while the rest of the scope (its table of every item's flow) is built.
struct MappedItems: Sendable {
    let stream: ValueStream
    let clock: LocalClock
    let map: StageMap
    /// The data's newest timestamp: open intervals end here. The report's generation time when the data has none.
    let asOf: Date
    /// True when `asOf` comes from the data.
    let asOfIsData: Bool
    /// Every item, before the team filter.
    let all: [ItemFlow]
    /// The items the report is about, in the dataset's order.
    let flows: [ItemFlow]
    let window: MetricWindow

    init(stream: ValueStream, dataset: Dataset, request: WindowRequest, teams: [String], now: Date) {
        self.stream = stream
        clock = LocalClock(timeZone: stream.timeZone)
        let mapper = Mapper(valueStream: stream)
        map = mapper.stageMap(for: dataset)
        let newest = dataset.newestTimestamp
        asOf = newest ?? now
        asOfIsData = newest != nil
        all = mapper.map(dataset, asOf: asOf)
        flows = ReportScope.filter(all, teams: teams, names: stream.teamNames)
        let requested = request.resolve(newest: asOf, clock: clock, weekStart: stream.weekStart)
        window = MetricWindow(from: requested.lowerBound, to: requested.upperBound, clock: clock)
    }
}
