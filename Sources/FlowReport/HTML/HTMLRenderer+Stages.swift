import FlowMapping

/// Where time goes (stages), time in status and load by status.
extension HTMLRenderer {
    func writeStages(_ report: Report, into html: inout HTMLWriter) {
        html.section(.stages) { html in
            guard report.stages.contains(where: { $0.items > 0 }) else {
                html.absent(OutputProse.noStages)
                return
            }
            var table = HTMLTable([
                .text("Stage"), .text("Kind"), .number("Items"), .number("p50 (days)"), .number("p85 (days)"),
                .number("Total (days)"),
            ])
            for stage in report.stages {
                table.append(texts: [
                    stage.name, stage.kind.rawValue, OutputText.count(stage.items), OutputText.days(stage.p50Days),
                    OutputText.days(stage.p85Days), OutputText.days(stage.totalDays),
                ])
            }
            html.element(
                "p", [("class", "lead")],
                text: OutputProse.stagesLead(history: report.history))
            html.element("div", [("class", "charts")]) { html in
                HTMLFigure(
                    caption: "Time in each stage",
                    legend: [
                        .init(name: "Active (someone works on it)", color: Palette.blue),
                        .init(name: "Wait (a queue)", color: Palette.orange),
                    ], numbers: table
                ).render(into: &html) { html in
                    HorizontalBarChart(
                        label: "Horizontal bars of total days per stage: "
                            + report.stages.map { "\($0.name) \(OutputText.days($0.totalDays))" }.joined(
                                separator: ", ") + ".",
                        unit: "days",
                        rows: report.stages.map { stage in
                            HorizontalBarChart.Row(
                                label: stage.name, value: stage.totalDays, color: kindColor(stage.kind),
                                valueText: OutputText.days(stage.totalDays),
                                title:
                                    "\(stage.name) (\(stage.kind.rawValue)): \(OutputText.days(stage.totalDays)) days in total "
                                    + "over \(stage.items) items; p50 \(OutputText.days(stage.p50Days)), "
                                    + "p85 \(OutputText.days(stage.p85Days))"
                            )
                        }
                    ).render(into: &html)
                }
            }
            if let bottleneck = report.bottleneck {
                html.element("p", [("class", "callout")]) { html in
                    html.element("b", text: "Bottleneck candidate: ")
                    html.text(bottleneck + " — the stage where delivered items waited longest in total.")
                }
            }
        }
    }

    func kindColor(_ kind: StageKind) -> String {
        switch kind {
        case .active: Palette.blue
        case .wait: Palette.orange
        case .done: Palette.green
        case .discarded: Palette.purple
        case .backlog: Palette.grey
        }
    }

    func writeTimeInStatus(_ report: Report, into html: inout HTMLWriter) {
        html.section(.timeInStatus) { html in
            guard !report.timeInStatus.isEmpty else {
                html.absent(OutputProse.noTimeInStatus)
                return
            }
            var table = HTMLTable(
                [
                    .text("Status"), .number("Items"), .number("p50 (days)"), .number("p85 (days)"),
                    .number("Total (days)"),
                ],
                limit: Self.rowLimit)
            for row in report.timeInStatus {
                table.append(texts: [
                    row.status, OutputText.count(row.items), OutputText.days(row.p50Days), OutputText.days(row.p85Days),
                    OutputText.days(row.totalDays),
                ])
            }
            let rows = Array(report.timeInStatus.prefix(24))
            html.element("div", [("class", "charts")]) { html in
                HTMLFigure(
                    caption: "Total days per status, from Jira's Time in Status",
                    note: rows.count < report.timeInStatus.count
                        ? "The first \(rows.count) statuses; the table has all of them." : nil,
                    numbers: table
                ).render(into: &html) { html in
                    HorizontalBarChart(
                        label: "Horizontal bars of total days per status: "
                            + rows.map { "\($0.status) \(OutputText.days($0.totalDays))" }.joined(separator: ", ")
                            + ".",
                        unit: "days",
                        rows: rows.map { row in
                            HorizontalBarChart.Row(
                                label: row.status, value: row.totalDays, color: Palette.skyBlue,
                                valueText: OutputText.days(row.totalDays),
                                title: "\(row.status): \(OutputText.days(row.totalDays)) days over \(row.items) items")
                        }
                    ).render(into: &html)
                }
            }
        }
    }

    func writeLoad(_ report: Report, into html: inout HTMLWriter) {
        html.section(.load) { html in
            guard !report.loadByCategory.isEmpty || !report.statuses.isEmpty else {
                html.absent(OutputProse.noStatuses)
                return
            }
            if !report.loadByCategory.isEmpty {
                var table = HTMLTable([.text("Status category"), .number("Items")])
                for row in report.loadByCategory { table.append(texts: [row.category, OutputText.count(row.count)]) }
                html.element("div", [("class", "charts")]) { html in
                    HTMLFigure(caption: "Items by status category at export time", numbers: table).render(into: &html) {
                        html in
                        HorizontalBarChart(
                            label: "Horizontal bars of items per status category: "
                                + report.loadByCategory.map { "\($0.category) \($0.count)" }.joined(separator: ", ")
                                + ".",
                            unit: "items",
                            rows: report.loadByCategory.map { row in
                                HorizontalBarChart.Row(
                                    label: row.category, value: Double(row.count), color: categoryColor(row.category),
                                    valueText: String(row.count), title: "\(row.category): \(row.count) items")
                            }
                        ).render(into: &html)
                    }
                }
            }
            guard !report.statuses.isEmpty else { return }
            html.element("h3", text: "Statuses and the stage each maps to")
            var table = HTMLTable(
                [
                    .text("Status"), .text("Category"), .text("Stage"), .text("Kind"), .number("Items"),
                    .text("Mapping"),
                ],
                limit: Self.rowLimit)
            for row in report.statuses {
                table.append([
                    .text(row.status), .text(row.category ?? OutputText.missing), .text(row.stage),
                    .text(row.kind.rawValue),
                    .text(OutputText.count(row.count)),
                    row.unmapped
                        ? .badge("unmapped: placed by category", tone: "unmapped")
                        : .badge("configured", tone: "mapped"),
                ])
            }
            table.render(into: &html)
        }
    }

    private func categoryColor(_ category: String) -> String {
        switch category {
        case "To Do": Palette.grey
        case "In Progress": Palette.blue
        case "Done": Palette.green
        default: Palette.purple
        }
    }
}
