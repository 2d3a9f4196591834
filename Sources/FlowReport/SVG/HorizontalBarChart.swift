/// One horizontal bar per row, labelled on the left, with its value at the bar's end.
struct HorizontalBarChart {
    struct Row {
        var label: String
        var value: Double
        var color: String
        /// Shown after the bar (`9.5 d`).
        var valueText: String
        /// The tooltip.
        var title: String
    }

    var label: String
    var unit: String
    var rows: [Row]

    /// The widest a row label's line may be, in viewBox units; a longer label goes on two lines, and a line
    /// still too long ends in `…` (the tooltip and the table keep it whole).
    static let labelWidth = 158.0
    /// Labels up to this wide stay on one line.
    static let oneLineWidth = 124.0

    /// Each row's label as drawn: one line, or two when it is long.
    static func labelLines(_ label: String) -> [String] {
        let lines = TextWidth.of(label) <= oneLineWidth ? [label] : TextWidth.twoLines(label)
        return lines.map { TextWidth.shortened($0, toFit: labelWidth) }
    }

    func render(into html: inout HTMLWriter) {
        let labels = rows.map { Self.labelLines($0.label) }
        let twoLines = labels.contains { $0.count > 1 }
        let rowHeight = twoLines ? 38.0 : 28.0
        var frame = ChartFrame(scale: NiceScale(largest: rows.map(\.value).max() ?? 0, ticks: 4))
        // The labels' column is as wide as the widest label needs, within bounds.
        let widest = labels.flatMap { $0 }.map(TextWidth.of).max() ?? 0
        frame.left = min(max(widest + 14, 60), Self.labelWidth + 14)
        frame.right = 48
        frame.top = 8
        frame.height = frame.top + rowHeight * Double(max(rows.count, 1)) + frame.bottom
        frame.svg(label: label, into: &html) { html in
            func x(_ value: Double) -> Double {
                frame.left + frame.plotWidth * min(max(value, 0), frame.scale.maximum) / frame.scale.maximum
            }
            for tick in frame.scale.ticks {
                let position = SVGNumber.format(x(tick))
                html.leaf(
                    "line",
                    [
                        ("class", tick == 0 ? "axis" : "grid"), ("x1", position), ("x2", position),
                        ("y1", SVGNumber.format(frame.top)), ("y2", SVGNumber.format(frame.plotBottom)),
                    ])
                html.element(
                    "text",
                    [("x", position), ("y", SVGNumber.format(frame.plotBottom + 16)), ("text-anchor", "middle")],
                    text: SVGNumber.format(tick))
            }
            html.element(
                "text",
                [
                    ("x", SVGNumber.format(frame.left - 8)), ("y", SVGNumber.format(frame.plotBottom + 16)),
                    ("text-anchor", "end"), ("class", "unit"),
                ],
                text: unit)
            for (index, row) in rows.enumerated() {
                let y = frame.top + rowHeight * Double(index)
                let middle = SVGNumber.format(y + rowHeight / 2)
                drawLabel(labels[index], of: row.label, x: frame.left - 8, middle: y + rowHeight / 2, into: &html)
                html.element(
                    "rect",
                    [
                        ("x", SVGNumber.format(frame.left)), ("y", SVGNumber.format(y + rowHeight / 2 - 9)),
                        ("width", SVGNumber.format(max(x(row.value) - frame.left, row.value > 0 ? 1 : 0))),
                        ("height", "18"), ("fill", row.color),
                    ]
                ) { html in
                    html.element("title", text: row.title)
                }
                html.element(
                    "text",
                    [("x", SVGNumber.format(x(row.value) + 5)), ("y", middle), ("dy", "0.32em"), ("class", "value")],
                    text: row.valueText)
            }
        }
    }

    /// A row label right-aligned before the bar, its lines centred on the row; a shortened label keeps its
    /// whole text in a tooltip.
    private func drawLabel(
        _ lines: [String], of label: String, x: Double, middle: Double, into html: inout HTMLWriter
    ) {
        let lineHeight = 15.0
        let first = middle - lineHeight * Double(lines.count - 1) / 2
        let left = SVGNumber.format(x)
        html.element(
            "text",
            [
                ("x", left), ("y", SVGNumber.format(first)), ("dy", "0.32em"), ("text-anchor", "end"),
                ("class", "row-label"),
            ]
        ) { html in
            if lines.joined(separator: " ") != label { html.element("title", text: label) }
            for (index, line) in lines.enumerated() {
                guard index > 0 else {
                    html.element("tspan", text: line)
                    continue
                }
                html.element("tspan", [("x", left), ("dy", SVGNumber.format(lineHeight))], text: line)
            }
        }
    }
}
