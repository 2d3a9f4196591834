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

    /// An interval adds one to the end of every day from the one that holds its start up to (not including) the
    /// one that holds its end; an open interval never ends. The end of a day is its last moment: an interval
    /// that starts at midnight counts from the day it begins (``LoadSeries/inProgress(_:at:)``).
    public init(flows: [ItemFlow], window: MetricWindow, stageCount: Int) {
        let grid = DayGrid(covering: window)
        let lower = grid.first.distance(to: window.from)
        let dayCount = window.dayEnds.count
        func sample(_ time: Date) -> Int {
            let day = grid.position(time.timeIntervalSinceReferenceDate) ?? 0
            return Swift.max(0, Swift.min(day - lower, dayCount))
        }
        // steps[stage * (dayCount + 1) + day]
        var steps = [Int](repeating: 0, count: stageCount * (dayCount + 1))
        for flow in flows {
            let intervals = flow.intervals
            for index in intervals.indices where intervals[index].stage < stageCount {
                let first = sample(intervals[index].start)
                let last = intervals[index].end.map(sample) ?? dayCount
                guard first < last else { continue }
                let base = intervals[index].stage * (dayCount + 1)
                steps[base + first] += 1
                steps[base + last] -= 1
            }
        }
        days = window.days
        var running = [Int](repeating: 0, count: stageCount)
        counts = (0..<dayCount).map { day in
            for stage in 0..<stageCount { running[stage] += steps[stage * (dayCount + 1) + day] }
            return running
        }
    }
}
