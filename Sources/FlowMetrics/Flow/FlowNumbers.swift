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

    /// The same, over items already laid out in a ``FlowTable``.
    public init(table: FlowTable, window: MetricWindow, historyKnown: Bool) {
        delivered = table.delivered(in: window).map { table.flows[$0] }
        velocityByFlowItem = Velocity.byFlowItem(delivered)
        flowTime = DurationStats(delivered.compactMap(\.flowTimeDays))
        leadTime = DurationStats(delivered.compactMap(\.leadTimeDays))
        flowEfficiency = FlowEfficiency.of(delivered)
        distribution = FlowDistribution.shares(delivered)
        if historyKnown {
            load = LoadSeries(table: table, window: window)
            distributionInProgress = table.shares(table.inProgress(at: window.end))
        } else {
            load = nil
            distributionInProgress = [:]
        }
        let lower = window.start.timeIntervalSinceReferenceDate
        let upper = window.end.timeIntervalSinceReferenceDate
        created = table.created.count { $0 >= lower && $0 < upper }
        let discardedHere = table.outcome.indices.filter {
            table.outcome[$0] == .discarded && table.end[$0] >= lower && table.end[$0] < upper
        }
        discarded = DiscardedWork(flows: discardedHere.map { table.flows[$0] }, window: window)
    }
}
