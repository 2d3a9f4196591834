/// A named series of values for a chart, with its colour. `nil` values are gaps.
struct ChartSeries {
    var name: String
    var color: String
    var values: [Double?]
    /// Drawn dashed (a second line on the same axes).
    var dashed = false
}

/// A horizontal reference line across a chart (`p85 8.9 d`).
struct ChartReference {
    var label: String
    var value: Double
    var color: String
}
