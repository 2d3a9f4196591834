import FlowMapping
import FlowModel
import Foundation

/// Everything a flow report shows, computed once by ``ReportBuilder`` and rendered to HTML,
/// Markdown, JSON and CSV. Renderers format these numbers; they never compute their own.
///
/// Durations are days (elapsed seconds / 86 400), unrounded. `nil` means the data cannot give the number.
public struct Report: Sendable {
    /// `streamgauge.report/1`.
    public static let schema = "streamgauge.report/1"

    /// The value stream's name.
    public var title: String
    /// When the report was made (`SOURCE_DATE_EPOCH` when set).
    public var generatedAt: Date
    public var window: ReportWindow
    public var history: HistoryLevel
    public var sources: [SourceSummary]
    /// Team names in the data, sorted.
    public var teams: [String]
    /// Plain-language statements about what the data supports, shown at the top ("This export has no
    /// status history: flow time, flow efficiency … cannot be computed").
    public var capabilities: [String]
    /// The window's numbers.
    public var summary: FlowSummary
    /// The period of the window's length just before it — the week before, for a weekly report — for
    /// "change against last week". `nil` when the data starts after it.
    public var previous: FlowSummary?
    /// The 12 weeks before the window (fewer when the data starts later), for "change against the
    /// baseline". Its counts (velocity, per flow item, created, discarded) are averages scaled to the
    /// window's length, rounded, so they compare with the window's; percentiles, efficiency and load are
    /// over the whole 12 weeks.
    public var baseline: FlowSummary?
    /// One-line verdicts ("Flow time p85 rose from 6.1 to 8.9 days").
    public var verdicts: [String]
    /// The window's weeks and up to 12 before it, oldest first.
    public var weeks: [WeekRow]
    /// Flow item types in display order (`Feature`, `Defect`, `Risk`, `Debt`, then others).
    public var flowItems: [String]
    /// Time in stage for items delivered in the window, in flow order.
    public var stages: [StageRow]
    /// The stage with the largest total wait, when history gives one.
    public var bottleneck: String?
    /// Items by status category at export time (history-less exports).
    public var loadByCategory: [CategoryCount]
    /// Items by current status at export time, with the stage each maps to.
    public var statuses: [StatusRow]
    /// Time per status from `[CHART] Time in Status`, where the export carries it.
    public var timeInStatus: [StatusTimeRow]
    /// Items in progress at the window's end, oldest first.
    public var aging: [AgingRow]
    /// The cumulative flow diagram, when history allows one.
    public var cumulativeFlow: CumulativeFlow?
    /// Delivered items of the window and the weeks before it, for the flow-time scatter (bounded).
    public var scatter: [ScatterPoint]
    /// Items delivered in the window by flow-time bucket.
    public var histogram: [HistogramBin]
    /// Discarded work in the window.
    public var discarded: DiscardedSummary
    public var teamRows: [TeamRow]
    public var businessSteps: [TeamRow]
    public var sprints: [SprintRow]
    public var forecast: Forecast?
    /// Unmapped statuses, skipped rows, truncated changelogs and anything else the data could not give.
    public var notes: [String]
    /// Every imported item, whatever its state.
    public var items: [ItemRow]
    /// Stage names in flow order, for `items.csv`'s stage entry dates.
    public var stageNames: [String]
    /// What the scatter and histogram days measure: `flow time`, or `lead time` when the data has no history.
    public var durationBasis: String
    /// Teams asked for (`--team`) that no item belongs to, for a warning; ``notes`` says so too.
    public var missingTeams = MissingTeams()
    /// The flow-time percentiles the aging rows are compared with: items delivered in the window and the
    /// 12 weeks before it. `nil` without history.
    public var agingFlowTime: Percentiles?

