import FlowImport
import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation

/// One run of `streamgauge sprints`: import the exports, compute the report over every team's last sprints
/// and write the selected outputs, the same four as `report`.
public struct SprintsJob: Sendable {
    public var inputs: [String]
    public var settings: RunSettings
    /// Restricts the report to these teams when not empty.
    public var teams: [String]
    /// Sprints per team, the most recent that have started.
    public var last: Int
    public var formats: Set<OutputFormat>
    public var outputDirectory: URL

    public init(
        inputs: [String], settings: RunSettings, teams: [String], last: Int = 6, formats: Set<OutputFormat>,
        outputDirectory: URL
    ) {
        self.inputs = inputs
        self.settings = settings
        self.teams = teams
        self.last = last
        self.formats = formats
        self.outputDirectory = outputDirectory
    }

    /// Runs the job; nothing is written when it throws.
    ///
    /// - Returns: the report that was written, for the caller's summary line.
    @discardableResult
    public func run() throws -> Report {
        let (dataset, valueStream) = try settings.load(inputs, metricsOnly: true)
        let report = ReportBuilder(valueStream: valueStream, generatedAt: settings.generatedAt)
            .buildSprints(dataset, teams: teams, last: last)
        try ReportWriter(formats: formats).write(report, to: outputDirectory)
        return report
    }
}
