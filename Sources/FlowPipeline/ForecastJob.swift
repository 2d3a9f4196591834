import FlowMetrics
import FlowModel
import FlowReport
import Foundation

/// `streamgauge forecast`: Monte Carlo answers from the daily throughput of the 12 weeks up to the end of
/// the window (by default the last complete week in the data), counting from the day after it.
public struct ForecastJob: Sendable {
    public var inputs: [String]
    public var settings: RunSettings
    public var question: ReportBuilder.ForecastQuestion
    public var window: WindowRequest
    public var teams: [String]

    public init(
        inputs: [String], settings: RunSettings, question: ReportBuilder.ForecastQuestion,
        window: WindowRequest = .automatic, teams: [String] = []
    ) {
        self.inputs = inputs
        self.settings = settings
        self.question = question
        self.window = window
        self.teams = teams
    }

    /// The forecast as plain text, and the teams asked for that no item belongs to (for a warning); says so
    /// when the data has no deliveries to resample.
    public func run() throws -> (text: String, missingTeams: MissingTeams) {
        let (dataset, valueStream) = try settings.load(inputs, metricsOnly: true)
        let builder = ReportBuilder(valueStream: valueStream, generatedAt: settings.generatedAt)
        let answer = try builder.forecast(dataset, question: question, window: window, teams: teams)
        return (Self.text(answer.forecast), answer.missingTeams)
    }

    private static func text(_ forecast: Forecast?) -> String {
        guard let forecast else { return "No forecast: nothing was delivered in the weeks it would resample.\n" }
        var lines = [
            "Monte Carlo forecast: 10 000 trials resampling the daily throughput of the last \(forecast.basisWeeks) weeks.",
            "",
        ]
        for row in forecast.howMany + forecast.whenDone {
            lines.append(row.label)
            lines.append("  50 %: \(row.p50)   85 %: \(row.p85)   95 %: \(row.p95)")
        }
        lines.append("")
        lines.append("A percentage is the confidence: that share of the simulated futures did at least this well.")
        return lines.joined(separator: "\n") + "\n"
    }
}
