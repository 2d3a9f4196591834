import FlowMapping

/// `streamgauge init`: a commented starter configuration from the statuses in the exports.
public enum StarterJob {
    /// The configuration text for `inputs`.
    public static func run(inputs: [String], settings: RunSettings) throws -> String {
        let (dataset, valueStream) = try settings.load(inputs)
        return StarterConfiguration(dataset: dataset).yaml(timeZone: valueStream.timeZone)
    }
}
