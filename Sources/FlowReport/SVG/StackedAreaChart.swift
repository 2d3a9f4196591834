import FlowModel

/// The cumulative flow diagram: one band per stage, stacked with the last stage at the bottom, over days.
struct StackedAreaChart {
    var label: String
    var days: [Day]
    /// In flow order; drawn bottom-up from the last.
    var series: [ChartSeries]

    func render(into html: inout HTMLWriter) {
        let totals = days.indices.map { index in
            series.reduce(0.0) { $0 + (index < $1.values.count ? $1.values[index] ?? 0 : 0) }
        }
        let frame = ChartFrame(scale: NiceScale(largest: totals.max() ?? 0))
        frame.svg(label: label, into: &html) { html in
            frame.drawYAxis(unit: "items", into: &html)
            guard !days.isEmpty else { return }
            let slot = frame.plotWidth / Double(days.count)
            let xs = days.indices.map { frame.left + slot * (Double($0) + 0.5) }
            var base = Array(repeating: 0.0, count: days.count)
            for entry in series.reversed() {
                let top = days.indices.map { base[$0] + (($0 < entry.values.count ? entry.values[$0] : nil) ?? 0) }
                var path = ""
                for index in days.indices {
                    path +=
                        (index == 0 ? "M" : "L") + SVGNumber.format(xs[index]) + " "
                        + SVGNumber.format(frame.y(top[index]))
                }
                for index in days.indices.reversed() {
                    path += "L" + SVGNumber.format(xs[index]) + " " + SVGNumber.format(frame.y(base[index]))
                }
                html.element("path", [("d", path + "Z"), ("fill", entry.color), ("class", "band")]) { html in
                    html.element("title", text: entry.name)
                }
                base = top
            }
            for (index, day) in days.enumerated() {
                html.element(
                    "rect",
                    [
                        ("class", "hover"), ("x", SVGNumber.format(frame.left + slot * Double(index))),
                        ("y", SVGNumber.format(frame.top)), ("width", SVGNumber.format(slot)),
                        ("height", SVGNumber.format(frame.plotHeight)),
                    ]
                ) { html in
                    let counts = series.map { entry in
                        entry.name + " "
                            + SVGNumber.format((index < entry.values.count ? entry.values[index] : nil) ?? 0)
                    }
                    html.element("title", text: day.description + ": " + counts.joined(separator: ", "))
                }
            }
            frame.drawCategoryLabels(days.map(DayLabel.short), into: &html)
        }
    }
}
