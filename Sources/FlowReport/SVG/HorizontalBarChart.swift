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

    /// Row labels longer than this are shortened (the tooltip and the table keep them whole).
    static let labelLength = 15

    func render(into html: inout HTMLWriter) {
        let rowHeight = 28.0
        var frame = ChartFrame(scale: NiceScale(largest: rows.map(\.value).max() ?? 0, ticks: 4))
        frame.left = 132
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
                html.element(
                    "text",
                    [
                        ("x", SVGNumber.format(frame.left - 8)), ("y", middle), ("dy", "0.32em"),
                        ("text-anchor", "end"), ("class", "row-label"),
                    ],
                    text: Self.shortened(row.label))
                html.element(
                    "rect",
                    [
                        ("x", SVGNumber.format(frame.left)), ("y", SVGNumber.format(y + 5)),
                        ("width", SVGNumber.format(max(x(row.value) - frame.left, row.value > 0 ? 1 : 0))),
                        ("height", SVGNumber.format(rowHeight - 10)), ("fill", row.color),
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

    static func shortened(_ label: String) -> String {
        label.count > labelLength ? String(label.prefix(labelLength - 1)) + "…" : label
    }
}
