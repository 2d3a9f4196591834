import FlowMapping
import FlowModel
import Foundation

/// The flow metrics of one window over a set of items (SPEC §4, the numbers of a report's `summary`).
public struct FlowNumbers: Sendable {
    /// Items delivered in the window.
    public var delivered: [ItemFlow]
    /// Flow velocity: how many were delivered.
    public var velocity: Int { delivered.count }
    /// Delivered items per flow item type.
    public var velocityByFlowItem: [String: Int]
    /// Flow time of delivered items whose flow start is known (days).
    public var flowTime: DurationStats?
    /// Lead time (flow end − created) of delivered items whose creation is known (days).
    public var leadTime: DurationStats?
    /// Σ active / Σ (active + wait) over the delivered items; `nil` without time in flow.
    public var flowEfficiency: Double?
    /// Daily load; `nil` when the data has no history, so no flow start is known.
    public var load: LoadSeries?
    /// Shares among the delivered items.
    public var distribution: [String: Double]
    /// Shares among the load at the window's end (empty without history).
    public var distributionInProgress: [String: Double]
    /// Items created in the window.
    public var created: Int
    /// Items discarded in the window.
    public var discarded: DiscardedWork

    /// Computes every number for `window` over `flows`; `historyKnown` says whether any item in the data
    /// has status history, which load needs.
    public init(flows: [ItemFlow], window: MetricWindow, historyKnown: Bool) {
        self.init(table: FlowTable(flows), window: window, historyKnown: historyKnown)
    }

    /// The same, over items already laid out in a ``FlowTable``: one scan of its columns, with the load read
    /// from the table's daily load.
    public init(table: FlowTable, window: MetricWindow, historyKnown: Bool) {
        let table = table.covering(window)
        let rows = table.rows(in: window)
        delivered = rows.delivered.map(table.flow)
        let counts = table.flowItemCounts(rows.delivered)
        velocityByFlowItem = table.byName(counts)
        distribution = table.shares(counts, total: rows.delivered.count)
        var flowTimes: [Double] = []
        var leadTimes: [Double] = []
        flowTimes.reserveCapacity(rows.delivered.count)
        leadTimes.reserveCapacity(rows.delivered.count)
        var active = 0.0
        var total = 0.0
        for row in rows.delivered {
            let end = table.end[row]
            let start = table.start[row]
            if !start.isNaN { flowTimes.append((end - start) / 86_400) }
            let created = table.created[row]
            if !created.isNaN { leadTimes.append((end - created) / 86_400) }
            let activeSeconds = table.active[row]
            let waitSeconds = table.wait[row]
            guard !activeSeconds.isNaN, !waitSeconds.isNaN else { continue }
            active += activeSeconds
            total += activeSeconds + waitSeconds
        }
        flowTime = DurationStats(flowTimes)
        leadTime = DurationStats(leadTimes)
        flowEfficiency = total > 0 ? active / total : nil
        if historyKnown {
            load = LoadSeries(days: window.days, samples: table.load(in: window))
            let inProgress = table.inProgressCounts(at: window.end)
            distributionInProgress = table.shares(inProgress.counts, total: inProgress.total)
        } else {
            load = nil
            distributionInProgress = [:]
        }
        created = rows.created
        // Without history no flow start is known: how many were discarded after it, and the time spent on
        // them, cannot be told (null, not 0).
        if historyKnown {
            var afterStart = 0
            var seconds = 0.0
            for row in rows.discarded {
                let start = table.start[row]
                let end = table.end[row]
                guard !start.isNaN, start <= end else { continue }
                afterStart += 1
                seconds += end - start
            }
            discarded = DiscardedWork(count: rows.discarded.count, afterStart: afterStart, daysSpent: seconds / 86_400)
        } else {
            discarded = DiscardedWork(count: rows.discarded.count, afterStart: nil, daysSpent: nil)
        }
    }
}
