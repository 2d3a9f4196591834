import FlowMetrics

extension FlowSummary {
    /// The report form of `numbers` over a span of `days` days.
    ///
    /// Distributions list every type of `flowItems` (0 for absent ones) when there is anything to share out.
    /// `scale` multiplies the counts (velocity, per flow item, created, discarded), rounded to whole items:
    /// the baseline uses it to give averages for a span of the window's length.
    init(_ numbers: FlowNumbers, days: Int, flowItems: [String], scale: Double = 1) {
        func scaled(_ count: Int) -> Int { scale == 1 ? count : Int((Double(count) * scale).rounded()) }
        func shares(_ values: [String: Double]) -> [String: Double] {
            guard !values.isEmpty else { return [:] }
            var all = values
            for name in flowItems where all[name] == nil { all[name] = 0 }
            return all
        }
        self.init(
            velocity: scaled(numbers.velocity),
            velocityByFlowItem: numbers.velocityByFlowItem.mapValues(scaled),
            flowTime: numbers.flowTime.map(Percentiles.init),
            leadTime: numbers.leadTime.map(Percentiles.init),
            flowEfficiency: numbers.flowEfficiency,
            load: numbers.load.map { Load(end: $0.end, average: $0.average) },
            distribution: shares(numbers.distribution),
            distributionInProgress: shares(numbers.distributionInProgress),
            created: scaled(numbers.created),
            discarded: scaled(numbers.discarded.count),
            days: days,
            velocityPerWeek: days > 0 ? Double(numbers.velocity) * 7 / Double(days) : nil)
    }
}

extension Percentiles {
    init(_ stats: DurationStats) {
        self.init(p50: stats.p50, p85: stats.p85, p95: stats.p95, mean: stats.mean, count: stats.count)
    }
}

extension MetricWindow {
    /// The number of days covered.
    var dayCount: Int { from.distance(to: to) + 1 }
}
