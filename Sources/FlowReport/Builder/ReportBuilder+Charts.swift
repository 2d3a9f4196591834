import FlowMapping
import FlowMetrics
import FlowModel

extension ReportBuilder {
    /// Most points the scatter carries; more are thinned evenly.
    static let scatterLimit = 2_000

    /// Items per stage at the end of each day of the trend span; `nil` without history.
    static func cumulativeFlow(_ scope: ReportScope) -> CumulativeFlow? {
        guard scope.historyKnown else { return nil }
        let series = CumulativeFlowSeries(
            flows: scope.flows, window: scope.periods.trend, stageCount: scope.map.stages.count)
        return CumulativeFlow(days: series.days, stages: scope.map.stages.map(\.name), counts: series.counts)
    }

    /// The days a delivered item's chart point shows: flow time with history, else lead time.
    static func chartDays(_ flow: ItemFlow, history: Bool) -> Double? {
        history ? flow.flowTimeDays : flow.leadTimeDays
    }

    /// Delivered items of the trend span by done day, then key; thinned to at most ``scatterLimit``.
    static func scatter(_ scope: ReportScope) -> [ScatterPoint] {
        let history = scope.historyKnown
        var localDays = LocalDays(clock: scope.clock)
        let unordered = scope.delivered(in: scope.periods.trend).compactMap { flow -> ScatterPoint? in
            guard let end = flow.flowEnd, let days = chartDays(flow, history: history) else { return nil }
            return ScatterPoint(key: flow.item.key, done: localDays.day(of: end), days: days)
        }
        let points = sortedByDoneDaysAndKey(unordered)
        guard points.count > scatterLimit else { return points }
        let step = (points.count + scatterLimit - 1) / scatterLimit
        return points.enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }

    /// `points` ordered by done day, then days, then key. The points of a span fall on a few months of days: they
    /// are put in order of their day first, then each day's few are sorted.
    static func sortedByDoneDaysAndKey(_ points: [ScatterPoint]) -> [ScatterPoint] {
        guard let first = points.min(by: { $0.done < $1.done })?.done.ordinal,
            let last = points.max(by: { $0.done < $1.done })?.done.ordinal, last - first < 100_000
        else { return points.sorted { ($0.done, $0.days, $0.key) < ($1.done, $1.days, $1.key) } }
        var byDay = [[ScatterPoint]](repeating: [], count: last - first + 1)
        for point in points { byDay[point.done.ordinal - first].append(point) }
        return byDay.flatMap { $0.sorted { ($0.days, $0.key) < ($1.days, $1.key) } }
    }

    /// Delivered items of the window by duration bucket.
    static func histogram(_ delivered: [ItemFlow], history: Bool) -> [HistogramBin] {
        HistogramBins.bins(delivered.compactMap { chartDays($0, history: history) })
    }
}
