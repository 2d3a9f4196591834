/// The teams × sprints matrix after the sprint table.
extension HTMLRenderer {
    func writeSprintTrend(_ report: Report, into html: inout HTMLWriter) {
        guard !report.sprints.isEmpty else { return }
        html.element("section", [("id", "sprint-trend"), ("aria-labelledby", "sprint-trend-title")]) { html in
            html.element("h2", [("id", "sprint-trend-title")], text: OutputSprintTrend.heading)
            html.element("p", [("class", "lead")], text: OutputSprintTrend.lead)
            var table = HTMLTable([
                .text("Team"), .text("Sprints"), .text("Completed (items)"), .text("Completed (points)"),
                .text("Say/do"), .text("Carried over"),
            ])
            for line in OutputSprintTrend.lines(report.sprints) {
                table.append(
                    [.text(line.team)]
                        + [line.span, line.completed, line.points, line.sayDo, line.carriedOver].map {
                            .pieces(OutputSprintTrend.pieces($0))
                        })
            }
            table.render(into: &html)
            if OutputSprintTrend.needsFallbackNote(report.sprints) {
                html.element("p", [("class", "more")], text: OutputSprintTrend.fallbackNote)
            }
        }
    }
}
