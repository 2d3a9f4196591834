import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// Everything the parts of a report are computed from: the mapped items (after the team filter), the
/// stages, the window and the periods around it.
struct ReportScope: Sendable {
    /// The mapped items and the window.
    let mapped: MappedItems
    let kinds: [StageKind]
    /// The same items as columns, for the many windows scanned, on a grid of every day a window covers.
    let table: FlowTable
    let periods: ReportPeriods
    /// Items with status history (stage intervals).
    let itemsWithHistory: Int
    /// Flow item types in display order.
    let flowItems: [String]
    /// Teams of every item, before the filter.
    let allTeams: [String]
    /// Teams asked for that no item belongs to.
    let missingTeams: [String]

    var stream: ValueStream { mapped.stream }
    var clock: LocalClock { mapped.clock }
    var map: StageMap { mapped.map }
    /// The data's newest timestamp: open intervals end here.
    var asOf: Date { mapped.asOf }
    /// The items the report is about, in the dataset's order.
    var flows: [ItemFlow] { mapped.flows }
    var window: MetricWindow { mapped.window }

    init(stream: ValueStream, dataset: Dataset, request: WindowRequest, teams: [String], now: Date) {
        self.init(MappedItems(stream: stream, dataset: dataset, request: request, teams: teams, now: now), teams: teams)
    }

    /// The rest of the scope of `mapped`, whose items were filtered by `teams`.
    init(_ mapped: MappedItems, teams: [String]) {
        self.mapped = mapped
        let stream = mapped.stream
        let all = mapped.all
        kinds = mapped.map.stages.map(\.kind)
        missingTeams = teams.filter { ReportScope.filter(all, teams: [$0], names: stream.teamNames).isEmpty }
        let firstDay = ReportScope.firstDay(of: mapped.flows, clock: mapped.clock)
        periods = ReportPeriods(
            window: mapped.window, firstDay: firstDay, clock: mapped.clock, weekStart: stream.weekStart)
        table = FlowTable(
            mapped.flows, grid: DayGrid(from: periods.earliestDay, to: mapped.window.to, clock: mapped.clock))
        allTeams = teams.isEmpty ? table.rowsByTeam.map(\.name).sorted() : RowGroups(all.map(\.team)).names.sorted()
        itemsWithHistory = table.rowsWithHistory
        flowItems = ReportScope.flowItemOrder(stream: stream, seen: table.flowItemTypes)
    }

    /// True when at least one item has status history, so flow start, load and stage times exist.
    var historyKnown: Bool { itemsWithHistory > 0 }

    /// The window's numbers over all of the report's items, or over the rows `subset` of ``table`` (a team, a
    /// business step) — whose load is unknown when none of its items has history.
    func numbers(_ window: MetricWindow, rows subset: [Int]? = nil) -> FlowNumbers {
        guard let subset else { return FlowNumbers(table: table, window: window, historyKnown: historyKnown) }
        let subsetTable = table.subset(subset)
        return FlowNumbers(table: subsetTable, window: window, historyKnown: subsetTable.hasHistory)
    }

    /// The report's items delivered with a flow end in `window`, in the dataset's order.
    func delivered(in window: MetricWindow) -> [ItemFlow] {
        table.delivered(in: window).map { flows[$0] }
    }

    /// The report's teams, by name.
    var teams: [String] { table.rowsByTeam.map(\.name).sorted() }

    /// Items of the teams named in `teams` (display names or the values `teamNames` renames), all when empty.
    static func filter(_ flows: [ItemFlow], teams: [String], names: [String: String]) -> [ItemFlow] {
        guard !teams.isEmpty else { return flows }
        var wanted = Set(teams.map(\.wantedKey))
        for (value, name) in names where wanted.contains(value.wantedKey) { wanted.insert(name.wantedKey) }
        return flows.filter { wanted.contains($0.team.wantedKey) }
    }

    /// The earliest day anything happened to the report's items.
    static func firstDay(of flows: [ItemFlow], clock: LocalClock) -> Day? {
        var earliest: Date?
        func see(_ date: Date?) {
            guard let date else { return }
            if earliest.map({ date < $0 }) ?? true { earliest = date }
        }
        for flow in flows {
            see(flow.item.created)
            see(flow.item.resolved)
            see(flow.item.statusCategoryChanged)
            see(flow.intervals.first?.start)
        }
        return earliest.map(clock.day(of:))
    }

    /// The configured flow item types in order, the default one, then any other seen, by name.
    static func flowItemOrder(stream: ValueStream, seen: [String]) -> [String] {
        var order: [String] = []
        for name in stream.flowItems.map(\.name) + [stream.defaultFlowItem] where !order.contains(name) {
            order.append(name)
        }
        let others = Set(seen).subtracting(order).sorted()
        return order + others
    }
}

extension String {
    /// How team names are compared in `--team`: trimmed, lowercased.
    fileprivate var wantedKey: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars).lowercased()
    }
}
