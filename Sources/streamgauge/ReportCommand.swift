import ArgumentParser
import FlowPipeline
import FlowReport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the flow report for a window (default: the last complete week in the data).",
        discussion: """
            Writes report.html, report.md, report.json and items.csv into the output folder.

            Examples:
              streamgauge report SampleExports/jira-cloud-export.csv --out report
              streamgauge report export.xml --week 2026-W47 --format html,md
              streamgauge report backlog.csv --config streamgauge.yml --last 4w --team Payments
            """
    )

    @OptionGroup var input: ImportFlags
    @OptionGroup var window: WindowFlags

    @Option(help: "Only these teams (repeatable).")
    var team: [String] = []

    @Option(help: "Outputs to write, comma-separated: html, md, json, csv.")
    var format: String = "html,md,json,csv"

    @Option(help: "Output folder.")
    var out: String = "streamgauge-report"

    @Flag(help: "Say what was read and written.")
    var verbose = false

    func validate() throws { _ = try formats() }

    func run() throws {
        let job = ReportJob(
            inputs: input.exports, settings: input.settings(), window: try window.request(), teams: team,
            formats: try formats(), outputDirectory: URL(fileURLWithPath: out))
        let (report, timings) = try Diagnostics.run { try job.runTimed() }
        defer { ExitWithoutFreeing.keep(report) }
        Diagnostics.warnAboutMissingTeams(report.missingTeams)
        if verbose {
            Diagnostics.note(
                "\(report.items.count) items, window \(report.window.from) – \(report.window.to); wrote \(out)")
            Diagnostics.note("timings: \(timings.summary)")
        }
    }

    private func formats() throws -> Set<OutputFormat> { try OutputFormatList.parse(format) }
}
