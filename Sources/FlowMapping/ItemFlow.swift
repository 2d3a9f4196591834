import Foundation
import FlowModel

/// How an item ended up, for reporting (SPEC §5 `outcome`).
public enum Outcome: String, Sendable, Hashable {
    case notStarted
    case inProgress
    case delivered
    case discarded
}

/// A stretch of time an item spent in one stage.
public struct StageInterval: Sendable, Hashable {
    /// Index into ``ValueStream/stages`` (or the resolved stage list of the mapper).
    public var stage: Int
    /// The status that put the item there.
    public var status: String
    public var start: Date
    /// `nil` while the item is still in the stage.
    public var end: Date?

    public init(stage: Int, status: String, start: Date, end: Date?) {
        self.stage = stage
        self.status = status
        self.start = start
        self.end = end
    }
}

/// Which rule of SPEC §4 produced an item's flow dates, for `explain`.
public enum FlowRule: String, Sendable, Hashable {
    /// Flow start: the first entry into an active or wait stage.
    case firstEntryIntoFlow
    /// Flow start and end: went from backlog straight to done.
    case skippedFlow
    /// Flow end: the last entry into done from a stage that is not done.
    case lastEntryIntoDone
    /// The item was re-opened out of done and is in progress again.
    case reopened
    /// No history: the end came from the resolved date.
    case resolvedDate
    /// No history: the end came from `Status Category Changed` on a Done item with no resolved date.
    case statusCategoryChanged
    /// No history: the start came from `Status Category Changed` on an In Progress item.
    case statusCategoryChangedStart
}

/// One item placed on the value stream: its stage intervals and flow dates (SPEC §4).
public struct ItemFlow: Sendable {
    public var item: WorkItem
    /// The Flow Framework item type (`Feature`, `Defect`, …).
    public var flowItem: String
    public var team: String
    /// The business value-stream step the item serves, when a business stream is configured.
    public var businessStep: String?
    /// The stage the item is in at the end of its history (index into the mapper's stages).
    public var stage: Int
    /// Stage intervals, oldest first; empty when the export carries no history.
    public var intervals: [StageInterval]
    public var flowStart: Date?
    public var flowEnd: Date?
    public var startRule: FlowRule?
    public var endRule: FlowRule?
    public var outcome: Outcome
    /// Seconds in active stages between flow start and flow end (or now, while in progress); `nil` without history.
    public var activeSeconds: Double?
    /// Seconds in wait stages between flow start and flow end; `nil` without history.
    public var waitSeconds: Double?
    /// True when the item went from backlog straight to done.
    public var skippedFlow: Bool

    public init(
        item: WorkItem, flowItem: String, team: String, businessStep: String? = nil, stage: Int,
        intervals: [StageInterval] = [], flowStart: Date? = nil, flowEnd: Date? = nil,
        startRule: FlowRule? = nil, endRule: FlowRule? = nil, outcome: Outcome,
        activeSeconds: Double? = nil, waitSeconds: Double? = nil, skippedFlow: Bool = false
    ) {
        self.item = item
        self.flowItem = flowItem
        self.team = team
        self.businessStep = businessStep
        self.stage = stage
        self.intervals = intervals
        self.flowStart = flowStart
        self.flowEnd = flowEnd
        self.startRule = startRule
        self.endRule = endRule
        self.outcome = outcome
        self.activeSeconds = activeSeconds
        self.waitSeconds = waitSeconds
        self.skippedFlow = skippedFlow
    }

    /// Flow end − flow start, in days; `nil` unless delivered with both dates known.
    public var flowTimeDays: Double? {
        guard outcome == .delivered, let flowStart, let flowEnd else { return nil }
        return flowEnd.timeIntervalSince(flowStart) / 86_400
    }

    /// Flow end − created, in days; `nil` unless delivered with both dates known.
    public var leadTimeDays: Double? {
        guard outcome == .delivered, let created = item.created, let flowEnd else { return nil }
        return flowEnd.timeIntervalSince(created) / 86_400
    }
}
