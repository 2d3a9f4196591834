import FlowModel
import Foundation

/// The partial history that a few dated stages imply (Azure's Created/Activated/Resolved/Closed dates,
/// Linear's Created/Started/Completed/Canceled): one change into each stage at its date, oldest first.
///
/// Stages given without a date are left out; a stage that repeats the status before it adds no change.
/// Stages with the same date keep the order they were added in.
///
/// Dates that name no stage of the flow (only a creation and a closing) tell nothing of when work started:
/// such an item gets no history, and is read as an export without history reads it (lead time from its
/// dates, no flow time), not as one that went from the backlog straight to done.
struct StageDateHistory {
    private var entries: [(at: Date, status: String)] = []
    private var hasFlowStage = false

    /// Notes that the item entered `status` at `date`; does nothing when `date` is `nil`. `inFlow`: the status
    /// is one of work in progress (Azure's `Active`, Linear's started), whose date says when work started.
    mutating func add(_ status: String, at date: Date?, inFlow: Bool = false) {
        guard let date else { return }
        entries.append((date, status))
        if inFlow { hasFlowStage = true }
    }

    /// The changes, oldest first; the first one comes from no status (the item's creation, or the
    /// earliest stage known). None when no stage of the flow has a date.
    var changes: [StatusChange] {
        guard hasFlowStage else { return [] }
        let ordered = entries.enumerated().sorted { lhs, rhs in
            lhs.element.at != rhs.element.at ? lhs.element.at < rhs.element.at : lhs.offset < rhs.offset
        }
        var changes: [StatusChange] = []
        for (_, entry) in ordered {
            let previous = changes.last?.to
            if previous == entry.status { continue }
            changes.append(StatusChange(at: entry.at, from: previous, to: entry.status))
        }
        return changes
    }
}
