import FlowMapping
import FlowMetrics
import FlowModel

extension ReportBuilder {
    /// A question for ``forecast(_:question:window:teams:)``.
    public enum ForecastQuestion: Sendable, Hashable {
        /// How many items will be delivered from the day after the window through this day?
        case howManyBy(Day)
        /// When will this many items be delivered?
        case whenDone(items: Int)
    }

    /// A day a "how many by" question cannot be asked for.
    public enum ForecastDayProblem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The day is not after the window's end, from which the forecast counts.
        case notAfterStart(day: Day, start: Day)
        /// The day is more than ``MonteCarlo/dayLimit`` days (ten years) after the window's end.
        case beyondTenYears(day: Day, last: Day)

        public var description: String {
            switch self {
            case .notAfterStart(let day, let start):
                "the forecast counts from \(start); expected a day from then on, not \(day)"
            case .beyondTenYears(let day, let last):
                "\(day) is more than ten years ahead; expected a day up to \(last)"
            }
        }
    }

    /// What ``forecast(_:question:window:teams:)`` found: the forecast, `nil` when nothing was delivered in the
    /// weeks it resamples, and the teams asked for that no item belongs to.
    public struct ForecastAnswer: Sendable, Hashable {
        public var forecast: Forecast?
        public var missingTeams: MissingTeams
    }

    /// `streamgauge forecast`: answers `question` by Monte Carlo from the daily throughput of the 12 weeks up
    /// to the end of `window` (by default the last complete week), counting from the day after it.
    ///
    /// - Throws: for a "how many by" day before the day after the window, or more than ten years after it.
    public func forecast(
        _ dataset: Dataset, question: ForecastQuestion, window request: WindowRequest = .automatic,
        teams: [String] = []
    ) throws(ForecastDayProblem) -> ForecastAnswer {
        let scope = ReportScope(stream: valueStream, dataset: dataset, request: request, teams: teams, now: generatedAt)
        let missing = MissingTeams(asked: scope.missingTeams, inData: scope.allTeams)
        return ForecastAnswer(forecast: try Self.forecast(scope, question: question), missingTeams: missing)
    }

    private static func forecast(_ scope: ReportScope, question: ForecastQuestion) throws(ForecastDayProblem)
        -> Forecast?
    {
        let end = scope.window.to
        if case .howManyBy(let day) = question {
            let days = end.distance(to: day)
            guard days >= 1 else { throw .notAfterStart(day: day, start: end.advanced(by: 1)) }
            guard days <= MonteCarlo.dayLimit else {
                throw .beyondTenYears(day: day, last: end.advanced(by: MonteCarlo.dayLimit))
            }
        }
        guard let simulation = simulation(scope) else { return nil }
        switch question {
        case .howManyBy(let day):
            guard let counts = simulation.howMany(days: end.distance(to: day)) else { return nil }
            return Forecast(
                basisWeeks: basisWeeks(scope), howMany: [howManyRow(counts, from: end, to: day)], whenDone: [])
        case .whenDone(let items):
            guard let days = simulation.whenDone(items: items) else { return nil }
            let label = "\(ReportText.items(items)) delivered, counting from \(end.advanced(by: 1)), by"
            return Forecast(
                basisWeeks: basisWeeks(scope), howMany: [], whenDone: [whenDoneRow(label, days: days, from: end)])
        }
    }

    /// Monte Carlo forecast from the daily throughput of the last 12 weeks up to the window's end: how many
    /// items the 2 and 4 weeks after the window will deliver, and when the work in progress at the window's
    /// end (`inProgress` items, the aging rows) will be done. `nil` when nothing was delivered in those weeks.
    ///
    /// Without status history the load at the window's end is unknown — the aging rows then count only the
    /// items still in progress at export time — so the forecast says so instead of answering for them.
    static func forecast(_ scope: ReportScope, inProgress: Int) -> Forecast? {
        guard let simulation = simulation(scope) else { return nil }
        let end = scope.window.to
        var howMany: [ForecastRow] = []
        for weeks in [2, 4] {
            guard let counts = simulation.howMany(days: 7 * weeks) else { continue }
            howMany.append(howManyRow(counts, from: end, to: end.advanced(by: 7 * weeks)))
        }
        let load = scope.historyKnown ? inProgress : nil
        var whenDone: [ForecastRow] = []
        if let load, load > 0, let days = simulation.whenDone(items: load) {
            let label = "The \(ReportText.items(load)) in progress at the window's end, all done by"
            whenDone.append(whenDoneRow(label, days: days, from: end))
        }
        return Forecast(
            basisWeeks: basisWeeks(scope), howMany: howMany, whenDone: whenDone, inProgress: load,
            whenDoneNote: whenDone.isEmpty ? (load == nil ? unknownLoad : nothingInProgress) : nil)
    }

    /// Why a report from an export without status history has no "when the current load is done".
    static let unknownLoad =
        "Unknown: without status history, how many items were in progress at the window's end cannot be known."

    /// Why a report with nothing in progress at the window's end has no "when the current load is done".
    static let nothingInProgress = "Nothing was in progress at the window's end."

    /// The simulation over the forecast basis's daily deliveries; `nil` when there were none.
    static func simulation(_ scope: ReportScope) -> MonteCarlo? {
        let basis = scope.periods.forecastBasis
        let delivered = scope.delivered(in: basis)
        guard !delivered.isEmpty else { return nil }
        var perDay = [Int](repeating: 0, count: basis.dayCount)
        var localDays = LocalDays(clock: scope.clock)
        for flow in delivered {
            guard let end = flow.flowEnd else { continue }
            let index = basis.from.distance(to: localDays.day(of: end))
            if perDay.indices.contains(index) { perDay[index] += 1 }
        }
        return MonteCarlo(dailyThroughput: perDay)
    }

    static func basisWeeks(_ scope: ReportScope) -> Int {
        Int((Double(scope.periods.forecastBasis.dayCount) / 7).rounded(.up))
    }

    /// "Items delivered from 2026-11-23 to 2026-12-06" with the counts at 50/85/95 %.
    static func howManyRow(_ counts: [Int], from end: Day, to last: Day) -> ForecastRow {
        ForecastRow(
            label: "Items delivered from \(end.advanced(by: 1)) to \(last)", p50: "\(counts[0])",
            p85: "\(counts[1])", p95: "\(counts[2])")
    }

    /// A date row: the day `days[i]` days after `end`, at 50/85/95 %.
    static func whenDoneRow(_ label: String, days: [Int], from end: Day) -> ForecastRow {
        func date(_ count: Int) -> String {
            count > MonteCarlo.dayLimit ? "not within 10 years" : end.advanced(by: count).description
        }
        return ForecastRow(label: label, p50: date(days[0]), p85: date(days[1]), p95: date(days[2]))
    }
}
