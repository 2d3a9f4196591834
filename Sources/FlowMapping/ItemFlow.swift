import FlowModel
import Foundation

/// How an item ended up, for reporting (SPEC §5 `outcome`).
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    case notStarted
    case inProgress
    case delivered
    case discarded
}

/// A stretch of time an item spent in one stage.
///
/// A large backup maps to close to a million of these, so they are kept in 24 bytes: the stage as a 32-bit
/// number, the status as its number among the spellings seen (``StatusSpellings``), and the end as seconds,
/// with infinity for "still there".
public struct StageInterval: Sendable, Hashable {
    public var start: Date
    private var endSeconds: Double
    private var stageNumber: Int32
    private var statusNumber: Int32

    /// Index into ``ValueStream/stages`` (or the resolved stage list of the mapper).
    public var stage: Int {
        get { Int(stageNumber) }
        set { stageNumber = Int32(clamping: newValue) }
    }

    /// The status that put the item there.
    public var status: String {
        get { StatusSpellings.shared.spelling(statusNumber) }
        set { statusNumber = StatusSpellings.shared.number(of: newValue) }
    }

    /// `nil` while the item is still in the stage.
    public var end: Date? {
        get { endSeconds == .infinity ? nil : Date(timeIntervalSinceReferenceDate: endSeconds) }
        set { endSeconds = newValue?.timeIntervalSinceReferenceDate ?? .infinity }
    }

    public init(stage: Int, status: String, start: Date, end: Date?) {
        self.init(stage: stage, statusNumber: StatusSpellings.shared.number(of: status), start: start, end: end)
    }

    /// An interval whose status the caller numbered already (the mapper, which meets each spelling once).
    init(stage: Int, statusNumber: Int32, start: Date, end: Date?) {
        self.start = start
        self.endSeconds = end?.timeIntervalSinceReferenceDate ?? .infinity
        self.stageNumber = Int32(clamping: stage)
        self.statusNumber = statusNumber
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
    /// Flow end of a discarded item: it entered the discarded stage (or a done stage with a discarded
    /// resolution) and stayed there.
    case enteredDiscarded
}

/// One item placed on the value stream: its stage intervals and flow dates (SPEC §4).
///
/// The values live in one copy-on-write box: metrics pass flows around by the hundred thousand, and a copy
/// then costs one retain instead of one per field. The item is not copied at all: the mapper's flows share the
/// dataset's array of items, and `flow.item.key` reads the key in place.
public struct ItemFlow: Sendable {
    // Reachable from inlinable code: the getters below are read millions of times by the metrics and renderers
    // of other modules, where a call for each would cost more than the read.
    @usableFromInline var storage: ItemFlowStorage

