import FlowMapping
import FlowModel
import Foundation

/// Cumulative flow (SPEC §4): for each day, how many items are in each stage at the end of that day.
///
/// Only items with history have stage intervals; an item counts from its creation (its first interval).
public struct CumulativeFlowSeries: Sendable, Hashable {
    /// The days sampled, first to last.
    public var days: [Day]
    /// `counts[day][stage]`.
    public var counts: [[Int]]

    public init(flows: [ItemFlow], window: MetricWindow, stageCount: Int) {
        var sweeps = [DaySweep](repeating: DaySweep(instants: window.dayEnds), count: stageCount)
        for flow in flows {
            for interval in flow.intervals where interval.stage < stageCount {
                sweeps[interval.stage].add(start: interval.start, end: interval.end)
            }
        }
        days = window.days
        let perStage = sweeps.map(\.counts)
        counts = days.indices.map { day in perStage.map { $0[day] } }
    }
}
