/// Time in one stage over a set of delivered items.
public struct StageTime: Sendable, Hashable {
    /// Index into the stage map's stages.
    public var stage: Int
    /// Items that visited the stage before their flow end.
    public var items: Int
    /// Nearest-rank median and 85th percentile of the per-item totals, in days; `nil` when no item visited.
    public var p50Days: Double?
    /// Nearest-rank 85th percentile of the per-item totals, in days.
    public var p85Days: Double?
    /// Days summed over all items.
    public var totalDays: Double

    public init(stage: Int, items: Int, p50Days: Double?, p85Days: Double?, totalDays: Double) {
        self.stage = stage
        self.items = items
        self.p50Days = p50Days
        self.p85Days = p85Days
        self.totalDays = totalDays
    }
}
