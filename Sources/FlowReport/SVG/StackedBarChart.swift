/// Vertical bars over categories, one segment per series stacked bottom-up, with the total above each
/// bar. With one series it is a plain bar chart (the flow-time histogram).
struct StackedBarChart {
    var label: String
    var unit: String
    var categories: [String]
    var series: [ChartSeries]
    /// Categories drawn on a shaded band (the weeks of the report window).
    var highlighted: Set<Int> = []
    /// What the categories measure, under their labels at the right (`days of flow time`); none for weeks.
    var axisTitle: String?

    func render(into html: inout HTMLWriter) {
        let totals = categories.indices.map { index in
            series.reduce(0.0) { $0 + (index < $1.values.count ? $1.values[index] ?? 0 : 0) }
        }
        var frame = ChartFrame(scale: NiceScale(largest: totals.max() ?? 0))
        if axisTitle != nil {
            frame.bottom += 18
            frame.height += 18
        }
        frame.svg(label: label, into: &html) { html in
            let slot = frame.slotWidth(categories: categories.count)
            frame.drawHighlightedSlots(highlighted, categories: categories.count, into: &html)
            frame.drawYAxis(unit: unit, into: &html)
            let barWidth = min(slot * 0.7, 48)
            for (index, category) in categories.enumerated() {
                let x = frame.left + slot * Double(index) + (slot - barWidth) / 2
                var base = 0.0
                for entry in series {
                    let value = index < entry.values.count ? entry.values[index] ?? 0 : 0
                    guard value > 0 else { continue }
                    let top = frame.y(base + value)
                    html.element(
                        "rect",
                        [
                            ("x", SVGNumber.format(x)), ("y", SVGNumber.format(top)),
                            ("width", SVGNumber.format(barWidth)),
                            ("height", SVGNumber.format(frame.y(base) - top)), ("fill", entry.color),
                        ]
                    ) { html in
                        let name = series.count > 1 ? " · " + entry.name : ""
                        html.element("title", text: category + name + ": " + SVGNumber.format(value) + " " + unit)
                    }
                    base += value
                }
                if totals[index] > 0 {
                    html.element(
                        "text",
                        [
                            ("x", SVGNumber.format(x + barWidth / 2)), ("y", SVGNumber.format(frame.y(base) - 4)),
                            ("text-anchor", "middle"), ("class", "value"),
                        ], text: SVGNumber.format(totals[index]))
                }
            }
            frame.drawCategoryLabels(categories, into: &html)
            if let axisTitle {
                html.element(
                    "text",
                    [
                        ("x", SVGNumber.format(frame.width - frame.right)),
                        ("y", SVGNumber.format(frame.plotBottom + 38)), ("text-anchor", "end"), ("class", "unit"),
                    ], text: axisTitle)
            }
        }
    }
}
