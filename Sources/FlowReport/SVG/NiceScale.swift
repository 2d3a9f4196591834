/// A linear axis from 0 to a round maximum, with round tick steps (1, 2, 2.5 or 5 × 10ⁿ).
struct NiceScale {
    let maximum: Double
    let step: Double

    /// A scale from 0 that holds `largest`, with about `ticks` intervals.
    init(largest: Double, ticks: Int = 5) {
        let target = largest.isFinite && largest > 0 ? largest : 1
        let rough = target / Double(max(ticks, 1))
        let magnitude = Self.power(of: rough)
        let fraction = rough / magnitude
        let nice: Double =
            fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        var step = nice * magnitude
        // Counts never need ticks finer than 1 when the maximum is small.
        if step < 1 && target >= 1 { step = 1 }
        self.step = step
        self.maximum = (target / step).rounded(.up) * step
    }

    /// Tick values from 0 to the maximum.
    var ticks: [Double] {
        let count = Int((maximum / step).rounded())
        return (0...max(count, 0)).map { Double($0) * step }
    }

    /// The largest power of ten not above `value`.
    private static func power(of value: Double) -> Double {
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        return power
    }
}
