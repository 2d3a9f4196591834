/// Teams, business steps, sprints, forecast and discarded work.
extension MarkdownRenderer {
    func writeTeams(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Teams")
        if report.teamRows.isEmpty {
            absent(OutputProse.noTeams, to: &markdown)
        } else {
            markdown.table(summaryTable("Team", report.teamRows, report))
        }
        markdown.heading(2, "Business value stream")
        if report.businessSteps.isEmpty {
            absent(OutputProse.noBusinessStream, to: &markdown)
        } else {
            markdown.table(summaryTable("Step", report.businessSteps, report))
        }
    }

    private func summaryTable(_ title: String, _ rows: [TeamRow], _ report: Report) -> MarkdownTable {
        var table = MarkdownTable([
            .left(title), .right("Velocity"), .right("Flow time p50"), .right("Flow time p85"),
            .right("Lead time p85"), .right("Flow efficiency"), .right("Load at end"), .right("Load (avg)"),
            .left("Distribution"),
        ])
        for row in rows {
            let summary = row.summary
            table.append([
                row.name, OutputText.count(summary.velocity), OutputText.days(summary.flowTime?.p50),
                OutputText.days(summary.flowTime?.p85), OutputText.days(summary.leadTime?.p85),
                OutputText.percent(summary.flowEfficiency), OutputText.count(summary.load?.end),
                OutputText.amount(summary.load?.average),
                OutputGlance.distribution(summary.distribution, order: report.flowItems),
            ])
        }
        return table
    }

    func writeSprints(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Sprints")
        guard !report.sprints.isEmpty else {
            absent(OutputProse.noSprints, to: &markdown)
            return
        }
        var table = MarkdownTable([
            .left("Team"), .left("Sprint"), .left("State"), .left("Dates"), .left("Dates from"),
            .right("Committed"), .right("Added"), .right("Removed"), .right("Completed"), .right("Not completed"),
            .right("Carried over"), .right("Say/do"), .right("Points committed"), .right("Points completed"),
            .right("Flow time p85"),
        ])
        for row in report.sprints {
            table.append([
                row.team, row.sprint, row.state ?? OutputText.missing, OutputSprint.dates(row), row.datesFrom,
                OutputText.count(row.committed), OutputText.count(row.added), OutputText.count(row.removed),
                OutputText.count(row.completed), OutputText.count(row.notCompleted),
                OutputText.count(row.carriedOver), OutputText.percent(row.sayDo),
                OutputText.amount(row.pointsCommitted), OutputText.amount(row.pointsCompleted),
                OutputText.days(row.flowTimeP85),
            ])
        }
        markdown.table(table)
    }

    func writeForecast(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Forecast")
        guard let forecast = report.forecast else {
            absent(OutputProse.noForecast, to: &markdown)
            return
        }
        markdown.paragraph(
            .text(
                OutputProse.forecastMethod(basisWeeks: forecast.basisWeeks)
            ))
        for (title, rows, note) in [
            (OutputProse.forecastHowMany, forecast.howMany, nil),
            (OutputProse.forecastWhenDone, forecast.whenDone, forecast.whenDoneNote),
        ]
        where !rows.isEmpty || note != nil {
            guard rows.isEmpty, let note else {
                var table = MarkdownTable([.left(title), .right("50%"), .right("85%"), .right("95%")])
                for row in rows { table.append([row.label, row.p50, row.p85, row.p95]) }
                markdown.table(table)
                continue
            }
            markdown.paragraph(.strong(title + ":"), .text(" "), .emphasis(note))
        }
    }

    func writeDiscarded(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Discarded work")
        let discarded = report.discarded
        guard discarded.count > 0 else {
            absent(OutputProse.noDiscarded, to: &markdown)
            return
        }
        var table = MarkdownTable([.left("Discarded in the window"), .right("Value")])
        table.append(["Items", OutputText.count(discarded.count)])
        table.append(["Of those, after their flow had started", OutputText.count(discarded.afterStart)])
        table.append(["Days spent on them before discarding", OutputText.days(discarded.daysSpent)])
        markdown.table(table)
        if discarded.afterStart == nil { markdown.paragraph(.text(OutputProse.discardedWithoutHistory)) }
    }
}
