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
        let (dataset, valueStream) = try settings.load(inputs)
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

/// Wall-clock seconds spent in each part of a ``ReportJob``.
public struct ReportTimings: Sendable {
    /// Reading the exports and the configuration into a dataset.
    public var importing = 0.0
    /// Mapping the items and computing every number of the report.
    public var building = 0.0
    /// Rendering and writing the selected files.
    public var writing = 0.0
    /// The process's peak resident memory at the end of each part, in bytes, where the system tells it.
    public var peakAfterImport: Int?
    public var peakAfterBuilding: Int?
    public var peakAfterWriting: Int?

    public init() {}

    /// `import 0.210 s (peak 120 MB), report 0.300 s (peak 160 MB), write 0.250 s (peak 160 MB)`.
    public var summary: String {
        func part(_ name: String, _ seconds: Double, _ peak: Int?) -> String {
            let time = String(format: "%@ %.3f s", name, seconds)
            guard let peak else { return time }
            return time + String(format: " (peak %.0f MB)", Double(peak) / 1e6)
        }
        return [
            part("import", importing, peakAfterImport), part("report", building, peakAfterBuilding),
            part("write", writing, peakAfterWriting),
        ].joined(separator: ", ")
    }
}
