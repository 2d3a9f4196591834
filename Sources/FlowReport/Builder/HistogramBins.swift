import Foundation

/// Buckets of equal width for a histogram of durations in days.
enum HistogramBins {
    /// Widths tried, smallest first; the first that needs at most ``maximumBins`` buckets is used.
    static let widths: [Double] = [1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730, 1_825, 3_650]
    static let maximumBins = 12

    /// Bins `lower ≤ days < upper` from 0 (or below, for negative durations) up to the largest value.
    static func bins(_ values: [Double]) -> [HistogramBin] {
        guard let low = values.min(), let high = values.max() else { return [] }
        let floor = Swift.min(0, low)
        let fallback = Swift.max(1, ((high - floor) / Double(maximumBins - 1)).rounded(.up))
        let width = widths.first { binCount(from: floor, to: high, width: $0) <= maximumBins } ?? fallback
        let first = (floor / width).rounded(.down) * width
        let count = binCount(from: floor, to: high, width: width)
        var counts = [Int](repeating: 0, count: count)
        for value in values {
            let index = Int(((value - first) / width).rounded(.down))
            counts[Swift.max(0, Swift.min(count - 1, index))] += 1
        }
        return counts.enumerated().map { index, count in
            let lower = first + Double(index) * width
            return HistogramBin(lowerDays: lower, upperDays: lower + width, count: count)
        }
    }

    private static func binCount(from low: Double, to high: Double, width: Double) -> Int {
        let first = (low / width).rounded(.down) * width
        return Int(((high - first) / width).rounded(.down)) + 1
    }
}
