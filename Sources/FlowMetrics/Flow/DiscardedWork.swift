import FlowMapping

/// Discarded work (SPEC §4): items that ended without delivering, in a window.
public struct DiscardedWork: Sendable, Hashable {
    /// Items discarded in the window.
    public var count: Int
    /// Of those, the ones discarded after their flow had started.
    public var afterStart: Int
    /// Days from flow start to discard, summed over `afterStart` items.
    public var daysSpent: Double

    public init(flows: [ItemFlow], window: MetricWindow) {
        var count = 0
        var afterStart = 0
        var seconds = 0.0
        for flow in flows where flow.outcome == .discarded && window.contains(flow.flowEnd) {
            count += 1
            guard let start = flow.flowStart, let end = flow.flowEnd, start <= end else { continue }
            afterStart += 1
            seconds += end.timeIntervalSince(start)
        }
        self.count = count
        self.afterStart = afterStart
        daysSpent = seconds / 86_400
    }

    init(count: Int, afterStart: Int, daysSpent: Double) {
        self.count = count
        self.afterStart = afterStart
        self.daysSpent = daysSpent
    }
}
