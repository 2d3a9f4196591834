import ArgumentParser
import FlowPipeline

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Print a starter value-stream configuration made from the statuses in the exports.",
        discussion: """
            Every status seen gets a stage, in the order items move through them, placed by its category.

            Example:
              streamgauge init SampleExports/jira-cloud-export.csv > streamgauge.yml
            """
    )

    @OptionGroup var input: ImportFlags

    func run() throws {
        print(
            try Diagnostics.run { try StarterJob.run(inputs: input.exports, settings: input.settings()) },
            terminator: "")
    }
}
