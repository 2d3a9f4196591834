import FlowMetrics
import FlowModel
import Foundation

/// The spans around a report window: the period before it, the 12-week baseline, the trend weeks, the
/// forecast's basis.
struct ReportPeriods {
    /// Weeks of history that baselines, trends and forecasts look back over.
    static let lookbackWeeks = 12

    /// The window's length just before it; `nil` when the data starts after it.
    let previous: MetricWindow?
    /// Up to 12 weeks before the window, from the data's first day at the earliest.
    let baseline: MetricWindow?
    /// The weeks the window touches and up to 12 before them (none before the data's first week).
    let weeks: [Week]
    /// From the first trend week's start to the window's end: cumulative flow, scatter, aging basis.
    let trend: MetricWindow
    /// The last 12 weeks up to the window's end (from the data's first day at the earliest): the days whose
    /// throughput the forecast resamples.
    let forecastBasis: MetricWindow

    /// The first day of any of these spans (or of the window).
    var earliestDay: Day {
        [previous?.from, baseline?.from, forecastBasis.from].compactMap { $0 }.reduce(trend.from, min)
    }

    init(window: MetricWindow, firstDay: Day?, clock: LocalClock, weekStart: WeekStart) {
        let length = window.from.distance(to: window.to) + 1
        let lookback = 7 * ReportPeriods.lookbackWeeks
        let dataStart = firstDay ?? window.from
        let beforeEnd = window.from.advanced(by: -1)
        let previousStart = window.from.advanced(by: -length)
        previous = dataStart <= beforeEnd ? MetricWindow(from: previousStart, to: beforeEnd, clock: clock) : nil
        let baselineStart = max(window.from.advanced(by: -lookback), dataStart)
        baseline = baselineStart <= beforeEnd ? MetricWindow(from: baselineStart, to: beforeEnd, clock: clock) : nil

        let firstWindowWeek = Week(containing: window.from, weekStart: weekStart)
        let lastWindowWeek = Week(containing: window.to, weekStart: weekStart)
        let dataWeek = Week(containing: dataStart, weekStart: weekStart)
        var weeks: [Week] = []
        var week = firstWindowWeek
        for _ in 0..<ReportPeriods.lookbackWeeks {
            week = week.previous
            guard week >= dataWeek else { break }
            weeks.insert(week, at: 0)
        }
        week = firstWindowWeek
        while week <= lastWindowWeek {
            weeks.append(week)
            week = week.next
        }
        self.weeks = weeks
        trend = MetricWindow(from: min(weeks.first?.start ?? window.from, window.from), to: window.to, clock: clock)
        let basisStart = min(max(window.to.advanced(by: 1 - lookback), dataStart), window.to)
        forecastBasis = MetricWindow(from: basisStart, to: window.to, clock: clock)
    }
}
