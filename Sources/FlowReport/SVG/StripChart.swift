/// Dots in columns (one per category) against horizontal reference lines: the aging work-in-progress
/// chart, with each item's age in its current stage against the flow-time percentiles.
struct StripChart {
    struct Point {
        var category: Int
        var value: Double
        var title: String
    }

    var label: String
    var categories: [String]
    var points: [Point]
    var references: [ChartReference]

    func render(into html: inout HTMLWriter) {
        let largest = max(points.map(\.value).max() ?? 0, references.map(\.value).max() ?? 0)
        var frame = ChartFrame(scale: NiceScale(largest: largest))
        let slot = frame.plotWidth / Double(max(categories.count, 1))
        // Every stage is named: the labels take the room under the plot they need, the plot keeps its height.
        let axis = CategoryAxis(categories, slot: slot)
        frame.height += axis.height - frame.bottom
        frame.bottom = axis.height
        frame.svg(label: label, into: &html) { html in
            frame.drawYAxis(unit: "days", into: &html)
            for index in categories.indices where index % 2 == 1 {
                html.leaf(
                    "rect",
                    [
                        ("class", "window"), ("x", SVGNumber.format(frame.left + slot * Double(index))),
                        ("y", SVGNumber.format(frame.top)), ("width", SVGNumber.format(slot)),
                        ("height", SVGNumber.format(frame.plotHeight)),
                    ])
            }
            frame.drawReferenceLines(references, into: &html)
            var placed = Array(repeating: 0, count: categories.count)
            for point in points where point.category < categories.count {
                // Spread dots of one column sideways in a fixed pattern so they do not hide each other.
                let order = placed[point.category]
                placed[point.category] += 1
                let offset = Double((order * 7) % 9 - 4) / 4 * min(slot * 0.3, 40)
                let x = frame.left + slot * (Double(point.category) + 0.5) + offset
                html.element(
                    "circle",
                    [
                        ("cx", SVGNumber.format(x)), ("cy", SVGNumber.format(frame.y(point.value))), ("r", "4.5"),
                        ("class", "dot"),
                    ]
                ) { html in
                    html.element("title", text: point.title)
                }
            }
            frame.drawReferenceLabels(references, into: &html)
            axis.draw(left: frame.left, plotBottom: frame.plotBottom, into: &html)
        }
    }
}
