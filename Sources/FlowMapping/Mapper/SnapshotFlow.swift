import FlowModel
import Foundation

/// The flow dates of an item without status history (CSV and RSS exports): only what the fields say.
///
/// - Outcome by the kind of the current status's stage (a done stage with a discarded resolution is
///   discarded).
/// - Delivered and discarded items end at `resolved`, else at `Status Category Changed` when the status
///   category is Done; with neither the end is unknown.
/// - Flow start is never known, so flow time, active and wait time are `nil`; lead time = end − created.
/// - An in-progress item whose category is In Progress ages from `Status Category Changed` — when it
///   entered that category — which is never used as a flow start.
struct SnapshotFlow {
    var stage: Int
    var flowEnd: Date?
    var endRule: FlowRule?
    var startRule: FlowRule?
    var agingStart: Date?
    var outcome: Outcome

    init(item: WorkItem, map: StageMap) {
        self.init(
            resolved: item.resolved, statusCategoryChanged: item.statusCategoryChanged, map: map,
            placement: map.placement(of: item.status, category: item.statusCategory),
            discardedResolution: map.isDiscarded(resolution: item.resolution))
    }

    /// The same, from the item's dates, the placement of its status and whether its resolution is a discarded
    /// one.
    init(
        resolved: Date?, statusCategoryChanged: Date?, map: StageMap, placement: StagePlacement,
        discardedResolution: Bool
    ) {
        stage = placement.stage
        let kind = map.kind(stage)
        let discarded = kind == .discarded || (kind == .done && discardedResolution)
        switch kind {
        case .done, .discarded:
            outcome = discarded ? .discarded : .delivered
            if let resolved {
                flowEnd = resolved
                endRule = .resolvedDate
            } else if placement.category == .done, let changed = statusCategoryChanged {
                flowEnd = changed
                endRule = .statusCategoryChanged
            }
        case .active, .wait:
            outcome = .inProgress
            if placement.category == .inProgress, let changed = statusCategoryChanged {
                agingStart = changed
                startRule = .statusCategoryChangedStart
            }
        case .backlog:
            outcome = .notStarted
        }
    }
}
