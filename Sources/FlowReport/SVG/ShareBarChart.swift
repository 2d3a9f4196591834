/// 100 % stacked horizontal bars: how each row's whole divides between named parts (flow distribution).
struct ShareBarChart {
    struct Segment {
        var name: String
        /// 0…1.
        var share: Double
        var color: String
    }

    struct Row {
        var label: String
        var segments: [Segment]
    }

    var label: String
    var rows: [Row]

    func render(into html: inout HTMLWriter) {
        let rowHeight = 40.0
        var frame = ChartFrame(scale: NiceScale(largest: 1))
        frame.left = 8
        frame.right = 8
        frame.top = 4
        frame.bottom = 4
        frame.height = frame.top + rowHeight * Double(max(rows.count, 1)) + frame.bottom
        frame.svg(label: label, into: &html) { html in
            for (index, row) in rows.enumerated() {
                let y = frame.top + rowHeight * Double(index)
                html.element(
                    "text",
                    [("x", SVGNumber.format(frame.left)), ("y", SVGNumber.format(y + 12)), ("class", "row-label")],
                    text: row.label)
                var start = frame.left
                for segment in row.segments where segment.share > 0 {
                    let width = frame.plotWidth * min(segment.share, 1)
                    html.element(
                        "rect",
                        [
                            ("x", SVGNumber.format(start)), ("y", SVGNumber.format(y + 17)),
                            ("width", SVGNumber.format(width)),
                            ("height", "18"), ("fill", segment.color),
                        ]
                    ) { html in
                        html.element(
                            "title", text: row.label + " · " + segment.name + ": " + OutputText.percent(segment.share))
                    }
                    if width >= 34 {
                        html.element(
                            "text",
                            [
                                ("x", SVGNumber.format(start + width / 2)), ("y", SVGNumber.format(y + 26)),
                                ("dy", "0.35em"),
                                ("text-anchor", "middle"), ("class", "on-fill"),
                            ], text: OutputText.percent(segment.share))
                    }
                    start += width
                }
            }
        }
    }
}
