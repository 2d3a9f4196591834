import FlowMetrics
import Testing

/// SPEC §4: nearest-rank percentiles — pXX is the value at rank ⌈XX/100 · n⌉ of the ascending values.
@Suite struct PercentileTests {
    @Test func twentyValuesTakeRanksTenSeventeenAndNineteen() throws {
        // n = 20: p50 rank ⌈10⌉ = 10 → 10, p85 rank ⌈17⌉ = 17 → 17, p95 rank ⌈19⌉ = 19 → 19; mean 210/20 = 10.5.
        let stats = try #require(DurationStats((1...20).reversed().map(Double.init)))
        #expect(stats == DurationStats.make(p50: 10, p85: 17, p95: 19, mean: 10.5, count: 20))
    }

    @Test func threeValuesRoundRanksUp() throws {
        // n = 3, sorted [1, 2, 3]: p50 rank ⌈1.5⌉ = 2 → 2, p85 rank ⌈2.55⌉ = 3 → 3, p95 → 3; mean 2.
        let stats = try #require(DurationStats([3, 1, 2]))
        #expect(stats == DurationStats.make(p50: 2, p85: 3, p95: 3, mean: 2, count: 3))
    }

    @Test func sevenValuesPutP85AtRankSix() {
        // n = 7: ⌈0.85 · 7⌉ = ⌈5.95⌉ = 6.
        #expect(Percentile.nearestRank([1, 2, 3, 4, 5, 6, 7], percent: 85) == 6)
        #expect(Percentile.rank(percent: 85, count: 7) == 6)
    }

    @Test func oneValueIsEveryPercentileAndNoValuesGiveNone() {
        #expect(Percentile.nearestRank([4], percent: 95) == 4)
        #expect(Percentile.nearestRank([], percent: 50) == nil)
        #expect(DurationStats([]) == nil)
    }
}

extension DurationStats {
    /// The expected statistics, built from the values a test worked out by hand.
    static func make(p50: Double, p85: Double, p95: Double, mean: Double, count: Int) -> DurationStats? {
        guard var stats = DurationStats([0]) else { return nil }
        stats.p50 = p50
        stats.p85 = p85
        stats.p95 = p95
        stats.mean = mean
        stats.count = count
        return stats
    }
}
