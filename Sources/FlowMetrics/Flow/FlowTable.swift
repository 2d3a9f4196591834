import FlowMapping
import Foundation

/// The dates, times and kinds of a list of mapped items laid out as plain columns, built once so that the many
/// windows of a report (weeks, teams, the period before, the baseline) scan numbers instead of items.
///
/// Instants are seconds since the reference date; `.nan` stands for unknown. With a ``DayGrid`` the table also
/// holds which day of the grid each flow end and creation falls on, and the daily load over the whole grid, so
/// a window's numbers need no date arithmetic at all.
public struct FlowTable: Sendable {
    /// The items of the table this one was taken from (or of this one).
    private let allFlows: [ItemFlow]
    /// Per row, its index in `allFlows`; `nil` when the rows are `allFlows` in order.
    private let origin: [Int]?
    /// The days the day columns refer to; `nil` for a table made without one.
    public let grid: DayGrid?
    let start: [Double]
    let end: [Double]
    let created: [Double]
    /// Seconds in active and in wait stages; `.nan` when unknown.
    let active: [Double]
    let wait: [Double]
    let outcome: [Outcome]
    /// Index into `flowItemNames` per item.
    let flowItem: [Int32]
    let flowItemNames: [String]
    /// Index into `teamNames` per item.
    let team: [Int32]
    let teamNames: [String]
    /// Index into `businessStepNames` per item, -1 for none.
    let businessStep: [Int32]
    let businessStepNames: [String]
    /// Whether each item has stage intervals.
    let history: [Bool]
    /// The grid day holding the flow end and the creation (``DayGrid/position(_:)``), -1 when unknown.
    let endDay: [Int32]
    let createdDay: [Int32]
    /// Items in the load at the end of each day of the grid (empty without a grid).
    let dailyLoad: [Int]
    /// True when at least one item has stage intervals (status history).
    public let hasHistory: Bool

    public init(_ flows: [ItemFlow]) {
        self.init(flows, grid: nil)
    }

    /// The columns of `flows`, with day columns for the days of `grid`.
    public init(_ flows: [ItemFlow], grid: DayGrid?) {
        var names = ColumnNames()
        self.init(flows: flows, origin: nil, grid: grid, columns: Columns(flows, names: &names), names: names)
    }

    /// `days`, when given, are the day columns of `columns` on `grid`, already worked out.
    private init(
        flows: [ItemFlow], origin: [Int]?, grid: DayGrid?, columns: Columns, names: ColumnNames,
        days: (end: [Int32], created: [Int32])? = nil
    ) {
        allFlows = flows
        self.origin = origin
        self.grid = grid
        start = columns.start
        end = columns.end
        created = columns.created
        active = columns.active
        wait = columns.wait
        outcome = columns.outcome
        flowItem = columns.flowItem
        flowItemNames = names.flowItems.names
        team = columns.team
        teamNames = names.teams.names
        businessStep = columns.businessStep
        businessStepNames = names.businessSteps.names
        history = columns.history
        hasHistory = columns.history.contains(true)
        guard let grid else {
            endDay = []
            createdDay = []
            dailyLoad = []
            return
        }
        endDay = days?.end ?? columns.end.map { grid.position($0).map(Int32.init) ?? -1 }
        createdDay = days?.created ?? columns.created.map { grid.position($0).map(Int32.init) ?? -1 }
        dailyLoad = FlowTable.dailyLoad(start: columns.start, end: columns.end, grid: grid)
    }

    /// The items, in the order the columns follow.
    public var flows: [ItemFlow] {
        guard let origin else { return allFlows }
        return origin.map { allFlows[$0] }
    }

    /// The number of rows.
    public var count: Int { outcome.count }

    /// The item of row `row`.
    public func flow(_ row: Int) -> ItemFlow {
        allFlows[origin?[row] ?? row]
    }

    /// The rows at `indices`, in that order, on the same grid.
    public func subset(_ indices: [Int]) -> FlowTable {
        let columns = Columns(rows: indices, of: self)
        // On the same grid, the rows' days are this table's.
        let days = grid.map { _ in (end: indices.map { endDay[$0] }, created: indices.map { createdDay[$0] }) }
        return FlowTable(
            flows: allFlows, origin: indices.map { origin?[$0] ?? $0 }, grid: grid, columns: columns,
            names: ColumnNames(self), days: days)
    }

    /// This table when its grid covers `window`, else the same items on a grid of the window's own days.
    func covering(_ window: MetricWindow) -> FlowTable {
        if let grid, grid.covers(window) { return self }
        return FlowTable(
            flows: allFlows, origin: origin, grid: DayGrid(covering: window), columns: Columns(self),
            names: ColumnNames(self))
    }

    /// The distinct teams of the rows, first seen first, each with its rows (ascending).
    public var rowsByTeam: [(name: String, rows: [Int])] {
        FlowTable.group(team, names: teamNames)
    }

