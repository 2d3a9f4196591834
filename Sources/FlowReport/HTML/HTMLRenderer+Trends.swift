/// Trends per week, flow distribution and the cumulative flow diagram.
extension HTMLRenderer {
    func writeTrends(_ report: Report, into html: inout HTMLWriter) {
        html.section(.trends) { html in
            guard !report.weeks.isEmpty else {
                html.absent(OutputProse.noWeeks)
                return
            }
            let weeks = report.weeks
            let labels = weeks.map { MarkdownRenderer.shortWeek($0.week) }
            let window = Set(weeks.indices.filter { weeks[$0].inWindow })
            let types = flowItemOrder(report)
            let colors = flowItemColors(report)
            html.element(
                "p", [("class", "lead")],
                text: "\(weeks.first?.week ?? "") to \(weeks.last?.week ?? ""); the shaded band is the report window.")
            html.element("div", [("class", "charts")]) { html in
                let typesShown = types.filter { type in weeks.contains { ($0.velocityByFlowItem[type] ?? 0) > 0 } }
                var velocity = HTMLTable([.text("Week"), .number("Total")] + typesShown.map { .number($0) })
                for week in weeks {
                    velocity.append(
                        texts: [week.week, OutputText.count(week.velocity)]
                            + typesShown.map { OutputText.count(week.velocityByFlowItem[$0] ?? 0) })
                }
                HTMLFigure(
                    caption: "Velocity: items delivered per week",
                    legend: typesShown.map { .init(name: $0, color: colors[$0] ?? Palette.grey) }, numbers: velocity
                ).render(into: &html) { html in
                    StackedBarChart(
                        label:
                            "Stacked bars of items delivered per week by flow item type, "
                            + "\(labels.first ?? "") to \(labels.last ?? ""), highest \(weeks.map(\.velocity).max() ?? 0).",
                        unit: "items", categories: labels,
                        series: typesShown.map { type in
                            ChartSeries(
                                name: type, color: colors[type] ?? Palette.grey,
                                values: weeks.map { Double($0.velocityByFlowItem[type] ?? 0) })
                        }, highlighted: window
                    ).render(into: &html)
                }
                writeTimeTrend(report, labels: labels, window: window, into: &html)
                writeLoadTrend(report, labels: labels, window: window, into: &html)
            }
        }
    }

    private func writeTimeTrend(_ report: Report, labels: [String], window: Set<Int>, into html: inout HTMLWriter) {
        let weeks = report.weeks
        var series: [ChartSeries] = []
        var legend: [HTMLFigure.LegendEntry] = []
        if weeks.contains(where: { $0.flowTimeP85 != nil }) {
            series.append(ChartSeries(name: "Flow time p85", color: Palette.blue, values: weeks.map(\.flowTimeP85)))
            legend.append(.init(name: "Flow time p85", color: Palette.blue, mark: .line))
        }
        if weeks.contains(where: { $0.leadTimeP85 != nil }) {
            series.append(
                ChartSeries(
                    name: "Lead time p85", color: Palette.vermillion, values: weeks.map(\.leadTimeP85), dashed: true))
            legend.append(.init(name: "Lead time p85", color: Palette.vermillion, mark: .dashed))
        }
        var table = HTMLTable([.text("Week"), .number("Flow time p85 (days)"), .number("Lead time p85 (days)")])
        for week in weeks {
            table.append(texts: [week.week, OutputText.days(week.flowTimeP85), OutputText.days(week.leadTimeP85)])
        }
        let figure = HTMLFigure(
            caption: "Flow time and lead time, 85th percentile per week",
            note: "85% of the week's deliveries took at most this many days; gaps are weeks with no deliveries.",
            legend: legend, numbers: table)
        figure.render(into: &html) { html in
            guard !series.isEmpty else {
                html.absent("No week has a delivered item with known dates.")
                return
            }
            LineChart(
                label:
                    "Line chart of the 85th percentile of flow time and lead time per week, in days, "
                    + "\(labels.first ?? "") to \(labels.last ?? "").",
                unit: "days", categories: labels, series: series, highlighted: window
            ).render(into: &html)
        }
    }

