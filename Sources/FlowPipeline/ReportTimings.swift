import Foundation

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
