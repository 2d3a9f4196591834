import FlowModel

/// Delivered items by completion day (x) and days taken (y), with percentile lines across. Points inside
/// the report window are drawn in colour, earlier ones in grey.
struct ScatterChart {
    struct Point {
        var day: Day
        var value: Double
        var title: String
        var inWindow: Bool
    }

    var label: String
    var points: [Point]
    var references: [ChartReference]
    var firstDay: Day
    var lastDay: Day
    /// The report window, drawn as a shaded band.
    var window: ClosedRange<Day>

    func render(into html: inout HTMLWriter) {
        let largest = max(points.map(\.value).max() ?? 0, references.map(\.value).max() ?? 0)
        var frame = ChartFrame(scale: NiceScale(largest: largest))
        frame.right = 16
        frame.svg(label: label, into: &html) { html in
            let span = Double(max(firstDay.distance(to: lastDay), 1))
            func x(_ day: Day) -> Double {
                frame.left + 6 + (frame.plotWidth - 12) * Double(firstDay.distance(to: day)) / span
            }
            let bandStart = x(max(window.lowerBound, firstDay)) - 4
            let bandEnd = x(min(window.upperBound, lastDay)) + 4
            if bandEnd > bandStart {
                html.leaf(
                    "rect",
                    [
                        ("class", "window"), ("x", SVGNumber.format(bandStart)), ("y", SVGNumber.format(frame.top)),
                        ("width", SVGNumber.format(bandEnd - bandStart)),
                        ("height", SVGNumber.format(frame.plotHeight)),
                    ])
            }
            frame.drawYAxis(unit: "days", into: &html)
            for point in points {
                html.element(
                    "circle",
                    [
                        ("cx", SVGNumber.format(x(point.day))), ("cy", SVGNumber.format(frame.y(point.value))),
                        ("r", "4"), ("class", point.inWindow ? "dot" : "dot earlier"),
                    ]
                ) { html in
                    html.element("title", text: point.title)
                }
            }
            frame.drawReferences(references, into: &html)
            let tickCount = min(4, max(1, firstDay.distance(to: lastDay)))
            for step in 0...tickCount {
                let day = firstDay.advanced(by: Int((span * Double(step) / Double(tickCount)).rounded()))
                html.element(
                    "text",
                    [
                        ("x", SVGNumber.format(x(day))), ("y", SVGNumber.format(frame.plotBottom + 18)),
                        ("text-anchor", step == 0 ? "start" : step == tickCount ? "end" : "middle"),
                    ], text: DayLabel.short(day))
            }
        }
    }
}
