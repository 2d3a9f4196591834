import ArgumentParser

@main
struct StreamGauge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streamgauge",
        abstract: "Flow reports from issue-tracker exports.",
        discussion: """
            Reads issue-tracker exports (Jira CSV, XML, site backups and REST JSON; Azure DevOps, GitLab, \
            Linear, Redmine, Trello and GitHub exports; transitions and stage-date CSVs), places every item on \
            the stages of a value stream, and writes flow reports as HTML, Markdown, JSON and CSV.

            Example:
              streamgauge report SampleExports/jira-cloud-export.csv --out report
            """,
        version: "0.1.0",
        subcommands: [
            ReportCommand.self, InspectCommand.self, InitCommand.self, ExplainCommand.self, ForecastCommand.self,
            SprintsCommand.self,
        ],
        defaultSubcommand: nil
    )
}
