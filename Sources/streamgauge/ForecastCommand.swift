import ArgumentParser
import FlowModel
import FlowPipeline
import FlowReport

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast by Monte Carlo: how many items by a date, or when N items will be done.",
        discussion: """
            Resamples the daily throughput of the 12 weeks up to the end of the last complete week (10 000 \
            trials, fixed seed: the same input gives the same answer), counting from the day after that week.

            Examples:
              streamgauge forecast SampleExports/jira-cloud-export.csv --items 40
              streamgauge forecast SampleExports/jira-cloud-export.csv --by 2026-12-31
            """
    )

    @OptionGroup var input: ImportFlags

    // Unconditional, so that `--items -3` is read as a number and refused as one, not taken for an option.
    @Option(parsing: .unconditional, help: "When will this many items be done?")
    var items: Int?

    @Option(help: "How many items will be done by this day (yyyy-MM-dd), within ten years?")
    var by: String?

    @Option(help: "Only these teams (repeatable).")
    var team: [String] = []

    func validate() throws { _ = try question() }

    /// The question `--items` or `--by` asks.
    private func question() throws -> ReportBuilder.ForecastQuestion {
        switch (items, by) {
        case (let items?, nil):
            guard items > 0 else { throw ValidationError("--items must be a positive number") }
            return .whenDone(items: items)
        case (nil, let by?):
            guard let day = Day(iso: by) else {
                throw ValidationError("unrecognized date '\(by)' for --by; expected a date like 2026-12-31")
            }
            return .howManyBy(day)
        default:
            throw ValidationError("give either --items N or --by DATE")
        }
    }

    func run() throws {
        let question = try question()
        let job = ForecastJob(inputs: input.exports, settings: input.settings(), question: question, teams: team)
        let (text, missingTeams) = try Diagnostics.run { try job.run() }
        Diagnostics.warnAboutMissingTeams(missingTeams)
        print(text, terminator: "")
    }
}
