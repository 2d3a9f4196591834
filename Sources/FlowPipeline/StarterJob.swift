import FlowMapping
import Foundation

/// `streamgauge init`: a commented starter configuration from the statuses in the exports.
public enum StarterJob {
    /// The configuration text for `inputs`.
    ///
    /// The file's `timezone` is the configured one (`--config`, `--timezone`); without one, the zone the exports
    /// say their times are in (a site backup's server zone) when they name one zone, else UTC.
    public static func run(inputs: [String], settings: RunSettings) throws -> String {
        let (dataset, valueStream) = try settings.load(inputs)
        var timeZone = valueStream.timeZone
        let named = Set(dataset.sources.compactMap(\.timeZone))
        if settings.configFile == nil, settings.timeZone == nil, named.count == 1,
            let zone = named.first.flatMap(TimeZone.init(identifier:))
        {
            timeZone = zone
        }
        return StarterConfiguration(dataset: dataset).yaml(timeZone: timeZone)
    }
}