    public init(
        title: String, generatedAt: Date, window: ReportWindow, history: HistoryLevel,
        sources: [SourceSummary], teams: [String] = [], capabilities: [String] = [], summary: FlowSummary,
        previous: FlowSummary? = nil, baseline: FlowSummary? = nil, verdicts: [String] = [],
        weeks: [WeekRow] = [], flowItems: [String] = [], stages: [StageRow] = [], bottleneck: String? = nil,
        loadByCategory: [CategoryCount] = [], statuses: [StatusRow] = [], timeInStatus: [StatusTimeRow] = [],
        aging: [AgingRow] = [], cumulativeFlow: CumulativeFlow? = nil, scatter: [ScatterPoint] = [],
        histogram: [HistogramBin] = [], discarded: DiscardedSummary = DiscardedSummary(),
        teamRows: [TeamRow] = [], businessSteps: [TeamRow] = [], sprints: [SprintRow] = [],
        forecast: Forecast? = nil, notes: [String] = [], items: [ItemRow] = [], stageNames: [String] = [],
        durationBasis: String = "flow time", agingFlowTime: Percentiles? = nil
    ) {
        self.title = title
        self.generatedAt = generatedAt
        self.window = window
        self.history = history
        self.sources = sources
        self.teams = teams
        self.capabilities = capabilities
        self.summary = summary
        self.previous = previous
        self.baseline = baseline
        self.verdicts = verdicts
        self.weeks = weeks
        self.flowItems = flowItems
        self.stages = stages
        self.bottleneck = bottleneck
        self.loadByCategory = loadByCategory
        self.statuses = statuses
        self.timeInStatus = timeInStatus
        self.aging = aging
        self.cumulativeFlow = cumulativeFlow
        self.scatter = scatter
        self.histogram = histogram
        self.discarded = discarded
        self.teamRows = teamRows
        self.businessSteps = businessSteps
        self.sprints = sprints
        self.forecast = forecast
        self.notes = notes
        self.items = items
        self.stageNames = stageNames
        self.durationBasis = durationBasis
        self.agingFlowTime = agingFlowTime
    }
}

/// The reporting window: whole days in the configured zone, both ends inclusive.
public struct ReportWindow: Sendable, Hashable {
    public var from: Day
    public var to: Day
    /// The zone's identifier (`UTC`, `Europe/Berlin`).
    public var timeZone: String

    public init(from: Day, to: Day, timeZone: String) {
        self.from = from
        self.to = to
        self.timeZone = timeZone
    }
}

/// p50/p85/p95 and mean of a set of durations, in days. Nearest-rank percentiles.
public struct Percentiles: Sendable, Hashable {
    public var p50: Double
    public var p85: Double
    public var p95: Double
    public var mean: Double
    /// How many values they summarise.
    public var count: Int

    public init(p50: Double, p85: Double, p95: Double, mean: Double, count: Int) {
        self.p50 = p50
        self.p85 = p85
        self.p95 = p95
        self.mean = mean
        self.count = count
    }
}

/// Flow load over a window: the value at its end and the mean of its daily end-of-day samples.
public struct Load: Sendable, Hashable {
    public var end: Int
    public var average: Double

    public init(end: Int, average: Double) {
        self.end = end
        self.average = average
    }
}

/// The flow metrics of one window (or one team's share of it): SPEC §5 `summary`.
public struct FlowSummary: Sendable, Hashable {
    public var velocity: Int
    /// Delivered items by flow item type.
    public var velocityByFlowItem: [String: Int]
    public var flowTime: Percentiles?
    public var leadTime: Percentiles?
    public var flowEfficiency: Double?
    public var load: Load?
    /// Share of each flow item type among items delivered in the window (0…1, sums to 1).
    public var distribution: [String: Double]
    /// Share of each flow item type among the load at the window's end.
    public var distributionInProgress: [String: Double]
    /// Items created in the window.
    public var created: Int
    /// Items discarded in the window.
    public var discarded: Int
    /// Days the summary covers.
    public var days: Int
    /// Delivered items per 7 days over those days, unrounded (for the baseline, before any scaling).
    public var velocityPerWeek: Double?

    public init(
        velocity: Int = 0, velocityByFlowItem: [String: Int] = [:], flowTime: Percentiles? = nil,
        leadTime: Percentiles? = nil, flowEfficiency: Double? = nil, load: Load? = nil,
        distribution: [String: Double] = [:], distributionInProgress: [String: Double] = [:], created: Int = 0,
        discarded: Int = 0, days: Int = 0, velocityPerWeek: Double? = nil
    ) {
        self.velocity = velocity
        self.velocityByFlowItem = velocityByFlowItem
        self.flowTime = flowTime
        self.leadTime = leadTime
        self.flowEfficiency = flowEfficiency
        self.load = load
        self.distribution = distribution
        self.distributionInProgress = distributionInProgress
        self.created = created
        self.discarded = discarded
        self.days = days
        self.velocityPerWeek = velocityPerWeek
    }
}

/// One week's numbers, for trends: SPEC §5 `weeks[]`.
public struct WeekRow: Sendable, Hashable {
    /// `2026-W47`.
    public var week: String
    public var from: Day
    public var to: Day
    public var velocity: Int
    public var velocityByFlowItem: [String: Int]
    public var flowTimeP85: Double?
    public var leadTimeP85: Double?
    public var loadAverage: Double?
    public var created: Int
    /// True for the weeks inside the report window.
    public var inWindow: Bool

