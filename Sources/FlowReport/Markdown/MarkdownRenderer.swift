import FlowModel

/// Renders a ``Report`` as GitHub-flavoured Markdown for wikis and pull requests: tables, and charts as
/// Mermaid `xychart-beta` and `pie` blocks.
///
/// Every piece of export text goes through ``MarkdownEscaping`` (cells, headings, list items) or
/// ``MermaidEscaping`` (chart labels). Durations are days with one decimal, counts are whole, ratios are
/// percents, and `—` marks a value the data cannot give.
public struct MarkdownRenderer: Sendable {
    /// Aging rows listed before "… and N more".
    static let agingLimit = 20

    /// A renderer; it holds no state.
    public init() {}

    /// The whole document.
    public func render(_ report: Report) -> String {
        var markdown = MarkdownWriter()
        writeHeader(report, to: &markdown)
        writeGlance(report, to: &markdown)
        writeVerdicts(report, to: &markdown)
        writeTrends(report, to: &markdown)
        writeDistribution(report, to: &markdown)
        writeStages(report, to: &markdown)
        writeLoad(report, to: &markdown)
        writeTimeInStatus(report, to: &markdown)
        writeAging(report, to: &markdown)
        writeTeams(report, to: &markdown)
        writeSprints(report, to: &markdown)
        writeSprintTrend(report, to: &markdown)
        writeForecast(report, to: &markdown)
        writeDiscarded(report, to: &markdown)
        writeNotes(report, to: &markdown)
        markdown.trustedMarkup("---\n")
        markdown.paragraph(
            .emphasis(
                "Generated " + OutputTimestamp.iso(report.generatedAt) + " by StreamGauge (" + Report.schema + ")."))
        return markdown.output
    }

    /// A short italic line saying why a section has nothing to show.
    func absent(_ reason: String, to markdown: inout MarkdownWriter) {
        markdown.paragraph(.emphasis(reason))
    }

    private func writeHeader(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(1, report.title + " — flow report")
        let window = report.window
        var spans: [MarkdownSpan] = [
            .strong("Window:"), .text(" \(window.from) to \(window.to) (\(window.timeZone))"),
            .text(" · "), .strong("History:"), .text(" " + historyText(report.history)),
        ]
        if !report.teams.isEmpty {
            spans += [.text(" · "), .strong(report.teams.count == 1 ? "Team:" : "Teams:")]
            spans.append(.text(" " + report.teams.joined(separator: ", ")))
        }
        markdown.paragraph(spans)
        if !report.sources.isEmpty {
            var table = MarkdownTable([
                .left("Source"), .left("Format"), .right("Items"), .right("Status changes"), .left("History"),
                .right("Skipped rows"),
            ])
            for source in report.sources {
                table.append([
                    source.file, source.formatName, OutputText.count(source.items),
                    OutputText.count(source.statusChanges), historyText(source.history),
                    OutputText.count(source.skipped.count),
                ])
            }
            markdown.table(table)
        }
        if !report.capabilities.isEmpty {
            markdown.heading(2, "What the data supports")
            markdown.bullets(report.capabilities.map { [.text($0)] })
        }
    }

    func historyText(_ level: HistoryLevel) -> String {
        switch level {
        case .full: "full status history"
        case .partial: "partial status history"
        case .none: "no status history"
        }
    }

    private func writeVerdicts(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Verdicts")
        if report.verdicts.isEmpty {
            absent(OutputProse.noVerdicts, to: &markdown)
        } else {
            markdown.bullets(report.verdicts.map { [.text($0)] })
        }
    }

    private func writeNotes(_ report: Report, to markdown: inout MarkdownWriter) {
        markdown.heading(2, "Notes")
        if report.notes.isEmpty {
            absent(OutputProse.noNotes, to: &markdown)
        } else {
            markdown.bullets(report.notes.map { [.text($0)] })
        }
    }
}
