/// The teams × sprints matrix under the sprint table.
extension MarkdownRenderer {
    func writeSprintTrend(_ report: Report, to markdown: inout MarkdownWriter) {
        guard !report.sprints.isEmpty else { return }
        markdown.heading(3, OutputSprintTrend.heading)
        markdown.paragraph(.text(OutputSprintTrend.lead))
        var table = MarkdownTable([
            .left("Team"), .left("Sprints"), .left("Completed (items)"), .left("Completed (points)"),
            .left("Say/do"), .left("Carried over"),
        ])
        for line in OutputSprintTrend.lines(report.sprints) {
            table.append([line.team, line.span, line.completed, line.points, line.sayDo, line.carriedOver])
        }
        markdown.table(table)
        if OutputSprintTrend.needsFallbackNote(report.sprints) {
            markdown.paragraph(.emphasis(OutputSprintTrend.fallbackNote))
        }
    }
}
