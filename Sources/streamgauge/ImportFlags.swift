import ArgumentParser
import FlowImport
import FlowPipeline
import Foundation

/// Options every command that reads exports shares.
struct ImportFlags: ParsableArguments {
    @Argument(
        help: """
            Export files of any supported tracker, each format recognised from its first bytes. \
            Items are merged by key; a later file wins.
            """)
    var exports: [String]

    @Option(name: .customLong("config"), help: "Value-stream configuration (streamgauge.yml).")
    var configFile: String?

    @Option(help: "Time zone for timestamps without an offset and for day boundaries (e.g. Europe/Berlin, +05:30).")
    var timezone: String?

    @Option(
        name: .customLong("date-format"),
        help: "Order of numeric dates like 12/4/2025: dmy or mdy (default: decided per column).")
    var dateOrder: DateOrder?

    @Option(
        name: .customLong("input-format"),
        help: "Read every export as this format instead of recognising it.")
    var inputFormat: ExportFormat?

    @Flag(help: "Skip bad rows instead of failing, and report how many were skipped and why.")
    var lenient = false

    func validate() throws {
        if exports.isEmpty { throw ValidationError("name at least one export file") }
        if let timezone, TimeZone(ianaName: timezone) == nil {
            throw ValidationError(
                "unknown time zone '\(timezone)'; expected an IANA name like 'Europe/Berlin' or an offset like '+05:30'"
            )
        }
    }

    /// The run settings these flags describe.
    func settings() -> RunSettings {
        RunSettings(
            configFile: configFile, timeZone: timezone.flatMap(TimeZone.init(ianaName:)), dateOrder: dateOrder,
            format: inputFormat, lenient: lenient, progress: ProgressLine.reporter())
    }
}

extension DateOrder: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
