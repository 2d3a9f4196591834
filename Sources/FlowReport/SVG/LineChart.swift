/// Lines over categories with a dot at every value; a `nil` value breaks the line.
struct LineChart {
    var label: String
    var unit: String
    var categories: [String]
    var series: [ChartSeries]
    var highlighted: Set<Int> = []

    func render(into html: inout HTMLWriter) {
        let largest = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let frame = ChartFrame(scale: NiceScale(largest: largest))
        frame.svg(label: label, into: &html) { html in
            let slot = frame.slotWidth(categories: categories.count)
            frame.drawHighlightedSlots(highlighted, categories: categories.count, into: &html)
            frame.drawYAxis(unit: unit, into: &html)
            for entry in series {
                let points: [(x: Double, y: Double, value: Double, index: Int)?] = entry.values.enumerated().map {
                    index, value in
                    guard let value, value.isFinite, index < categories.count else { return nil }
                    return (frame.left + slot * (Double(index) + 0.5), frame.y(value), value, index)
                }
                var path = ""
                var penDown = false
                for point in points {
                    guard let point else {
                        penDown = false
                        continue
                    }
                    path += (penDown ? "L" : "M") + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
                    penDown = true
                }
                var attributes: HTMLWriter.Attributes = [("class", "line"), ("d", path), ("stroke", entry.color)]
                if entry.dashed { attributes.append(("stroke-dasharray", "6 4")) }
                if !path.isEmpty { html.leaf("path", attributes) }
                for case let point? in points {
                    html.element(
                        "circle",
                        [
                            ("cx", SVGNumber.format(point.x)), ("cy", SVGNumber.format(point.y)), ("r", "3.5"),
                            ("fill", entry.color),
                        ]
                    ) { html in
                        html.element(
                            "title",
                            text: categories[point.index] + " · " + entry.name + ": " + OutputText.amount(point.value)
                                + " " + unit)
                    }
                }
            }
            frame.drawCategoryLabels(categories, into: &html)
        }
    }
}
