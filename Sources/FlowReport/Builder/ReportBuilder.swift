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
        // The sprints read every item again, and the item rows sort every key: on a second core while this one
        // makes the scope.
        let background = BackgroundWork {
            (sprints: ReportBuilder.sprintRows(mapped, dataset: dataset), items: ReportBuilder.itemRows(mapped))
        }
        let scope = ReportScope(mapped, teams: teams)
        let now = scope.numbers(scope.window)
        // The parts that need only the scope and the window's numbers, shared out to the cores, the longest first.
        let work = SharedWork()
        let aging = work.add { () -> (basis: Percentiles?, rows: [AgingRow], forecast: Forecast?) in
            let basis = ReportBuilder.agingBasis(scope)
            let rows = ReportBuilder.agingRows(scope, basis: basis)
            return (basis, rows, ReportBuilder.forecast(scope, inProgress: rows.count))
        }
        let scatter = work.add { ReportBuilder.scatter(scope) }
        let weeks = work.add { ReportBuilder.weekRows(scope) }
        let timeInStatus = work.add {
            ReportBuilder.timeInStatusRows(now.delivered, statusNames: dataset.statusNames)
        }
        let teamRows = work.add { ReportBuilder.teamRows(scope) }
        let baseline = work.add {
            scope.periods.baseline.map { window in
                FlowSummary(
                    scope.numbers(window), days: window.dayCount, flowItems: scope.flowItems,
                    scale: Double(scope.window.dayCount) / Double(window.dayCount))
            }
        }
        let stages = work.add {
            ReportBuilder.stageRows(scope, delivered: now.delivered, statusNames: dataset.statusNames)
        }
        let usage = work.add { ReportBuilder.statusUsage(scope, dataset: dataset) }
        let before = work.add { () -> (summary: FlowSummary, stageDays: [(name: String, days: Double)])? in
            scope.periods.previous.map { window in
                let numbers = scope.numbers(window)
                return (
                    FlowSummary(numbers, days: window.dayCount, flowItems: scope.flowItems),
                    ReportBuilder.meanStageDays(scope, delivered: numbers.delivered)
                )
            }
        }
        let charts = work.add {
            (
                loadByCategory: ReportBuilder.loadByCategory(scope),
                cumulativeFlow: ReportBuilder.cumulativeFlow(scope),
                histogram: ReportBuilder.histogram(now.delivered, history: scope.historyKnown),
                businessSteps: ReportBuilder.businessStepRows(scope),
                stageDaysNow: ReportBuilder.meanStageDays(scope, delivered: now.delivered)
            )
        }
        work.run()

        let summary = FlowSummary(now, days: scope.window.dayCount, flowItems: scope.flowItems)
        let previous = before.value?.summary
        let (agingBasis, agingRows, forecast) = aging.value
        let (stageRows, bottleneck) = stages.value
        let discarded = DiscardedSummary(
            count: now.discarded.count, afterStart: now.discarded.afterStart, daysSpent: now.discarded.daysSpent)
        let verdicts = VerdictWriter(
            summary: summary, previous: previous, baseline: baseline.value,
            previousName: scope.window.dayCount == 7 ? "the week before" : "the \(scope.window.dayCount) days before",
            stageDaysNow: charts.value.stageDaysNow, stageDaysBefore: before.value?.stageDays ?? [],
            aging: agingRows, agingBasis: agingBasis, discarded: discarded,
            bottleneck: stageRows.first { $0.name == bottleneck }
        ).verdicts()
        let notes = NoteWriter.notes(
            scope, dataset: dataset, usage: usage.value, delivered: now.delivered, forecast: forecast)
        // Waited for only now, so that everything else is computed meanwhile.
        let (sprints, items) = background.wait()

        let history = ReportBuilder.history(scope, dataset: dataset)
        var report = Report(
            title: valueStream.name, generatedAt: generatedAt,
            window: ReportWindow(
                from: scope.window.from, to: scope.window.to, timeZone: valueStream.timeZone.reportName),
            history: history, sources: dataset.sources, teams: scope.teams,
            capabilities: CapabilityWriter.statements(scope, teams: teams, partial: history == .partial),
            summary: summary, previous: previous, baseline: baseline.value, verdicts: verdicts,
            weeks: weeks.value, flowItems: scope.flowItems, stages: stageRows, bottleneck: bottleneck,
            loadByCategory: charts.value.loadByCategory, statuses: ReportBuilder.statusRows(usage.value),
            timeInStatus: timeInStatus.value,
            aging: agingRows, cumulativeFlow: charts.value.cumulativeFlow, scatter: scatter.value,
            histogram: charts.value.histogram,
            discarded: discarded, teamRows: teamRows.value, businessSteps: charts.value.businessSteps, sprints: sprints,
            forecast: forecast, notes: notes, items: items, stageNames: scope.map.stages.map(\.name),
            durationBasis: scope.historyKnown ? "flow time" : "lead time", agingFlowTime: agingBasis)
        report.missingTeams = MissingTeams(asked: scope.missingTeams, inData: scope.allTeams)
        return report
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
}