    @inlinable
    public var item: WorkItem {
        unsafeAddress { storage.itemAddress }
        _modify {
            var item = storage.itemAddress.pointee
            defer { storage = storage.copy(owner: WorkItemsOwner([item]), index: 0) }
            yield &item
        }
    }
    /// The Flow Framework item type (`Feature`, `Defect`, …).
    @inlinable
    public var flowItem: String {
        get { storage.flowItem }
        _modify {
            makeUnique()
            yield &storage.flowItem
        }
    }
    @inlinable
    public var team: String {
        get { storage.team }
        _modify {
            makeUnique()
            yield &storage.team
        }
    }
    /// The business value-stream step the item serves, when a business stream is configured.
    @inlinable
    public var businessStep: String? {
        get { storage.businessStep }
        _modify {
            makeUnique()
            yield &storage.businessStep
        }
    }
    /// The stage the item is in at the end of its history (index into the mapper's stages).
    @inlinable
    public var stage: Int {
        get { storage.stage }
        _modify {
            makeUnique()
            yield &storage.stage
        }
    }
    /// Stage intervals, oldest first; empty when the export carries no history.
    @inlinable
    public var intervals: [StageInterval] {
        get { storage.intervals }
        _modify {
            makeUnique()
            yield &storage.intervals
        }
    }
    @inlinable
    public var flowStart: Date? {
        get { storage.flowStart }
        _modify {
            makeUnique()
            yield &storage.flowStart
        }
    }
    /// Delivered items: the flow end. Discarded items: when they entered the stage they ended in.
    @inlinable
    public var flowEnd: Date? {
        get { storage.flowEnd }
        _modify {
            makeUnique()
            yield &storage.flowEnd
        }
    }
    @inlinable
    public var startRule: FlowRule? {
        get { storage.startRule }
        _modify {
            makeUnique()
            yield &storage.startRule
        }
    }
    @inlinable
    public var endRule: FlowRule? {
        get { storage.endRule }
        _modify {
            makeUnique()
            yield &storage.endRule
        }
    }
    @inlinable
    public var outcome: Outcome {
        get { storage.outcome }
        _modify {
            makeUnique()
            yield &storage.outcome
        }
    }
    /// Seconds in active stages between flow start and flow end (or now, while in progress); `nil` without history.
    @inlinable
    public var activeSeconds: Double? {
        get { storage.activeSeconds }
        _modify {
            makeUnique()
            yield &storage.activeSeconds
        }
    }
    /// Seconds in wait stages between flow start and flow end; `nil` without history.
    @inlinable
    public var waitSeconds: Double? {
        get { storage.waitSeconds }
        _modify {
            makeUnique()
            yield &storage.waitSeconds
        }
    }
    /// True when the item went from backlog straight to done.
    @inlinable
    public var skippedFlow: Bool {
        get { storage.skippedFlow }
        _modify {
            makeUnique()
            yield &storage.skippedFlow
        }
    }
    /// The instant an in-progress item's age counts from: its flow start, or — without history — when it
    /// entered the In Progress status category (`Status Category Changed`, rule
    /// ``FlowRule/statusCategoryChangedStart``). Never used for flow time.
    @inlinable
    public var agingStart: Date? {
        get { storage.agingStart }
        _modify {
            makeUnique()
            yield &storage.agingStart
        }
    }

    public init(
        item: WorkItem, flowItem: String, team: String, businessStep: String? = nil, stage: Int,
        intervals: [StageInterval] = [], flowStart: Date? = nil, flowEnd: Date? = nil,
        startRule: FlowRule? = nil, endRule: FlowRule? = nil, outcome: Outcome,
        activeSeconds: Double? = nil, waitSeconds: Double? = nil, skippedFlow: Bool = false,
        agingStart: Date? = nil
    ) {
        self.init(
            owner: WorkItemsOwner([item]), index: 0, flowItem: flowItem, team: team, businessStep: businessStep,
            stage: stage,
            intervals: intervals, flowStart: flowStart, flowEnd: flowEnd, startRule: startRule, endRule: endRule,
            outcome: outcome, activeSeconds: activeSeconds, waitSeconds: waitSeconds, skippedFlow: skippedFlow,
            agingStart: agingStart)
    }

    /// The flow of item `index` of `owner` (which holds a dataset's items), keeping the owner rather than a copy
    /// of the item.
    init(
        owner: WorkItemsOwner, index: Int, flowItem: String, team: String, businessStep: String? = nil, stage: Int,
        intervals: [StageInterval] = [], flowStart: Date? = nil, flowEnd: Date? = nil,
        startRule: FlowRule? = nil, endRule: FlowRule? = nil, outcome: Outcome,
        activeSeconds: Double? = nil, waitSeconds: Double? = nil, skippedFlow: Bool = false,
        agingStart: Date? = nil
    ) {
        storage = ItemFlowStorage(
            owner: owner, index: index, flowItem: flowItem, team: team, businessStep: businessStep, stage: stage,
            intervals: intervals, flowStart: flowStart, flowEnd: flowEnd, startRule: startRule, endRule: endRule,
            outcome: outcome, activeSeconds: activeSeconds, waitSeconds: waitSeconds, skippedFlow: skippedFlow,
            agingStart: agingStart ?? flowStart)
    }

    /// Flow end − flow start, in days; `nil` unless delivered with both dates known.
    @inlinable
    public var flowTimeDays: Double? {
        guard outcome == .delivered, let flowStart, let flowEnd else { return nil }
        return flowEnd.timeIntervalSince(flowStart) / 86_400
    }