    /// The distinct business steps of the rows (those with one), first seen first, each with its rows.
    public var rowsByBusinessStep: [(name: String, rows: [Int])] {
        FlowTable.group(businessStep, names: businessStepNames)
    }

    /// The flow item types of the rows, first seen first.
    public var flowItemTypes: [String] { flowItemNames }

    /// How many rows have stage intervals (status history).
    public var rowsWithHistory: Int { history.count { $0 } }

    private static func group(_ codes: [Int32], names: [String]) -> [(name: String, rows: [Int])] {
        var rows = [[Int]](repeating: [], count: names.count)
        for (row, code) in codes.enumerated() where code >= 0 { rows[Int(code)].append(row) }
        return names.indices.filter { !rows[$0].isEmpty }.map { (names[$0], rows[$0]) }
    }

    /// Items in the load at the end of each day of `grid` (SPEC §4; ``LoadSeries/inProgress(_:at:)``). An item
    /// adds one from the day that holds its start up to (not including) the day that holds its end.
    private static func dailyLoad(start: [Double], end: [Double], grid: DayGrid) -> [Int] {
        var steps = [Int](repeating: 0, count: grid.count + 1)
        for index in start.indices {
            guard let first = grid.position(start[index]) else { continue }
            let last = grid.position(end[index]) ?? grid.count
            guard first < last else { continue }
            steps[first] += 1
            steps[last] -= 1
        }
        var running = 0
        return (0..<grid.count).map { day in
            running += steps[day]
            return running
        }
    }
}

/// The columns of a ``FlowTable``, before it is made of them.
private struct Columns {
    var start: [Double]
    var end: [Double]
    var created: [Double]
    var active: [Double]
    var wait: [Double]
    var outcome: [Outcome]
    var flowItem: [Int32]
    var team: [Int32]
    var businessStep: [Int32]
    var history: [Bool]

    /// The columns of `flows`, their names coded in `names`. Each flow is read once, into a row of every column
    /// at once; the rows are then cut into columns.
    init(_ flows: [ItemFlow], names: inout ColumnNames) {
        let rows = flows.map { flow in
            Row(
                start: flow.flowStart?.timeIntervalSinceReferenceDate ?? .nan,
                end: flow.flowEnd?.timeIntervalSinceReferenceDate ?? .nan,
                created: flow.item.created?.timeIntervalSinceReferenceDate ?? .nan,
                active: flow.activeSeconds ?? .nan, wait: flow.waitSeconds ?? .nan, outcome: flow.outcome,
                flowItem: names.flowItems.code(flow.flowItem), team: names.teams.code(flow.team),
                businessStep: flow.businessStep.map { names.businessSteps.code($0) } ?? -1,
                history: !flow.intervals.isEmpty)
        }
        start = rows.map(\.start)
        end = rows.map(\.end)
        created = rows.map(\.created)
        active = rows.map(\.active)
        wait = rows.map(\.wait)
        outcome = rows.map(\.outcome)
        flowItem = rows.map(\.flowItem)
        team = rows.map(\.team)
        businessStep = rows.map(\.businessStep)
        history = rows.map(\.history)
    }

    /// One flow's values.
    private struct Row {
        var start: Double
        var end: Double
        var created: Double
        var active: Double
        var wait: Double
        var outcome: Outcome
        var flowItem: Int32
        var team: Int32
        var businessStep: Int32
        var history: Bool
    }

    /// The rows at `indices` of `table`, in that order.
    init(rows indices: [Int], of table: FlowTable) {
        start = indices.map { table.start[$0] }
        end = indices.map { table.end[$0] }
        created = indices.map { table.created[$0] }
        active = indices.map { table.active[$0] }
        wait = indices.map { table.wait[$0] }
        outcome = indices.map { table.outcome[$0] }
        flowItem = indices.map { table.flowItem[$0] }
        team = indices.map { table.team[$0] }
        businessStep = indices.map { table.businessStep[$0] }
        history = indices.map { table.history[$0] }
    }

    /// Every row of `table`.
    init(_ table: FlowTable) {
        start = table.start
        end = table.end
        created = table.created
        active = table.active
        wait = table.wait
        outcome = table.outcome
        flowItem = table.flowItem
        team = table.team
        businessStep = table.businessStep
        history = table.history
    }
}

/// The names the code columns of a ``FlowTable`` stand for.
private struct ColumnNames {
    var flowItems = NameCodes()
    var teams = NameCodes()
    var businessSteps = NameCodes()

    init() {}

    /// The names of `table`'s columns, for a table made from its rows.
    init(_ table: FlowTable) {
        flowItems = NameCodes(table.flowItemNames)
        teams = NameCodes(table.teamNames)
        businessSteps = NameCodes(table.businessStepNames)
    }
}
