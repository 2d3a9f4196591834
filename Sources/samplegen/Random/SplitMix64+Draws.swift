/// Draws built only from integer and basic floating-point arithmetic (no `log` or `exp`, whose
/// last bits may differ between C libraries), so results are identical everywhere.
extension SplitMix64 {
    /// A uniform integer in `0..<bound` (`bound` > 0), without modulo bias worth mentioning
    /// for the small bounds used here.
    mutating func int(below bound: Int) -> Int {
        Int(truncatingIfNeeded: (next() >> 1) % UInt64(bound))
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// One element of a non-empty array, uniformly.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(below: elements.count)]
    }

    /// One element chosen with the given integer weights (all ≥ 0, at least one > 0).
    mutating func pick<Element>(weighted choices: [(Element, Int)]) -> Element {
        let total = choices.reduce(0) { $0 + $1.1 }
        var roll = int(below: total)
        for (element, weight) in choices {
            if roll < weight { return element }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// A positive, right-skewed value with mean close to `mean`: most draws are a little below
    /// the mean, a few are several times it — how long work items sit in a status.
    ///
    /// Interpolates the inverse distribution function of a log-normal (σ = 0.8, mean 1) from a
    /// table, so no transcendental function is needed.
    mutating func skewed(mean: Double) -> Double {
        let position = unit() * Double(SplitMix64.skewQuantiles.count - 1)
        let lower = Int(position)
        let fraction = position - Double(lower)
        let low = SplitMix64.skewQuantiles[lower]
        let high = SplitMix64.skewQuantiles[min(lower + 1, SplitMix64.skewQuantiles.count - 1)]
        return mean * (low + (high - low) * fraction)
    }

    /// Quantiles at 0, 5, 10, 15 … 95, 100 % of a log-normal distribution with σ = 0.8 and
    /// mean 1 (the ends clipped to 0.08 and 6.5).
    private static let skewQuantiles: [Double] = [
        0.08, 0.195, 0.260, 0.318, 0.370, 0.424, 0.477, 0.533, 0.593, 0.657, 0.726, 0.803, 0.889,
        0.988, 1.104, 1.245, 1.424, 1.665, 2.023, 2.710, 6.5,
    ]
}
