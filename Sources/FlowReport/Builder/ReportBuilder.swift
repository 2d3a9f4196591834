import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// Computes a ``Report`` from a dataset: maps every item onto the value stream, then computes every metric
/// of SPEC §4 for the window, the period before it, the 12-week baseline, each week, team and business step.
///
/// Deterministic: the same dataset, configuration, window and `generatedAt` give an identical report.
public struct ReportBuilder: Sendable {
    /// The configuration items are mapped with.
    public let valueStream: ValueStream
    /// When the report says it was made; also the data's "now" when the dataset has no timestamps at all.
    public let generatedAt: Date

    public init(valueStream: ValueStream, generatedAt: Date) {
        self.valueStream = valueStream
        self.generatedAt = generatedAt
    }

    /// The report for `window` over `dataset`, restricted to `teams` (names, case-insensitive) when given.
    public func build(_ dataset: Dataset, window request: WindowRequest, teams: [String] = []) -> Report {
        let mapped = MappedItems(
            stream: valueStream, dataset: dataset, request: request, teams: teams, now: generatedAt)
        // The sprints read every item again, and the item rows sort every key: on a second core, beside the rest,
        // from the moment the items are mapped. The scatter follows them there, once this thread has made the
        // scope, so that both cores finish at about the same time.
        let madeScope = Handoff<ReportScope>()
        let background = BackgroundWork {
            (
                sprints: ReportBuilder.sprintRows(mapped, dataset: dataset), items: ReportBuilder.itemRows(mapped),
                scatter: madeScope.take().map(ReportBuilder.scatter) ?? []
            )
        }
        let scope = ReportScope(mapped, teams: teams)
        madeScope.give(scope)
        let now = scope.numbers(scope.window)
        let summary = FlowSummary(now, days: scope.window.dayCount, flowItems: scope.flowItems)
        let before = scope.periods.previous.map { (window: $0, numbers: scope.numbers($0)) }
        let previous = before.map { FlowSummary($0.numbers, days: $0.window.dayCount, flowItems: scope.flowItems) }
        let baseline = scope.periods.baseline.map { window in
            FlowSummary(
                scope.numbers(window), days: window.dayCount, flowItems: scope.flowItems,
                scale: Double(scope.window.dayCount) / Double(window.dayCount))
        }
        let (stages, bottleneck) = ReportBuilder.stageRows(
            scope, delivered: now.delivered, statusNames: dataset.statusNames)
        let usage = ReportBuilder.statusUsage(scope, dataset: dataset)
        let agingBasis = ReportBuilder.agingBasis(scope)
        let aging = ReportBuilder.agingRows(scope, basis: agingBasis)
        let discarded = DiscardedSummary(
            count: now.discarded.count, afterStart: now.discarded.afterStart, daysSpent: now.discarded.daysSpent)
        let forecast = ReportBuilder.forecast(scope, inProgress: aging.count)
        let verdicts = VerdictWriter(
            summary: summary, previous: previous, baseline: baseline,
            previousName: scope.window.dayCount == 7 ? "the week before" : "the \(scope.window.dayCount) days before",
            stageDaysNow: ReportBuilder.meanStageDays(scope, delivered: now.delivered),
            stageDaysBefore: before.map { ReportBuilder.meanStageDays(scope, delivered: $0.numbers.delivered) } ?? [],
            aging: aging, agingBasis: agingBasis, discarded: discarded,
            bottleneck: stages.first { $0.name == bottleneck }
        ).verdicts()
        let weeks = ReportBuilder.weekRows(scope)
        let loadByCategory = ReportBuilder.loadByCategory(scope)
        let timeInStatus = ReportBuilder.timeInStatusRows(now.delivered, statusNames: dataset.statusNames)
        let cumulativeFlow = ReportBuilder.cumulativeFlow(scope)
        let histogram = ReportBuilder.histogram(now.delivered, history: scope.historyKnown)
        let teamRows = ReportBuilder.teamRows(scope)
        let businessSteps = ReportBuilder.businessStepRows(scope)
        let notes = NoteWriter.notes(
            scope, dataset: dataset, usage: usage, delivered: now.delivered, forecast: forecast)
        // Waited for only now, so that everything else is computed meanwhile.
        let (sprints, items, scatter) = background.wait()

        return Report(
            title: valueStream.name, generatedAt: generatedAt,
            window: ReportWindow(
                from: scope.window.from, to: scope.window.to, timeZone: ReportBuilder.zoneName(valueStream.timeZone)),
            history: ReportBuilder.history(scope, dataset: dataset), sources: dataset.sources,
            teams: scope.teams,
            capabilities: CapabilityWriter.statements(scope, teams: teams),
            summary: summary, previous: previous, baseline: baseline, verdicts: verdicts,
            weeks: weeks, flowItems: scope.flowItems, stages: stages, bottleneck: bottleneck,
            loadByCategory: loadByCategory, statuses: ReportBuilder.statusRows(usage), timeInStatus: timeInStatus,
            aging: aging, cumulativeFlow: cumulativeFlow, scatter: scatter, histogram: histogram,
            discarded: discarded, teamRows: teamRows, businessSteps: businessSteps, sprints: sprints,
            forecast: forecast, notes: notes, items: items, stageNames: scope.map.stages.map(\.name),
            durationBasis: scope.historyKnown ? "flow time" : "lead time", agingFlowTime: agingBasis)
    }

    /// One row per trend week: the window's weeks (marked) and up to 12 before them.
    static func weekRows(_ scope: ReportScope) -> [WeekRow] {
        scope.periods.weeks.map { week in
            let window = MetricWindow(from: week.start, to: week.end, clock: scope.clock)
            let numbers = scope.numbers(window)
            return WeekRow(
                week: week.description, from: week.start, to: week.end, velocity: numbers.velocity,
                velocityByFlowItem: numbers.velocityByFlowItem, flowTimeP85: numbers.flowTime?.p85,
                leadTimeP85: numbers.leadTime?.p85, loadAverage: numbers.load?.average, created: numbers.created,
                inWindow: week.end >= scope.window.from && week.start <= scope.window.to)
        }
    }

    /// Mean days per delivered item in each active or wait stage, for "mostly in Review".
    static func meanStageDays(_ scope: ReportScope, delivered: [ItemFlow]) -> [(name: String, days: Double)] {
        guard scope.historyKnown, !delivered.isEmpty else { return [] }
        return TimeInStage.rows(delivered, kinds: scope.kinds).filter { scope.kinds[$0.stage].isInFlow }.map {
            (scope.map.stages[$0.stage].name, $0.totalDays / Double(delivered.count))
        }
    }

    /// How much history the report's items carry: `none` when none has any, `partial` when only some do or
    /// their sources give only partial history (stage dates), else `full`.
    static func history(_ scope: ReportScope, dataset: Dataset) -> HistoryLevel {
        if scope.itemsWithHistory == 0 { return .none }
        if scope.itemsWithHistory < scope.flows.count { return .partial }
        let partialFormats = Set(dataset.sources.filter { $0.history == .partial }.map(\.format))
        guard !partialFormats.isEmpty else { return .full }
        return scope.flows.contains { partialFormats.contains($0.item.source) } ? .partial : .full
    }

    /// The zone's name for the report: `UTC` for the zone Foundation calls `GMT`.
    static func zoneName(_ zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }
}
