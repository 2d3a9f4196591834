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

    private enum Backing: Sendable {
        case flow(ItemFlow, ItemRowStages)
        case values(ItemRowValues)
    }

    public init(
        key: String, title: String, type: String, flowItem: String, team: String, status: String, stage: String,
        outcome: Outcome, source: String, created: Date?, started: Date?, done: Date?, flowTimeDays: Double?,
        leadTimeDays: Double?, activeDays: Double?, waitDays: Double?, stageEntries: [Date?] = [],
        skippedFlow: Bool = false
    ) {
        backing = .values(
            ItemRowValues(
                key: key, title: title, type: type, flowItem: flowItem, team: team, status: status, stage: stage,
                outcome: outcome, source: source, created: created, started: started, done: done,
                flowTimeDays: flowTimeDays, leadTimeDays: leadTimeDays, activeDays: activeDays, waitDays: waitDays,
                stageEntries: stageEntries, skippedFlow: skippedFlow))
    }

    /// The row of `flow`, whose stage indexes name `stages`.
    init(flow: ItemFlow, stages: ItemRowStages) {
        backing = .flow(flow, stages)
    }

    public var key: String {
        switch backing {
        case .flow(let flow, _): flow.item.key
        case .values(let values): values.key
        }
    }

    public var title: String {
        switch backing {
        case .flow(let flow, _): flow.item.title
        case .values(let values): values.title
        }
    }

    public var type: String {
        switch backing {
        case .flow(let flow, _): flow.item.type
        case .values(let values): values.type
        }
    }

    public var flowItem: String {
        switch backing {
        case .flow(let flow, _): flow.flowItem
        case .values(let values): values.flowItem
        }
    }

    public var team: String {
        switch backing {
        case .flow(let flow, _): flow.team
        case .values(let values): values.team
        }
    }

    public var status: String {
        switch backing {
        case .flow(let flow, _): flow.item.status
        case .values(let values): values.status
        }
    }

    /// The name of the stage the item is in.
    public var stage: String {
        switch backing {
        case .flow(let flow, let stages): flow.stage < stages.names.count ? stages.names[flow.stage] : ""
        case .values(let values): values.stage
        }
    }

    public var outcome: Outcome {
        switch backing {
        case .flow(let flow, _): flow.outcome
        case .values(let values): values.outcome
        }
    }

    /// The format the item was imported from (`jira-csv`, …).
    public var source: String {
        switch backing {
        case .flow(let flow, _): flow.item.source
        case .values(let values): values.source
        }
    }

    public var created: Date? {
        switch backing {
        case .flow(let flow, _): flow.item.created
        case .values(let values): values.created
        }
    }

    public var started: Date? {
        switch backing {
        case .flow(let flow, _): flow.flowStart
        case .values(let values): values.started
        }
    }

    /// When a delivered or discarded item ended; `nil` for one still open.
    public var done: Date? {
        switch backing {
        case .flow(let flow, _): flow.outcome == .delivered || flow.outcome == .discarded ? flow.flowEnd : nil
        case .values(let values): values.done
        }
    }

    public var flowTimeDays: Double? {
        switch backing {
        case .flow(let flow, _): flow.flowTimeDays
        case .values(let values): values.flowTimeDays
        }
    }

    public var leadTimeDays: Double? {
        switch backing {
        case .flow(let flow, _): flow.leadTimeDays
        case .values(let values): values.leadTimeDays
        }
    }

    public var activeDays: Double? {
        switch backing {
        case .flow(let flow, _): flow.activeSeconds.map { $0 / 86_400 }
        case .values(let values): values.activeDays
        }
    }

    public var waitDays: Double? {
        switch backing {
        case .flow(let flow, _): flow.waitSeconds.map { $0 / 86_400 }
        case .values(let values): values.waitDays
        }
    }

    /// First entry into each stage, aligned with ``Report/stageNames``. Without history only the stage an
    /// item ended in is known, and only when its end date is: that date.
    public var stageEntries: [Date?] {
        switch backing {
        case .flow(let flow, let stages): Self.stageEntries(flow, stageCount: stages.names.count)
        case .values(let values): values.stageEntries
        }
    }

    /// True when the item went from backlog straight to done ("skipped the flow": flow time 0).
    public var skippedFlow: Bool {
        switch backing {
        case .flow(let flow, _): flow.skippedFlow
        case .values(let values): values.skippedFlow
        }
    }

    /// Every value of the row at once, for the renderers that write them all: one look at the backing instead
    /// of one per value.
    var fields: ItemRowFields {
        switch backing {
        case .flow(let flow, let stages):
            let ended = flow.outcome == .delivered || flow.outcome == .discarded
            return ItemRowFields(
                key: flow.item.key, title: flow.item.title, type: flow.item.type, flowItem: flow.flowItem,
                team: flow.team, status: flow.item.status,
                stage: flow.stage < stages.names.count ? stages.names[flow.stage] : "", outcome: flow.outcome,
                source: flow.item.source, created: flow.item.created, started: flow.flowStart,
                done: ended ? flow.flowEnd : nil, flowTimeDays: flow.flowTimeDays, leadTimeDays: flow.leadTimeDays,
                activeDays: flow.activeSeconds.map { $0 / 86_400 }, waitDays: flow.waitSeconds.map { $0 / 86_400 },
                stageEntries: Self.stageEntries(flow, stageCount: stages.names.count), skippedFlow: flow.skippedFlow)
        case .values(let values):
            return ItemRowFields(
                key: values.key, title: values.title, type: values.type, flowItem: values.flowItem, team: values.team,
                status: values.status, stage: values.stage, outcome: values.outcome, source: values.source,
                created: values.created, started: values.started, done: values.done,
                flowTimeDays: values.flowTimeDays, leadTimeDays: values.leadTimeDays, activeDays: values.activeDays,
                waitDays: values.waitDays, stageEntries: values.stageEntries, skippedFlow: values.skippedFlow)
        }
    }

    public static func == (left: ItemRow, right: ItemRow) -> Bool {
        left.key == right.key && left.title == right.title && left.type == right.type
            && left.flowItem == right.flowItem && left.team == right.team && left.status == right.status
            && left.stage == right.stage && left.outcome == right.outcome && left.source == right.source
            && left.created == right.created && left.started == right.started && left.done == right.done
            && left.flowTimeDays == right.flowTimeDays && left.leadTimeDays == right.leadTimeDays
            && left.activeDays == right.activeDays && left.waitDays == right.waitDays
            && left.stageEntries == right.stageEntries && left.skippedFlow == right.skippedFlow
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(stage)
        hasher.combine(outcome)
        hasher.combine(done)
    }

    private static func stageEntries(_ flow: ItemFlow, stageCount: Int) -> [Date?] {
        var entries = [Date?](repeating: nil, count: stageCount)
        let intervals = flow.intervals
        if intervals.isEmpty {
            if flow.outcome == .delivered || flow.outcome == .discarded, flow.stage < stageCount {
                entries[flow.stage] = flow.flowEnd
            }
            return entries
        }
        for index in intervals.indices {
            let stage = intervals[index].stage
            if stage < stageCount && entries[stage] == nil { entries[stage] = intervals[index].start }
        }
        return entries
    }
}

