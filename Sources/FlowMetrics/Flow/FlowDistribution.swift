import FlowMapping

/// Flow distribution (SPEC §4): the share of each flow item type in a set of items.
public enum FlowDistribution {
    /// Shares (0…1) of each flow item type present in `flows`; empty for no items.
    public static func shares(_ flows: [ItemFlow]) -> [String: Double] {
        guard !flows.isEmpty else { return [:] }
        let total = Double(flows.count)
        return Velocity.byFlowItem(flows).mapValues { Double($0) / total }
    }
}
