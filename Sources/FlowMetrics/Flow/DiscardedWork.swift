import FlowMapping

/// Discarded work (SPEC §4): items that ended without delivering, in a window.
public struct DiscardedWork: Sendable, Hashable {
    /// Items discarded in the window.
    public var count: Int
    /// Of those, the ones discarded after their flow had started; `nil` when the data has no history, so no
    /// flow start is known (SPEC §5: a value the data cannot give is null, never a guess).
    public var afterStart: Int?
    /// Days from flow start to discard, summed over `afterStart` items; `nil` when `afterStart` is.
    public var daysSpent: Double?

    /// Discarded work in `window`; `historyKnown` says whether any item in the data has status history,
    /// without which no flow start, so neither `afterStart` nor `daysSpent`, is known.
    public init(flows: [ItemFlow], window: MetricWindow, historyKnown: Bool = true) {
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
        self.afterStart = historyKnown ? afterStart : nil
        daysSpent = historyKnown ? seconds / 86_400 : nil
    }

    init(count: Int, afterStart: Int?, daysSpent: Double?) {
        self.count = count
        self.afterStart = afterStart
        self.daysSpent = daysSpent
    }
}