/// The stage names item rows built from flows read their stage's name from: one list shared by all rows.
final class ItemRowStages: Sendable {
    let names: [String]

    init(names: [String]) {
        self.names = names
    }
}

/// The values of an item row made with the memberwise initializer.
private final class ItemRowValues: Sendable {
    let key, title, type, flowItem, team, status, stage: String
    let outcome: Outcome
    let source: String
    let created, started, done: Date?
    let flowTimeDays, leadTimeDays, activeDays, waitDays: Double?
    let stageEntries: [Date?]
    let skippedFlow: Bool

    init(
        key: String, title: String, type: String, flowItem: String, team: String, status: String, stage: String,
        outcome: Outcome, source: String, created: Date?, started: Date?, done: Date?, flowTimeDays: Double?,
        leadTimeDays: Double?, activeDays: Double?, waitDays: Double?, stageEntries: [Date?], skippedFlow: Bool
    ) {
        self.key = key
        self.title = title
        self.type = type
        self.flowItem = flowItem
        self.team = team
        self.status = status
        self.stage = stage
        self.outcome = outcome
        self.source = source
        self.created = created
        self.started = started
        self.done = done
        self.flowTimeDays = flowTimeDays
        self.leadTimeDays = leadTimeDays
        self.activeDays = activeDays
        self.waitDays = waitDays
        self.stageEntries = stageEntries
        self.skippedFlow = skippedFlow
    }
}

/// All the values of an ``ItemRow``, read at once (``ItemRow/fields``).
struct ItemRowFields {
    let key, title, type, flowItem, team, status, stage: String
    let outcome: Outcome
    let source: String
    let created, started, done: Date?
    let flowTimeDays, leadTimeDays, activeDays, waitDays: Double?
    let stageEntries: [Date?]
    let skippedFlow: Bool
}
