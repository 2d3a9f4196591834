import ArgumentParser
import FlowPipeline

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show one item's history, its stages, and how each of its dates and durations was derived.",
        discussion: """
            Example:
              streamgauge explain SampleExports/jira-cloud-export.csv --item PAY-1042
            """
    )

    @OptionGroup var input: ImportFlags

    @Option(help: "The item's key, e.g. PAY-7.")
    var item: String

    func run() throws {
        let explanation = try Diagnostics.run {
            try Explanation(inputs: input.exports, key: item, settings: input.settings())
        }
        print(explanation.text, terminator: "")
    }
}
