import ArgumentParser
import FlowPipeline
import FlowReport
import Foundation

struct SprintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sprints",
        abstract: "Compare sprints across teams: scope, completion, say/do, points and carry-over.",
        discussion: """
            Writes report.html, report.md, report.json and items.csv into the output folder, with the last \
            sprints of every team (that have started) side by side; the report's window spans them. Sprint \
            dates come from the export, else from the configuration's `sprints:` list, else from the items.

            Examples:
              streamgauge sprints export.csv --config streamgauge.yml
              streamgauge sprints export.json --team Payments --last 10 --out sprints
            """
    )

    @OptionGroup var input: ImportFlags

    @Option(help: "Only these teams (repeatable).")
    var team: [String] = []

    @Option(help: "Sprints per team, the most recent that have started.")
    var last: Int = 6

    @Option(help: "Outputs to write, comma-separated: html, md, json, csv.")
    var format: String = "html,md,json,csv"

    @Option(help: "Output folder.")
    var out: String = "streamgauge-sprints"

    @Flag(help: "Say what was read and written.")
    var verbose = false

    func validate() throws {
        guard last > 0 else { throw ValidationError("--last must be a positive number of sprints") }
        _ = try formats()
    }

    func run() throws {
        let job = SprintsJob(
            inputs: input.exports, settings: input.settings(), teams: team, last: last, formats: try formats(),
            outputDirectory: URL(fileURLWithPath: out))
        let report = try Diagnostics.run { try job.run() }
        defer { ExitWithoutFreeing.keep(report) }
        Diagnostics.warnAboutMissingTeams(report.missingTeams)
        if verbose {
            Diagnostics.note(
                "\(report.sprints.count) sprints of \(Set(report.sprints.map(\.team)).count) teams; wrote \(out)")
        }
    }

    private func formats() throws -> Set<OutputFormat> { try OutputFormatList.parse(format) }
}
