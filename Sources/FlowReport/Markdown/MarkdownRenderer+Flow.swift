/// Where time goes, load by status, time in status and aging work.
extension MarkdownRenderer {
    func writeStages(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Where time goes")
        guard report.stages.contains(where: { $0.items > 0 }) else {
            absent(OutputProse.noStages, to: &markdown)
            return
        }
        var table = MarkdownTable([
            .left("Stage"), .left("Kind"), .right("Items"), .right("p50 (days)"), .right("p85 (days)"),
            .right("Total (days)"),
        ])
        for stage in report.stages {
            table.append([
                stage.name, stage.kind.rawValue, OutputText.count(stage.items), OutputText.days(stage.p50Days),
                OutputText.days(stage.p85Days), OutputText.days(stage.totalDays),
            ])
        }
        if report.history == .none { markdown.paragraph(.text(OutputProse.stagesLead(history: report.history))) }
        markdown.table(table)
        if let bottleneck = report.bottleneck {
            markdown.paragraph(.strong("Bottleneck candidate:"), .text(" " + bottleneck + " (the largest total wait)."))
        }
    }

    func writeLoad(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Load by status")
        guard !report.loadByCategory.isEmpty || !report.statuses.isEmpty else {
            absent(OutputProse.noStatuses, to: &markdown)
            return
        }
        if !report.loadByCategory.isEmpty {
            var table = MarkdownTable([.left("Status category"), .right("Items")])
            for row in report.loadByCategory { table.append([row.category, OutputText.count(row.count)]) }
            markdown.table(table)
        }
        if !report.statuses.isEmpty {
            var table = MarkdownTable([
                .left("Status"), .left("Category"), .left("Stage"), .left("Kind"), .right("Items"), .left("Mapped"),
            ])
            for row in report.statuses {
                table.append([
                    row.status, row.category ?? OutputText.missing, row.stage, row.kind.rawValue,
                    OutputText.count(row.count), row.unmapped ? "no, placed by category" : "yes",
                ])
            }
            markdown.table(table)
        }
    }

    func writeTimeInStatus(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Time in status")
        guard !report.timeInStatus.isEmpty else {
            absent(OutputProse.noTimeInStatus, to: &markdown)
            return
        }
        var table = MarkdownTable([
            .left("Status"), .right("Items"), .right("p50 (days)"), .right("p85 (days)"), .right("Total (days)"),
        ])
        for row in report.timeInStatus {
            table.append([
                row.status, OutputText.count(row.items), OutputText.days(row.p50Days), OutputText.days(row.p85Days),
                OutputText.days(row.totalDays),
            ])
        }
        markdown.table(table)
    }

    func writeAging(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Aging work in progress")
        guard !report.aging.isEmpty else {
            absent(OutputProse.noAging, to: &markdown)
            return
        }
        if let percentiles = report.agingFlowTime {
            markdown.paragraph(
                .text(
                    "\(report.aging.count) items in progress, oldest first. Flow time of the items delivered in the "
                        + "window and the 12 weeks before it: p50 \(OutputText.days(percentiles.p50)), "
                        + "p85 \(OutputText.days(percentiles.p85)), p95 \(OutputText.days(percentiles.p95)) days."
                ))
        } else {
            markdown.paragraph(.text("\(report.aging.count) items in progress, oldest first."))
        }
        var table = MarkdownTable([
            .left("Key"), .right("Age (days)"), .left("Beyond"), .left("Title"), .left("Team"), .left("Stage"),
            .left("Status"),
        ])
        for row in report.aging.prefix(Self.agingLimit) {
            table.append([
                row.key, OutputText.days(row.ageDays), row.beyond ?? "", row.title, row.team, row.stage, row.status,
            ])
        }
        markdown.table(table)
        if report.aging.count > Self.agingLimit {
            markdown.paragraph(
                .emphasis("… and \(report.aging.count - Self.agingLimit) more (all of them are in report.json)."))
        }
    }
}
