/// Teams side by side, the business value stream and sprints.
extension HTMLRenderer {
    func writeTeams(_ report: Report, into html: inout HTMLWriter) {
        html.section(.teams) { html in
            guard !report.teamRows.isEmpty else {
                html.absent(OutputProse.noTeams)
                return
            }
            writeSideBySide(report.teamRows, title: "Team", report, into: &html)
        }
    }

    func writeBusinessStream(_ report: Report, into html: inout HTMLWriter) {
        html.section(.business) { html in
            guard !report.businessSteps.isEmpty else {
                html.absent(OutputProse.noBusinessStream)
                return
            }
            html.element(
                "p", [("class", "lead")],
                text: "Team work cascaded into the steps of the business value stream, in the stream's order.")
            writeSideBySide(report.businessSteps, title: "Step", report, into: &html)
        }
    }

    private func writeSideBySide(_ rows: [TeamRow], title: String, _ report: Report, into html: inout HTMLWriter) {
        let hasVelocity = rows.contains { $0.summary.velocity > 0 }
        let hasFlowTime = rows.contains { $0.summary.flowTime != nil }
        if hasVelocity || hasFlowTime {
            html.element("div", [("class", "charts")]) { html in
                if hasVelocity { writeVelocityBars(rows, title: title, into: &html) }
                if hasFlowTime { writeFlowTimeBars(rows, title: title, into: &html) }
            }
        }
        html.element("h3", text: title == "Team" ? "Teams side by side" : "Steps side by side")
        let colors = flowItemColors(report)
        var table = HTMLTable(
            [
                .text(title), .number("Velocity"), .number("Flow time p50"), .number("Flow time p85"),
                .number("Lead time p85"), .number("Flow efficiency"), .number("Load at end"), .number("Load (avg)"),
                .text("Distribution"),
            ], limit: Self.rowLimit)
        for row in rows {
            let summary = row.summary
            let numbers = [
                OutputText.count(summary.velocity), OutputText.days(summary.flowTime?.p50),
                OutputText.days(summary.flowTime?.p85), OutputText.days(summary.leadTime?.p85),
                OutputText.percent(summary.flowEfficiency), OutputText.count(summary.load?.end),
                OutputText.amount(summary.load?.average),
            ]
            let shares = OutputOrdering.keys(of: summary.distribution, preferred: report.flowItems).map { name in
                HTMLTable.Share(
                    name: name, share: summary.distribution[name] ?? 0, color: colors[name] ?? Palette.grey)
            }
            table.append([.words(row.name)] + numbers.map { .text($0) } + [.shares(shares)])
        }
        table.render(into: &html)
        html.element("p", [("class", "more")], text: "Durations in days.")
    }

    /// Rows drawn as bars at most; the numbers table lists them all.
    private static let barLimit = 24

    private func writeVelocityBars(_ rows: [TeamRow], title: String, into html: inout HTMLWriter) {
        let shown = rows.prefix(Self.barLimit)
        var table = HTMLTable([.text(title), .number("Velocity")])
        for row in rows { table.append(texts: [row.name, OutputText.count(row.summary.velocity)]) }
        let figure = HTMLFigure(caption: "Velocity in the window", note: barNote(rows), numbers: table)
        figure.render(into: &html) { html in
            HorizontalBarChart(
                label: "Horizontal bars of items delivered in the window: "
                    + shown.map { "\($0.name) \($0.summary.velocity)" }.joined(separator: ", ") + ".",
                unit: "items",
                rows: shown.map { row in
                    HorizontalBarChart.Row(
                        label: row.name, value: Double(row.summary.velocity), color: Palette.blue,
                        valueText: String(row.summary.velocity), title: "\(row.name): \(row.summary.velocity) delivered"
                    )
                }
            ).render(into: &html)
        }
    }

    private func writeFlowTimeBars(_ rows: [TeamRow], title: String, into html: inout HTMLWriter) {
        let shown = rows.prefix(Self.barLimit)
        var table = HTMLTable([.text(title), .number("Flow time p85 (days)")])
        for row in rows { table.append(texts: [row.name, OutputText.days(row.summary.flowTime?.p85)]) }
        let figure = HTMLFigure(caption: "Flow time p85 in the window", note: barNote(rows), numbers: table)
        figure.render(into: &html) { html in
            HorizontalBarChart(
                label: "Horizontal bars of the 85th percentile of flow time in days: "
                    + shown.map { "\($0.name) \(OutputText.days($0.summary.flowTime?.p85))" }.joined(separator: ", ")
                    + ".",
                unit: "days",
                rows: shown.map { row in
                    let p85 = OutputText.days(row.summary.flowTime?.p85)
                    return HorizontalBarChart.Row(
                        label: row.name, value: row.summary.flowTime?.p85 ?? 0, color: Palette.orange, valueText: p85,
                        title: "\(row.name): flow time p85 \(p85) days")
                }
            ).render(into: &html)
        }
    }

    private func barNote(_ rows: [TeamRow]) -> String? {
        rows.count > Self.barLimit ? "The first \(Self.barLimit); the table has all \(rows.count)." : nil
    }

    func writeSprints(_ report: Report, into html: inout HTMLWriter) {
        html.section(.sprints) { html in
            guard !report.sprints.isEmpty else {
                html.absent(OutputProse.noSprints)
                return
            }
            // Where the dates came from is said once when every sprint's came from the same place.
            let sources = Set(report.sprints.map(\.datesFrom))
            let oneSource = sources.count == 1 ? sources.first : nil
            html.element(
                "p", [("class", "lead")], text: oneSource == nil ? OutputProse.sprints : OutputProse.sprintTerms)
            var table = HTMLTable(
                [
                    .text("Sprint"), .text("State"), .text(oneSource == nil ? "Dates (from)" : "Dates"),
                    .number("Committed"), .number("Added / removed"), .number("Completed"), .number("Not completed"),
                    .number("Carried over"), .number("Say/do"), .number("Points done / committed"),
                    .number("Flow time p85 (days)"),
                ], limit: Self.rowLimit)
            var team: String?
            for row in report.sprints {
                // Each team's sprints under the team's name.
                if row.team != team { table.group(row.team) }
                team = row.team
                let numbers = [
                    OutputText.count(row.committed),
                    OutputText.count(row.added) + " / " + OutputText.count(row.removed),
                    OutputText.count(row.completed), OutputText.count(row.notCompleted),
                    OutputText.count(row.carriedOver), OutputText.percent(row.sayDo),
                    OutputText.amount(row.pointsCompleted) + " / " + OutputText.amount(row.pointsCommitted),
                    OutputText.days(row.flowTimeP85),
                ]
                let dates = OutputSprint.datePieces(row) + (oneSource == nil ? ["(" + row.datesFrom + ")"] : [])
                table.append(
                    [.text(row.sprint), .text(row.state ?? OutputText.missing), .pieces(dates)]
                        + numbers.map { .text($0) })
            }
            table.render(into: &html)
            if let oneSource {
                html.element("p", [("class", "more")], text: OutputSprint.datesSource(oneSource))
            }
        }
    }
}
