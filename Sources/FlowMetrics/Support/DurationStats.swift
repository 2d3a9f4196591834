/// p50, p85, p95 (nearest rank) and mean of a set of durations in days.
public struct DurationStats: Sendable, Hashable {
    /// Days at rank ⌈0.5 · n⌉.
    public var p50: Double
    /// Days at rank ⌈0.85 · n⌉.
    public var p85: Double
    /// Days at rank ⌈0.95 · n⌉.
    public var p95: Double
    /// The arithmetic mean, in days.
    public var mean: Double
    /// How many durations.
    public var count: Int

    /// The statistics of `values` (any order); `nil` when there are none.
    public init?(_ values: [Double]) {
        let sorted = values.sorted()
        guard let p50 = Percentile.nearestRank(sorted, percent: 50),
            let p85 = Percentile.nearestRank(sorted, percent: 85),
            let p95 = Percentile.nearestRank(sorted, percent: 95)
        else { return nil }
        self.p50 = p50
        self.p85 = p85
        self.p95 = p95
        mean = sorted.reduce(0, +) / Double(sorted.count)
        count = sorted.count
    }
}
