/// Nearest-rank percentiles (SPEC §4): pXX is the value at rank ⌈XX/100 · n⌉ of the ascending values.
public enum Percentile {
    /// The 1-based nearest rank of `percent` among `count` values: ⌈percent · count / 100⌉, at least 1.
    public static func rank(percent: Int, count: Int) -> Int {
        max(1, (percent * count + 99) / 100)
    }

    /// The `percent`th percentile of `sortedValues` (ascending); `nil` when there are none.
    public static func nearestRank(_ sortedValues: [Double], percent: Int) -> Double? {
        guard !sortedValues.isEmpty else { return nil }
        return sortedValues[min(rank(percent: percent, count: sortedValues.count), sortedValues.count) - 1]
    }
}