    public init(
        week: String, from: Day, to: Day, velocity: Int, velocityByFlowItem: [String: Int] = [:],
        flowTimeP85: Double? = nil, leadTimeP85: Double? = nil, loadAverage: Double? = nil, created: Int = 0,
        inWindow: Bool = false
    ) {
        self.week = week
        self.from = from
        self.to = to
        self.velocity = velocity
        self.velocityByFlowItem = velocityByFlowItem
        self.flowTimeP85 = flowTimeP85
        self.leadTimeP85 = leadTimeP85
        self.loadAverage = loadAverage
        self.created = created
        self.inWindow = inWindow
    }
}

/// Time in one stage for items delivered in the window: SPEC §5 `stages[]`.
public struct StageRow: Sendable, Hashable {
    public var name: String
    public var kind: StageKind
    /// Items that visited the stage.
    public var items: Int
    public var p50Days: Double?
    public var p85Days: Double?
    /// Total days over all items.
    public var totalDays: Double

    public init(name: String, kind: StageKind, items: Int, p50Days: Double?, p85Days: Double?, totalDays: Double) {
        self.name = name
        self.kind = kind
        self.items = items
        self.p50Days = p50Days
        self.p85Days = p85Days
        self.totalDays = totalDays
    }
}

/// A count of items in one status category.
public struct CategoryCount: Sendable, Hashable {
    /// `To Do`, `In Progress`, `Done`, or `Unknown`.
    public var category: String
    public var count: Int

    public init(category: String, count: Int) {
        self.category = category
        self.count = count
    }
}

/// A status seen in the data, how many items are in it now, and where it maps.
public struct StatusRow: Sendable, Hashable {
    public var status: String
    public var category: String?
    public var stage: String
    public var kind: StageKind
    public var count: Int
    /// True when no configured stage names the status (placed by category instead).
    public var unmapped: Bool

    public init(status: String, category: String?, stage: String, kind: StageKind, count: Int, unmapped: Bool) {
        self.status = status
        self.category = category
        self.stage = stage
        self.kind = kind
        self.count = count
        self.unmapped = unmapped
    }
}

/// Time spent in one status, totalled from `[CHART] Time in Status`.
public struct StatusTimeRow: Sendable, Hashable {
    /// The status name, or `status <id>` when the export never names the id.
    public var status: String
    public var items: Int
    public var p50Days: Double?
    public var p85Days: Double?
    public var totalDays: Double

    public init(status: String, items: Int, p50Days: Double?, p85Days: Double?, totalDays: Double) {
        self.status = status
        self.items = items
        self.p50Days = p50Days
        self.p85Days = p85Days
        self.totalDays = totalDays
    }
}

/// An item in progress at the window's end.
public struct AgingRow: Sendable, Hashable {
    public var key: String
    public var title: String
    public var status: String
    public var stage: String
    public var team: String
    /// Days since flow start (or, without history, since it entered its current status category).
    public var ageDays: Double
    /// The highest flow-time percentile the age has passed: `nil`, `p50`, `p85` or `p95`.
    public var beyond: String?

    public init(
        key: String, title: String, status: String, stage: String, team: String, ageDays: Double, beyond: String?
    ) {
        self.key = key
        self.title = title
        self.status = status
        self.stage = stage
        self.team = team
        self.ageDays = ageDays
        self.beyond = beyond
    }
}

/// Items in each stage at the end of each day.
public struct CumulativeFlow: Sendable, Hashable {
    public var days: [Day]
    /// Stage names, in flow order.
    public var stages: [String]
    /// `counts[d][s]`: items in stage `s` at the end of day `d`.
    public var counts: [[Int]]

    public init(days: [Day], stages: [String], counts: [[Int]]) {
        self.days = days
        self.stages = stages
        self.counts = counts
    }
}

/// One delivered item on the flow-time scatter.
public struct ScatterPoint: Sendable, Hashable {
    public var key: String
    public var done: Day
    /// Flow time where history gives it, else lead time.
    public var days: Double

    public init(key: String, done: Day, days: Double) {
        self.key = key
        self.done = done
        self.days = days
    }
}

/// A bucket of the flow-time histogram: `lowerDays ≤ days < upperDays`.
public struct HistogramBin: Sendable, Hashable {
    public var lowerDays: Double
    public var upperDays: Double
    public var count: Int

