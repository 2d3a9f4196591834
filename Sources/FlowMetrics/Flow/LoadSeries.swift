import FlowMapping
import FlowModel
import Foundation

/// Flow load (WIP) sampled at the end of each day of a window (SPEC §4).
///
/// An item is in the load at instant `t` when its flow start ≤ `t` and it has no flow end ≤ `t`. Discarded
/// items leave the load when they are discarded; items with no known flow start (no history) are never in it.
public struct LoadSeries: Sendable, Hashable {
    /// The days sampled, first to last.
    public var days: [Day]
    /// Items in the load at the end of each day.
    public var samples: [Int]

    public init(flows: [ItemFlow], window: MetricWindow) {
        self.init(table: FlowTable(flows, grid: DayGrid(covering: window)), window: window)
    }

    public init(table: FlowTable, window: MetricWindow) {
        self.init(days: window.days, samples: table.covering(window).load(in: window))
    }

    init(days: [Day], samples: [Int]) {
        self.days = days
        self.samples = samples
    }

    /// The mean of the daily samples.
    public var average: Double {
        samples.isEmpty ? 0 : Double(samples.reduce(0, +)) / Double(samples.count)
    }

    /// The sample at the end of the window's last day.
    public var end: Int { samples.last ?? 0 }

    /// The items in the load at the end of a day whose next midnight is `instant`: flow start before it, and no
    /// flow end before it. The end of a day is its last moment: an event at midnight belongs to the day it
    /// begins, as a flow end at midnight counts in that day's velocity (SPEC §4's windows are whole days).
    public static func inProgress(_ flows: [ItemFlow], at instant: Date) -> [ItemFlow] {
        flows.filter { flow in
            guard let start = flow.flowStart, start < instant else { return false }
            return flow.flowEnd.map { $0 >= instant } ?? true
        }
    }
}
