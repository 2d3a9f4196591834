/// Aging work in progress: the chart against flow-time percentiles and the oldest items.
extension HTMLRenderer {
    func writeAging(_ report: Report, into html: inout HTMLWriter) {
        html.section(.aging) { html in
            guard !report.aging.isEmpty else {
                html.absent(OutputProse.noAging)
                return
            }
            let percentiles = report.agingFlowTime
            html.element("p", [("class", "lead")]) { html in
                html.text("\(report.aging.count) items in progress at the window's end, oldest first. ")
                if percentiles != nil {
                    html.text(OutputProse.agingBasis)
                }
            }
            let shownOnChart = Array(report.aging.prefix(Self.pointLimit))
            var stages: [String] = []
            for row in shownOnChart where !stages.contains(row.stage) { stages.append(row.stage) }
            let order = report.stageNames.filter(stages.contains) + stages.filter { !report.stageNames.contains($0) }
            let references =
                percentiles.map { value in
                    [
                        ChartReference(
                            label: "p50 " + OutputText.days(value.p50), value: value.p50, color: Palette.green),
                        ChartReference(
                            label: "p85 " + OutputText.days(value.p85), value: value.p85, color: Palette.orange),
                        ChartReference(
                            label: "p95 " + OutputText.days(value.p95), value: value.p95, color: Palette.vermillion),
                    ]
                } ?? []
            var counts = HTMLTable([.text("Stage"), .number("Items"), .number("Oldest (days)")])
            for stage in order {
                let rows = shownOnChart.filter { $0.stage == stage }
                counts.append(texts: [stage, String(rows.count), OutputText.days(rows.first?.ageDays)])
            }
            html.element("div", [("class", "charts")]) { html in
                HTMLFigure(
                    caption: "Age of each item in progress, by stage",
                    note: shownOnChart.count < report.aging.count
                        ? "The \(shownOnChart.count) oldest of \(report.aging.count) items." : nil,
                    legend: [.init(name: "Item in progress", color: Palette.blue, mark: .dot)]
                        + references.map {
                            .init(
                                name: $0.label.replacingOccurrences(of: " ", with: " = ") + " days", color: $0.color,
                                mark: .dashed)
                        },
                    numbers: counts
                ).render(into: &html) { html in
                    StripChart(
                        label:
                            "Dots for the age in days of \(shownOnChart.count) items in progress, "
                            + "grouped by stage (\(order.joined(separator: ", "))), against flow-time percentiles.",
                        categories: order,
                        points: shownOnChart.map { row in
                            StripChart.Point(
                                category: order.firstIndex(of: row.stage) ?? 0, value: row.ageDays,
                                title:
                                    "\(row.key) · \(row.title) — "
                                    + "\(OutputText.days(row.ageDays)) days in progress, \(row.status)"
                            )
                        },
                        references: references
                    ).render(into: &html)
                }
            }
            html.element("h3", text: "Oldest items")
            // Age and how far beyond the percentiles it is come right after the key: on a phone the table
            // scrolls sideways, and they are what the table is for.
            var table = HTMLTable(
                [
                    .text("Key"), .number("Age (days)"), .text("Beyond"), .text("Title"), .text("Team"),
                    .text("Stage"), .text("Status"),
                ],
                limit: Self.agingLimit)
            for row in report.aging {
                table.append([
                    .text(row.key), .text(OutputText.days(row.ageDays)),
                    row.beyond.map { .badge($0, tone: $0) } ?? .empty,
                    .prose(row.title), .text(row.team), .text(row.stage), .text(row.status),
                ])
            }
            table.render(into: &html)
        }
    }
}