    /// Flow end − created, in days; `nil` unless delivered with both dates known.
    @inlinable
    public var leadTimeDays: Double? {
        guard outcome == .delivered, let created = item.created, let flowEnd else { return nil }
        return flowEnd.timeIntervalSince(created) / 86_400
    }

    @usableFromInline mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }
}

/// The values behind an ``ItemFlow``. Only mutated while uniquely referenced (copy on write), so sharing it
/// across threads is safe.
@usableFromInline final class ItemFlowStorage: @unchecked Sendable {
    /// Keeps the item alive: it is item `index` of the owner's items, which never change, so the item stays
    /// where it is while the storage is alive.
    @usableFromInline let owner: WorkItemsOwner
    @usableFromInline let index: Int
    /// The item in place, valid while this storage is alive.
    @usableFromInline let itemAddress: UnsafePointer<WorkItem>
    // Only changed while uniquely referenced, so no two accesses can overlap: the checks the runtime would
    // make on every read are skipped.
    @usableFromInline @exclusivity(unchecked) var flowItem: String
    @usableFromInline @exclusivity(unchecked) var team: String
    @usableFromInline @exclusivity(unchecked) var businessStep: String?
    @usableFromInline @exclusivity(unchecked) var stage: Int
    @usableFromInline @exclusivity(unchecked) var intervals: [StageInterval]
    @usableFromInline @exclusivity(unchecked) var flowStart: Date?
    @usableFromInline @exclusivity(unchecked) var flowEnd: Date?
    @usableFromInline @exclusivity(unchecked) var startRule: FlowRule?
    @usableFromInline @exclusivity(unchecked) var endRule: FlowRule?
    @usableFromInline @exclusivity(unchecked) var outcome: Outcome
    @usableFromInline @exclusivity(unchecked) var activeSeconds: Double?
    @usableFromInline @exclusivity(unchecked) var waitSeconds: Double?
    @usableFromInline @exclusivity(unchecked) var skippedFlow: Bool
    @usableFromInline @exclusivity(unchecked) var agingStart: Date?

    init(
        owner: WorkItemsOwner, index: Int, flowItem: String, team: String, businessStep: String?, stage: Int,
        intervals: [StageInterval], flowStart: Date?, flowEnd: Date?, startRule: FlowRule?, endRule: FlowRule?,
        outcome: Outcome, activeSeconds: Double?, waitSeconds: Double?, skippedFlow: Bool, agingStart: Date?
    ) {
        self.owner = owner
        self.index = index
        itemAddress = owner.address(of: index)
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
        self.agingStart = agingStart
    }

    @usableFromInline func copy(owner: WorkItemsOwner? = nil, index: Int? = nil) -> ItemFlowStorage {
        ItemFlowStorage(
            owner: owner ?? self.owner, index: index ?? self.index, flowItem: flowItem, team: team,
            businessStep: businessStep, stage: stage,
            intervals: intervals, flowStart: flowStart, flowEnd: flowEnd, startRule: startRule, endRule: endRule,
            outcome: outcome, activeSeconds: activeSeconds, waitSeconds: waitSeconds, skippedFlow: skippedFlow,
            agingStart: agingStart)
    }
}

/// A list of work items that item flows point into, never changed once made.
///
/// Each flow keeps its owner alive. The mapper gives each of its threads an owner of its own over the same
/// dataset items, so that the two do not both count references to one object, a hundred thousand times each.
@usableFromInline final class WorkItemsOwner: @unchecked Sendable {
    @usableFromInline let items: [WorkItem]

    @usableFromInline init(_ items: [WorkItem]) {
        self.items = items
    }

    /// Where item `index` is; valid while this owner is alive.
    @usableFromInline func address(of index: Int) -> UnsafePointer<WorkItem> {
        precondition(items.indices.contains(index), "an item flow's item must be in its list")
        return items.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { preconditionFailure("an item flow's list is never empty") }
            return base + index
        }
    }
}
