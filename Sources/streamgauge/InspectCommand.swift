import ArgumentParser
import FlowPipeline

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what the exports hold: format, items, dates, history, statuses and how they map.",
        discussion: """
            Example:
              streamgauge inspect SampleExports/jira-cloud-export.csv
            """
    )

    @OptionGroup var input: ImportFlags

    func run() throws {
        let inspection = try Diagnostics.run { try Inspection(inputs: input.exports, settings: input.settings()) }
        print(inspection.text, terminator: "")
    }
}
