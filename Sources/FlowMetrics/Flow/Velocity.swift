import FlowMapping
import FlowModel

/// Flow velocity (SPEC §4): items delivered — not discarded — whose flow end falls in the window.
public enum Velocity {
    /// The delivered items whose flow end falls in `window`, in their given order.
    public static func delivered(_ flows: [ItemFlow], in window: MetricWindow) -> [ItemFlow] {
        flows.filter { $0.outcome == .delivered && window.contains($0.flowEnd) }
    }

    /// How many of `flows` there are of each flow item type.
    public static func byFlowItem(_ flows: [ItemFlow]) -> [String: Int] {
        flows.reduce(into: [:]) { counts, flow in counts[flow.flowItem, default: 0] += 1 }
    }
}
