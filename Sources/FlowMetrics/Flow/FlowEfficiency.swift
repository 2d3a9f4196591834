import FlowMapping

/// Flow efficiency of a set of items (SPEC §4): Σ active / Σ (active + wait).
public enum FlowEfficiency {
    /// The efficiency over the items whose active and wait time are known; `nil` when none spent any
    /// time in flow (no history, or all skipped the flow).
    public static func of(_ flows: [ItemFlow]) -> Double? {
        var active = 0.0
        var total = 0.0
        for flow in flows {
            guard let activeSeconds = flow.activeSeconds, let waitSeconds = flow.waitSeconds else { continue }
            active += activeSeconds
            total += activeSeconds + waitSeconds
        }
        return total > 0 ? active / total : nil
    }
}
