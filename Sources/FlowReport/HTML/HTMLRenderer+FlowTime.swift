/// Flow time: the scatter of delivered items with percentile lines, and the histogram.
extension HTMLRenderer {
    func writeFlowTime(_ report: Report, into html: inout HTMLWriter) {
        html.section(.flowTime) { html in
            guard !report.scatter.isEmpty || !report.histogram.isEmpty else {
                html.absent(OutputProse.noFlowTime)
                return
            }
            let measure = report.durationBasis.prefix(1).uppercased() + report.durationBasis.dropFirst()
            let percentiles = report.durationBasis == "lead time" ? report.summary.leadTime : report.summary.flowTime
            if let percentiles {
                html.element(
                    "p", [("class", "lead")],
                    text:
                        OutputProse.percentiles(measure, percentiles)
                )
            }
            html.element("div", [("class", "charts")]) { html in
                if !report.scatter.isEmpty {
                    writeScatter(report, measure: measure, percentiles: percentiles, into: &html)
                }
                if !report.histogram.isEmpty { writeHistogram(report, measure: measure, into: &html) }
            }
        }
    }

    private func writeScatter(_ report: Report, measure: String, percentiles: Percentiles?, into html: inout HTMLWriter)
    {
        let sorted = report.scatter.enumerated().sorted { ($0.element.done, $0.offset) < ($1.element.done, $1.offset) }
            .map(\.element)
        let shown = Array(sorted.suffix(Self.pointLimit))
        let window = report.window
        let references =
            percentiles.map { value in
                [
                    ChartReference(label: "p50 " + OutputText.days(value.p50), value: value.p50, color: Palette.green),
                    ChartReference(label: "p85 " + OutputText.days(value.p85), value: value.p85, color: Palette.orange),
                    ChartReference(
                        label: "p95 " + OutputText.days(value.p95), value: value.p95, color: Palette.vermillion),
                ]
            } ?? []
        var table = HTMLTable([.text("Delivered"), .text("Key"), .number(measure + " (days)")], limit: Self.rowLimit)
        table.moreText = "earlier items in report.json"
        for point in shown.reversed() {
            table.append(texts: [point.done.description, point.key, OutputText.days(point.days)])
        }
        let first = min(shown.first?.done ?? window.from, window.from)
        let last = max(shown.last?.done ?? window.to, window.to)
        var legend: [HTMLFigure.LegendEntry] = [
            .init(name: "In the window", color: Palette.blue, mark: .dot),
            .init(name: "Earlier", color: Palette.grey, mark: .dot),
        ]
        legend += references.map {
            .init(name: $0.label.replacingOccurrences(of: " ", with: " = ") + " days", color: $0.color, mark: .dashed)
        }
        let note =
            shown.count < report.scatter.count
            ? "The \(shown.count) most recent of \(report.scatter.count) items." : nil
        HTMLFigure(caption: "\(measure) of each delivered item", note: note, legend: legend, numbers: table).render(
            into: &html
        ) { html in
            ScatterChart(
                label:
                    "Scatter plot of \(measure.lowercased()) in days against delivery day for \(shown.count) items, "
                    + "from \(first) to \(last), with percentile lines of the window.",
                points: shown.map { point in
                    ScatterChart.Point(
                        day: point.done, value: point.days,
                        title: point.key + ": " + OutputText.days(point.days) + " days, delivered "
                            + point.done.description,
                        inWindow: point.done >= window.from && point.done <= window.to)
                },
                references: references, firstDay: first, lastDay: last, window: window.from...window.to
            ).render(into: &html)
        }
    }

    private func writeHistogram(_ report: Report, measure: String, into html: inout HTMLWriter) {
        let labels = report.histogram.map { bin in
            bin.upperDays.isFinite
                ? SVGNumber.format(bin.lowerDays) + "–" + SVGNumber.format(bin.upperDays)
                : "≥" + SVGNumber.format(bin.lowerDays)
        }
        var table = HTMLTable([.text("Days"), .number("Items")])
        for (label, bin) in zip(labels, report.histogram) { table.append(texts: [label, OutputText.count(bin.count)]) }
        HTMLFigure(
            caption: "How long deliveries in the window took",
            note: "Items per band of \(measure.lowercased()), in days; a band includes its lower bound.",
            numbers: table
        ).render(into: &html) { html in
            StackedBarChart(
                label:
                    "Histogram of \(measure.lowercased()) for items delivered in the window, \(report.histogram.count) bands "
                    + "from \(labels.first ?? "") to \(labels.last ?? "") days.",
                unit: "items", categories: labels,
                series: [
                    ChartSeries(name: "Items", color: Palette.blue, values: report.histogram.map { Double($0.count) })
                ], axisTitle: "days of \(measure.lowercased())"
            ).render(into: &html)
        }
    }
}