    public init(lowerDays: Double, upperDays: Double, count: Int) {
        self.lowerDays = lowerDays
        self.upperDays = upperDays
        self.count = count
    }
}

/// Work ended without delivering, in the window.
public struct DiscardedSummary: Sendable, Hashable {
    public var count: Int
    /// Of those, discarded after their flow had started; `nil` without history (no flow start is known).
    public var afterStart: Int?
    /// Days between flow start and discard, summed over `afterStart` items; `nil` when `afterStart` is.
    public var daysSpent: Double?

    public init(count: Int = 0, afterStart: Int? = 0, daysSpent: Double? = 0) {
        self.count = count
        self.afterStart = afterStart
        self.daysSpent = daysSpent
    }
}

/// One team's (or business step's) numbers for the window.
public struct TeamRow: Sendable, Hashable {
    public var name: String
    public var summary: FlowSummary

    public init(name: String, summary: FlowSummary) {
        self.name = name
        self.summary = summary
    }
}

/// One sprint of one team: SPEC §5 `sprints[]`.
public struct SprintRow: Sendable, Hashable {
    public var team: String
    public var sprint: String
    public var state: String?
    public var start: Day?
    public var end: Day?
    /// `data`, `config` or `items`.
    public var datesFrom: String
    public var committed: Int
    public var added: Int
    public var removed: Int
    public var completed: Int
    public var notCompleted: Int
    public var carriedOver: Int
    public var sayDo: Double?
    public var pointsCommitted: Double?
    public var pointsCompleted: Double?
    public var flowTimeP85: Double?
    /// Completed items by flow item type (the sprint's flow item mix).
    public var completedByFlowItem: [String: Int]
    /// False when "committed" came from the fallback rule (items created before the start) because the data
    /// has no sprint-change history.
    public var fromHistory: Bool

    public init(
        team: String, sprint: String, state: String?, start: Day?, end: Day?, datesFrom: String, committed: Int,
        added: Int, removed: Int, completed: Int, notCompleted: Int, carriedOver: Int, sayDo: Double?,
        pointsCommitted: Double?, pointsCompleted: Double?, flowTimeP85: Double?,
        completedByFlowItem: [String: Int] = [:], fromHistory: Bool = true
    ) {
        self.team = team
        self.sprint = sprint
        self.state = state
        self.start = start
        self.end = end
        self.datesFrom = datesFrom
        self.committed = committed
        self.added = added
        self.removed = removed
        self.completed = completed
        self.notCompleted = notCompleted
        self.carriedOver = carriedOver
        self.sayDo = sayDo
        self.pointsCommitted = pointsCommitted
        self.pointsCompleted = pointsCompleted
        self.flowTimeP85 = flowTimeP85
        self.completedByFlowItem = completedByFlowItem
        self.fromHistory = fromHistory
    }
}

/// Monte Carlo forecast from daily throughput.
public struct Forecast: Sendable, Hashable {
    /// Weeks of history resampled.
    public var basisWeeks: Int
    /// Items done within 2 and 4 weeks after the window, at 50/85/95 % confidence.
    public var howMany: [ForecastRow]
    /// Days until the current load is done, at 50/85/95 %. Empty when there is no load to forecast:
    /// ``inProgress`` is unknown or zero, and ``whenDoneNote`` says which.
    public var whenDone: [ForecastRow]
    /// Items in progress at the window's end: the load whose completion ``whenDone`` forecasts. `nil` when the
    /// data cannot give it (an export without status history), and when the forecast answers one question of
    /// `streamgauge forecast` instead of a report's.
    public var inProgress: Int?
    /// Why ``whenDone`` has no row, in a sentence for the reader; `nil` when it has rows.
    public var whenDoneNote: String?

    public init(
        basisWeeks: Int, howMany: [ForecastRow], whenDone: [ForecastRow], inProgress: Int? = nil,
        whenDoneNote: String? = nil
    ) {
        self.basisWeeks = basisWeeks
        self.howMany = howMany
        self.whenDone = whenDone
        self.inProgress = inProgress
        self.whenDoneNote = whenDoneNote
    }
}

/// One line of a forecast: a question and its answer at 50/85/95 %.
public struct ForecastRow: Sendable, Hashable {
    public var label: String
    public var p50: String
    public var p85: String
    public var p95: String

    public init(label: String, p50: String, p85: String, p95: String) {
        self.label = label
        self.p50 = p50
        self.p85 = p85
        self.p95 = p95
    }
}
