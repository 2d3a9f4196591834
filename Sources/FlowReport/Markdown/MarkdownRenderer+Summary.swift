/// At a glance, trends and flow distribution.
extension MarkdownRenderer {
    func writeGlance(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "At a glance")
        let glance = OutputGlance(report)
        var table = MarkdownTable([
            .left("Metric"), .right("This window"), .right(glance.previousName), .right("Change"), .right("Baseline"),
            .right("Change"),
        ])
        for row in glance.rows {
            let label = row.unit == "days" ? row.label + " (days)" : row.label
            table.append([
                label, row.now, row.previous, row.changeFromPrevious, row.baseline, row.changeFromBaseline,
            ])
        }
        table.append([
            "Distribution, delivered",
            OutputGlance.distribution(report.summary.distribution, order: report.flowItems),
            report.previous.map { OutputGlance.distribution($0.distribution, order: report.flowItems) }
                ?? OutputText.missing, "",
            report.baseline.map { OutputGlance.distribution($0.distribution, order: report.flowItems) }
                ?? OutputText.missing, "",
        ])
        markdown.table(table)
        markdown.paragraph(
            .emphasis(
                "Durations are elapsed days. "
                    + OutputProse.comparisons(
                        previousName: OutputGlance.previousName(report), baselineDays: report.baseline?.days)
            ))
    }

    func writeTrends(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Trends")
        guard !report.weeks.isEmpty else {
            absent(OutputProse.noWeeks, to: &markdown)
            return
        }
        let labels = report.weeks.map { Self.shortWeek($0.week) }
        let velocities = report.weeks.map { Double($0.velocity) }
        markdown.mermaid(
            .xy(
                title: "Velocity per week (items delivered)", categories: labels, yLabel: "items",
                yMaximum: NiceScale(largest: velocities.max() ?? 0).maximum, bar: velocities))
        let flowTimes = report.weeks.map(\.flowTimeP85)
        let leadTimes = report.weeks.map(\.leadTimeP85)
        let longest = (flowTimes + leadTimes).compactMap { $0 }.max() ?? 0
        if longest > 0 {
            var series: [[Double?]] = []
            if flowTimes.contains(where: { $0 != nil }) { series.append(flowTimes) }
            if leadTimes.contains(where: { $0 != nil }) { series.append(leadTimes) }
            let title =
                series.count == 2
                ? "Flow time p85 (lower line) and lead time p85 per week"
                : flowTimes.contains(where: { $0 != nil }) ? "Flow time p85 per week" : "Lead time p85 per week"
            markdown.mermaid(
                .xy(
                    title: title,
                    categories: labels, yLabel: "days", yMaximum: NiceScale(largest: longest).maximum,
                    lines: series))
        }
        let loads = report.weeks.map(\.loadAverage)
        if let highest = loads.compactMap({ $0 }).max() {
            markdown.mermaid(
                .xy(
                    title: "Load per week (daily average of items in progress)", categories: labels,
                    yLabel: "items", yMaximum: NiceScale(largest: highest).maximum, lines: [loads]))
        }
        markdown.paragraph(
            .emphasis("Weeks with no value are drawn at 0 in the charts; the table has the exact numbers."))
        writeWeekTable(report, to: &markdown)
    }

    private func writeWeekTable(_ report: Report, to markdown: inout MarkdownWriter) {
        let types = OutputOrdering.series(report.flowItems, in: report.weeks.map(\.velocityByFlowItem))
        var columns: [MarkdownTable.Column] = [.left("Week"), .left("Days"), .right("Velocity")]
        columns += types.map { .right($0) }
        columns += [
            .right("Flow time p85"), .right("Lead time p85"), .right("Load (avg)"), .right("Created"),
        ]
        var table = MarkdownTable(columns)
        for week in report.weeks {
            var cells = [
                week.week + (week.inWindow ? " (window)" : ""), "\(week.from) – \(week.to)",
                OutputText.count(week.velocity),
            ]
            cells += types.map { OutputText.count(week.velocityByFlowItem[$0] ?? 0) }
            cells += [
                OutputText.days(week.flowTimeP85), OutputText.days(week.leadTimeP85),
                OutputText.amount(week.loadAverage), OutputText.count(week.created),
            ]
            table.append(cells)
        }
        markdown.table(table)
    }

    func writeDistribution(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Flow distribution")
        let delivered = report.summary.distribution
        let inProgress = report.summary.distributionInProgress
        guard !delivered.isEmpty || !inProgress.isEmpty else {
            absent(OutputProse.noDistribution, to: &markdown)
            return
        }
        for (title, shares) in [
            ("Delivered in the window", delivered), ("In progress at the window's end", inProgress),
        ]
        where !shares.isEmpty {
            let keys = OutputOrdering.keys(of: shares, preferred: report.flowItems)
            markdown.mermaid(
                .pie(title: title + ", percent by flow item type", slices: keys.map { ($0, (shares[$0] ?? 0) * 100) }))
        }
        var table = MarkdownTable([.left("Flow item"), .right("Delivered"), .right("In progress at end")])
        let keys = OutputOrdering.keys(
            of: delivered.merging(inProgress) { first, _ in first }, preferred: report.flowItems)
        for key in keys {
            table.append([key, OutputText.percent(delivered[key]), OutputText.percent(inProgress[key])])
        }
        markdown.table(table)
    }

    /// `W47` for `2026-W47`; a day label (`2026-11-15`) becomes `11-15`.
    static func shortWeek(_ label: String) -> String {
        if let range = label.range(of: "-W") { return String(label[label.index(after: range.lowerBound)...]) }
        let parts = label.split(separator: "-")
        return parts.count == 3 ? parts[1] + "-" + parts[2] : label
    }
}