    private func writeLoadTrend(_ report: Report, labels: [String], window: Set<Int>, into html: inout HTMLWriter) {
        let weeks = report.weeks
        var table = HTMLTable([.text("Week"), .number("Load, daily average"), .number("Created"), .number("Delivered")])
        for week in weeks {
            table.append(texts: [
                week.week, OutputText.amount(week.loadAverage), OutputText.count(week.created),
                OutputText.count(week.velocity),
            ])
        }
        var series = [
            ChartSeries(name: "Created", color: Palette.orange, values: weeks.map { Double($0.created) }, dashed: true),
            ChartSeries(
                name: "Delivered", color: Palette.green, values: weeks.map { Double($0.velocity) }, dashed: true),
        ]
        if weeks.contains(where: { $0.loadAverage != nil }) {
            series.insert(
                ChartSeries(name: "Load (average)", color: Palette.blue, values: weeks.map(\.loadAverage)), at: 0)
        }
        let figure = HTMLFigure(
            caption: "Load, arrivals and departures per week",
            note:
                "Load is the daily average of items in progress; arrivals are items created, departures items delivered.",
            legend: series.map { .init(name: $0.name, color: $0.color, mark: $0.dashed ? .dashed : .line) },
            numbers: table)
        figure.render(into: &html) { html in
            LineChart(
                label:
                    "Line chart of " + series.map { $0.name.lowercased() }.joined(separator: ", ") + " per week, "
                    + "\(labels.first ?? "") to \(labels.last ?? "").",
                unit: "items", categories: labels, series: series, highlighted: window
            ).render(into: &html)
        }
    }

    func writeDistribution(_ report: Report, into html: inout HTMLWriter) {
        html.section(.distribution) { html in
            let delivered = report.summary.distribution
            let inProgress = report.summary.distributionInProgress
            guard !delivered.isEmpty || !inProgress.isEmpty else {
                html.absent(OutputProse.noDistribution)
                return
            }
            let colors = flowItemColors(report)
            let keys = flowItemOrder(report).filter { (delivered[$0] ?? 0) > 0 || (inProgress[$0] ?? 0) > 0 }
            var table = HTMLTable([.text("Flow item"), .number("Delivered"), .number("In progress at end")])
            for key in keys {
                table.append(texts: [key, OutputText.percent(delivered[key]), OutputText.percent(inProgress[key])])
            }
            let rows = [("Delivered in the window", delivered), ("In progress at the window's end", inProgress)]
                .filter { !$0.1.isEmpty }
                .map { title, shares in
                    ShareBarChart.Row(
                        label: title,
                        segments: keys.map {
                            .init(name: $0, share: shares[$0] ?? 0, color: colors[$0] ?? Palette.grey)
                        })
                }
            html.element("div", [("class", "charts")]) { html in
                HTMLFigure(
                    caption: "Share of each flow item type",
                    legend: keys.map { .init(name: $0, color: colors[$0] ?? Palette.grey) },
                    numbers: table
                ).render(into: &html) { html in
                    ShareBarChart(
                        label:
                            "Shares of flow item types. "
                            + "Delivered: \(OutputGlance.distribution(delivered, order: report.flowItems)). "
                            + "In progress: \(OutputGlance.distribution(inProgress, order: report.flowItems)).",
                        rows: rows
                    ).render(into: &html)
                }
            }
        }
    }

    func writeCumulativeFlow(_ report: Report, into html: inout HTMLWriter) {
        html.section(.cumulativeFlow) { html in
            guard let flow = report.cumulativeFlow, !flow.days.isEmpty else {
                html.absent(
                    OutputProse.noCumulativeFlow
                )
                return
            }
            let series = flow.stages.enumerated().map { index, stage in
                ChartSeries(
                    name: stage, color: Palette.color(at: index),
                    values: flow.counts.map { index < $0.count ? Double($0[index]) : nil })
            }
            var table = HTMLTable([.text("Day")] + flow.stages.map { .number($0) }, limit: Self.rowLimit)
            for (index, day) in flow.days.enumerated().reversed() {
                let counts = index < flow.counts.count ? flow.counts[index] : []
                table.append(
                    texts: [day.description]
                        + flow.stages.indices.map { $0 < counts.count ? String(counts[$0]) : OutputText.missing })
            }
            table.moreText = "earlier days in report.json"
            html.element("div", [("class", "charts")]) { html in
                HTMLFigure(
                    caption: "Items in each stage at the end of each day",
                    note: "Bands that widen are queues growing; the bottom band is the last stage.",
                    legend: series.map { .init(name: $0.name, color: $0.color) }, numbers: table
                ).render(into: &html) { html in
                    StackedAreaChart(
                        label:
                            "Cumulative flow diagram from \(flow.days.first?.description ?? "") "
                            + "to \(flow.days.last?.description ?? ""), stages \(flow.stages.joined(separator: ", ")).",
                        days: flow.days, series: series
                    ).render(into: &html)
                }
            }
        }
    }
}
