/// The geometry shared by the charts: a fixed viewBox (scaled by CSS to the page's width), a plot area
/// inside margins for the axes, and the y-axis's scale.
struct ChartFrame {
    var width: Double = 480
    var height: Double = 240
    var left: Double = 40
    var right: Double = 12
    var top: Double = 28
    var bottom: Double = 30
    var scale: NiceScale

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }
    var plotBottom: Double { height - bottom }

    /// The y coordinate of a value on the scale.
    func y(_ value: Double) -> Double {
        plotBottom - plotHeight * min(max(value, 0), scale.maximum) / scale.maximum
    }

    /// Opens the `<svg>` element with its text alternative; `content` draws inside.
    func svg(label: String, into html: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        html.element(
            "svg",
            [
                ("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"), ("role", "img"),
                ("aria-label", label),
            ]
        ) { html in
            html.element("title", text: label)
            content(&html)
        }
    }

    /// The width of each of `count` category slots across the plot.
    func slotWidth(categories count: Int) -> Double { plotWidth / Double(max(count, 1)) }

    /// A shaded band behind each of the `highlighted` category slots (the report window's weeks).
    func drawHighlightedSlots(_ highlighted: Set<Int>, categories count: Int, into html: inout HTMLWriter) {
        let slot = slotWidth(categories: count)
        for index in highlighted.sorted() where index < count {
            html.leaf(
                "rect",
                [
                    ("class", "window"), ("x", SVGNumber.format(left + slot * Double(index))),
                    ("y", SVGNumber.format(top)), ("width", SVGNumber.format(slot)),
                    ("height", SVGNumber.format(plotHeight)),
                ])
        }
    }

    /// Horizontal grid lines with their values at the left, and the unit above them.
    func drawYAxis(unit: String, into html: inout HTMLWriter) {
        for tick in scale.ticks {
            let y = SVGNumber.format(self.y(tick))
            html.leaf(
                "line",
                [
                    ("class", tick == 0 ? "axis" : "grid"), ("x1", SVGNumber.format(left)),
                    ("x2", SVGNumber.format(width - right)), ("y1", y), ("y2", y),
                ])
            html.element(
                "text", [("x", SVGNumber.format(left - 6)), ("y", y), ("dy", "0.32em"), ("text-anchor", "end")],
                text: SVGNumber.format(tick))
        }
        html.element("text", [("x", "2"), ("y", "13"), ("class", "unit")], text: unit)
    }

    /// Category labels centred under their slots, thinned out so they never overlap.
    func drawCategoryLabels(_ labels: [String], into html: inout HTMLWriter) {
        guard !labels.isEmpty else { return }
        let slot = plotWidth / Double(labels.count)
        let longest = Double(labels.map(\.count).max() ?? 1)
        // About 8.5 units per character at the 15 px used on narrow screens, plus a gap.
        let every = max(1, Int(((longest * 8.5 + 10) / slot).rounded(.up)))
        for (index, label) in labels.enumerated() where index % every == 0 {
            let x = left + slot * (Double(index) + 0.5)
            html.element(
                "text",
                [("x", SVGNumber.format(x)), ("y", SVGNumber.format(plotBottom + 18)), ("text-anchor", "middle")],
                text: label)
        }
    }

    /// Room between the baselines of two reference labels, in viewBox units (14 px text on narrow screens).
    static let referenceSpacing = 15.0

    /// Dashed horizontal reference lines with their labels at the right end (``drawReferenceLines(_:into:)``
    /// then ``drawReferenceLabels(_:into:)``).
    func drawReferences(_ references: [ChartReference], into html: inout HTMLWriter) {
        drawReferenceLines(references, into: &html)
        drawReferenceLabels(references, into: &html)
    }

    /// Dashed horizontal reference lines across the plot, each with its label as tooltip.
    func drawReferenceLines(_ references: [ChartReference], into html: inout HTMLWriter) {
        for reference in references where reference.value <= scale.maximum {
            let y = SVGNumber.format(self.y(reference.value))
            html.element(
                "line",
                [
                    ("class", "reference"), ("x1", SVGNumber.format(left)), ("x2", SVGNumber.format(width - right)),
                    ("y1", y), ("y2", y), ("stroke", reference.color),
                ]
            ) { html in
                html.element("title", text: reference.label)
            }
        }
    }

    /// The reference lines' labels at their right end, just above their lines; labels of lines close together
    /// are moved apart so they never overlap. Drawn after the marks so that no dot hides them.
    func drawReferenceLabels(_ references: [ChartReference], into html: inout HTMLWriter) {
        let shown = references.filter { $0.value <= scale.maximum }
        let baselines = referenceBaselines(shown.map { self.y($0.value) - 4 })
        for (reference, baseline) in zip(shown, baselines) {
            html.element(
                "text",
                [
                    ("x", SVGNumber.format(width - right - 2)), ("y", SVGNumber.format(baseline)),
                    ("text-anchor", "end"), ("class", "reference-label"),
                ], text: reference.label)
        }
    }

    /// `wanted` baselines moved apart by at least ``referenceSpacing``, top to bottom, and kept inside the plot.
    func referenceBaselines(_ wanted: [Double]) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] < wanted[$1] }
        var placed = wanted
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(wanted[index], previous + Self.referenceSpacing)
            previous = placed[index]
        }
        // Labels pushed below the plot move up together; the top one may then sit above the plot's top.
        if let lowest = order.last, placed[lowest] > plotBottom - 2 {
            let lift = placed[lowest] - (plotBottom - 2)
            for index in order { placed[index] -= lift }
        }
        return placed
    }
}
