import FlowImport
import FlowMapping
import FlowModel
import Foundation

/// What every command shares: how to read the exports and which value stream to map them onto.
public struct RunSettings: Sendable {
    /// The value-stream configuration file (`streamgauge.yml`), if any.
    public var configFile: String?
    /// Overrides the configuration's time zone.
    public var timeZone: TimeZone?
    public var dateOrder: DateOrder?
    public var format: ExportFormat?
    public var lenient: Bool
    /// When the report says it was made: `SOURCE_DATE_EPOCH` when set, else now.
    public var generatedAt: Date
    public var progress: (@Sendable (String, Int64, Int64) -> Void)?

    public init(
        configFile: String? = nil, timeZone: TimeZone? = nil, dateOrder: DateOrder? = nil,
        format: ExportFormat? = nil, lenient: Bool = false, generatedAt: Date = RunSettings.defaultGenerationTime(),
        progress: (@Sendable (String, Int64, Int64) -> Void)? = nil
    ) {
        self.configFile = configFile
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.format = format
        self.lenient = lenient
        self.generatedAt = generatedAt
        self.progress = progress
    }

    /// `SOURCE_DATE_EPOCH` (seconds since 1970) when the environment sets it, else the current time.
    public static func defaultGenerationTime(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Date
    {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }

    /// The value stream: the configuration file's, or the default mapping by status category.
    public func valueStream() throws -> ValueStream {
        var stream = try configFile.map { try ValueStreamLoader.load(file: $0) } ?? ValueStream()
        if let timeZone { stream.timeZone = timeZone }
        return stream
    }

    /// Reads the configuration, then every export in order. `metricsOnly`: the caller computes metrics and
    /// shows no item's people, priority or versions (report, sprints, forecast), so the import may skip them.
    func load(_ inputs: [String], metricsOnly: Bool = false) throws -> (Dataset, ValueStream) {
        let stream = try valueStream()
        let options = ImportOptions(
            timeZone: stream.timeZone, dateOrder: dateOrder, format: format, lenient: lenient, progress: progress,
            keptFields: Self.keptFields(for: stream), unreadFields: metricsOnly ? Self.unreadFields(for: stream) : [])
        return (try Importer.load(inputs, options: options), stream)
    }

    /// The standard fields that metrics over `stream` never read: people, priority and fix versions always;
    /// components, labels and parents unless the team rule or the business stream matches them.
    static func unreadFields(for stream: ValueStream) -> ImportOptions.UnreadFields {
        var unread: ImportOptions.UnreadFields = [.assignee, .reporter, .priority, .fixVersions]
        if !stream.readsComponents { unread.insert(.components) }
        if !stream.readsLabels { unread.insert(.labels) }
        if !stream.readsEpics { unread.insert(.parents) }
        return unread
    }

    /// The fields items must keep for `stream`: `Team`, and the field a `teams: by: field` rule reads.
    static func keptFields(for stream: ValueStream) -> ImportOptions.KeptFields {
        guard case .field(let name) = stream.teamRule else { return .standard }
        return .named(["Team", name])
    }
}
