import FlowMapping
import Foundation

/// One imported item and its flow: SPEC §5 `items[]` and a row of `items.csv`.
///
/// A report keeps a row for every imported item — 100 000 of them for a large export — so a row built by the
/// report builder is a view of the item's ``ItemFlow`` (two references) rather than a copy of its twenty
/// values: the values are read from the flow when a renderer asks for them. A row made with the memberwise
/// initializer holds its own values.
public struct ItemRow: Sendable, Hashable {
    private let backing: Backing
    /// The stage names of a row built from a flow. Kept beside the backing, not in it: every row shares the
    /// one list, and renderers on two threads would otherwise retain and release it for every row they read.
    private let stages: ItemRowStages?

    private enum Backing: Sendable {
        case flow(ItemFlow)
        case values(ItemRowFieldsBox)
    }

    public init(
        key: String, title: String, type: String, flowItem: String, team: String, status: String, stage: String,
        outcome: Outcome, source: String, created: Date?, started: Date?, done: Date?, flowTimeDays: Double?,
        leadTimeDays: Double?, activeDays: Double?, waitDays: Double?, stageEntries: [Date?] = [],
        skippedFlow: Bool = false
    ) {
        backing = .values(
            ItemRowFieldsBox(
                ItemRowFields(
                    key: key, title: title, type: type, flowItem: flowItem, team: team, status: status,
                    stage: stage, outcome: outcome, source: source, created: created, started: started, done: done,
                    flowTimeDays: flowTimeDays, leadTimeDays: leadTimeDays, activeDays: activeDays,
                    waitDays: waitDays, stageEntries: stageEntries, skippedFlow: skippedFlow)))
        stages = nil
    }

    /// The row of `flow`, whose stage indexes name `stages`.
    init(flow: ItemFlow, stages: ItemRowStages) {
        backing = .flow(flow)
        self.stages = stages
    }

    // Each value is read through ``fields``; renderers, which write every value of 100 000 rows, read `fields`
    // once per row instead.
    public var key: String { fields.key }
    public var title: String { fields.title }
    public var type: String { fields.type }
    public var flowItem: String { fields.flowItem }
    public var team: String { fields.team }
    public var status: String { fields.status }
    /// The name of the stage the item is in.
    public var stage: String { fields.stage }
    public var outcome: Outcome { fields.outcome }
    /// The format the item was imported from (`jira-csv`, …).
    public var source: String { fields.source }
    public var created: Date? { fields.created }
    public var started: Date? { fields.started }
    /// When a delivered or discarded item ended; `nil` for one still open.
    public var done: Date? { fields.done }
    public var flowTimeDays: Double? { fields.flowTimeDays }
    public var leadTimeDays: Double? { fields.leadTimeDays }
    /// Days in active stages between flow start and flow end (SPEC §4); `nil` for an item that has not ended,
    /// whose time in flow is still running, and without history.
    public var activeDays: Double? { fields.activeDays }
    /// Days in wait stages between flow start and flow end; `nil` as ``activeDays`` is.
    public var waitDays: Double? { fields.waitDays }
    /// When the item entered each stage on its way to where it is now, aligned with ``Report/stageNames``: the
    /// first entry, except that a move back to an earlier stage clears the stages after it, as ActionableAgile
    /// and similar tools read stage dates — so a reopened item shows no Done date, and a done item's Done date
    /// is its flow end, even after a reopening. Without history only the stage an
    /// item ended in is known, and only when its end date is: that date.
    public var stageEntries: [Date?] { fields.stageEntries }
    /// True when the item went from backlog straight to done ("skipped the flow": flow time 0).
    public var skippedFlow: Bool { fields.skippedFlow }

    /// Every value of the row at once, for the renderers that write them all: one look at the backing instead
    /// of one per value.
    var fields: ItemRowFields {
        var entries: [Date?] = []
        var fields = fields(stageNames: stages?.names ?? [], entries: &entries)
        if case .flow = backing { fields.stageEntries = entries }
        return fields
    }

    /// Every value of the row for a renderer writing 100 000 rows, without a new list per row: the stage's name
    /// is read from `stageNames` (the report's ``Report/stageNames``, which are the names the row's stage
    /// indexes point into) and the stage entries are written into `entries`, which the renderer reuses from
    /// row to row. The result's own `stageEntries` is left empty for a row built from a flow.
    func fields(stageNames: [String], entries: inout [Date?]) -> ItemRowFields {
        switch backing {
        case .flow(let flow):
            let ended = flow.outcome == .delivered || flow.outcome == .discarded
            Self.stageEntries(flow, stageCount: stageNames.count, into: &entries)
            return ItemRowFields(
                key: flow.item.key, title: flow.item.title, type: flow.item.type, flowItem: flow.flowItem,
                team: flow.team, status: flow.item.status,
                stage: flow.stage < stageNames.count ? stageNames[flow.stage] : "", outcome: flow.outcome,
                source: flow.item.source, created: flow.item.created, started: flow.flowStart,
                done: ended ? flow.flowEnd : nil, flowTimeDays: flow.flowTimeDays, leadTimeDays: flow.leadTimeDays,
                activeDays: ended ? flow.activeSeconds.map { $0 / 86_400 } : nil,
                waitDays: ended ? flow.waitSeconds.map { $0 / 86_400 } : nil,
                stageEntries: [], skippedFlow: flow.skippedFlow)
        case .values(let box):
            entries = box.fields.stageEntries
            return box.fields
        }
    }

    public static func == (left: ItemRow, right: ItemRow) -> Bool { left.fields == right.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// The entry into each of `stageCount` stages on the way to where the item is now (``stageEntries``), into
    /// `entries`.
    private static func stageEntries(_ flow: ItemFlow, stageCount: Int, into entries: inout [Date?]) {
        entries.removeAll(keepingCapacity: true)
        entries.append(contentsOf: repeatElement(nil, count: stageCount))
        let intervals = flow.intervals
        if intervals.isEmpty {
            if flow.outcome == .delivered || flow.outcome == .discarded, flow.stage < stageCount {
                entries[flow.stage] = flow.flowEnd
            }
            return
        }
        // The furthest stage with an entry: a move to a stage before it clears the ones after the move's stage.
        var furthest = -1
        for index in intervals.indices {
            let stage = intervals[index].stage
            guard stage < stageCount else { continue }
            if stage < furthest {
                for later in (stage + 1)...furthest { entries[later] = nil }
            }
            furthest = stage
            if entries[stage] == nil { entries[stage] = intervals[index].start }
        }
    }
}

/// The values of an item row made with the memberwise initializer.
private final class ItemRowFieldsBox: Sendable {
    let fields: ItemRowFields

    init(_ fields: ItemRowFields) {
        self.fields = fields
    }
}
