import FlowModel
import Foundation

/// The partial history that a few dated stages imply (Azure's Created/Activated/Resolved/Closed dates,
/// Linear's Created/Started/Completed/Canceled): one change into each stage at its date, oldest first.
///
/// Stages given without a date are left out; a stage that repeats the status before it adds no change.
/// Stages with the same date keep the order they were added in.
struct StageDateHistory {
    private var entries: [(at: Date, status: String)] = []

    /// Notes that the item entered `status` at `date`; does nothing when `date` is `nil`.
    mutating func add(_ status: String, at date: Date?) {
        guard let date else { return }
        entries.append((date, status))
    }

    /// The changes, oldest first; the first one comes from no status (the item's creation, or the
    /// earliest stage known).
    var changes: [StatusChange] {
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
