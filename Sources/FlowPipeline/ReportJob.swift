import FlowImport
import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation

/// One run of `streamgauge report`: import the exports, map them onto the value stream, compute the
/// report once and write the selected outputs.
public struct ReportJob: Sendable {
    public var inputs: [String]
    public var settings: RunSettings
    public var window: WindowRequest
    /// Restricts the report to these teams when not empty.
    public var teams: [String]
    public var formats: Set<OutputFormat>
    public var outputDirectory: URL

    public init(
        inputs: [String], settings: RunSettings, window: WindowRequest, teams: [String],
        formats: Set<OutputFormat>, outputDirectory: URL
    ) {
        self.inputs = inputs
        self.settings = settings
        self.window = window
        self.teams = teams
        self.formats = formats
        self.outputDirectory = outputDirectory
    }

    /// Runs the job; nothing is written when it throws.
    ///
    /// - Returns: the report that was written, for the caller's summary line.
    @discardableResult
    public func run() throws -> Report {
        try runTimed().report
    }

    /// Runs the job and says how long each part took (`--verbose`, and the benchmark's split of import and
    /// rendering).
    public func runTimed() throws -> (report: Report, timings: ReportTimings) {
        var timings = ReportTimings()
        var mark = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            defer { mark = now }
            let elapsed = now - mark
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let (dataset, valueStream) = try settings.load(inputs, metricsOnly: true)
        timings.importing = lap()
        timings.peakAfterImport = PeakMemory.bytes()
        let report = ReportBuilder(valueStream: valueStream, generatedAt: settings.generatedAt)
            .build(dataset, window: window, teams: teams)
        timings.building = lap()
        timings.peakAfterBuilding = PeakMemory.bytes()
        try ReportWriter(formats: formats).write(report, to: outputDirectory)
        timings.writing = lap()
        timings.peakAfterWriting = PeakMemory.bytes()
        return (report, timings)
    }
}
