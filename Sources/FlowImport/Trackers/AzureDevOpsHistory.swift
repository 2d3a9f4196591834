import FlowModel
import Foundation

/// The dates of an Azure DevOps CSV row and the partial history they imply: created in the first state,
/// `Active` at the Activated Date, `Resolved` at the Resolved Date, closed at the Closed Date, and the
/// current state at the State Change Date.
///
/// The closing change enters the current state when that is a Completed one (`Done` in the Scrum and Basic
/// processes), else `Closed`. An item with neither an Activated nor a Resolved date (nor a current state in
/// progress with its date) gets no history: when its work started is unknown (``StageDateHistory``).
struct AzureDevOpsHistory {
    var created: Date?
    var activated: Date?
    var resolved: Date?
    var closed: Date?
    /// When the item entered its current state.
    var stateChanged: Date?
    /// The changes, oldest first.
    var changes: [StatusChange]

    init(_ row: TrackerCSVRow, state: String, dates: inout TrackerDateReader) throws(TrackerRowError) {
        created = try row.date("Created Date", &dates)
        activated = try row.date("Activated Date", &dates)
        resolved = try row.date("Resolved Date", &dates)
        closed = try row.date("Closed Date", &dates)
        stateChanged = try row.date("State Change Date", &dates)
        var history = StageDateHistory()
        history.add(AzureDevOpsState.firstState(current: state), at: created)
        history.add("Active", at: activated, inFlow: true)
        history.add("Resolved", at: resolved, inFlow: true)
        let completed = AzureDevOpsState.category(of: state) == .done && !AzureDevOpsState.isRemoved(state)
        history.add(completed ? state : "Closed", at: closed)
        if !state.isEmpty {
            history.add(state, at: stateChanged, inFlow: AzureDevOpsState.category(of: state) == .inProgress)
        }
        changes = history.changes
    }

    /// The categories of the states a history names that the item may not be in now: the first state, `Active`,
    /// `Resolved` and `Closed` (a status the export gives no category for would go to the backlog).
    static let statusCategories: [String: StatusCategory] = Dictionary(
        uniqueKeysWithValues: ["New", "Active", "Resolved", "Closed"].compactMap { state in
            AzureDevOpsState.category(of: state).map { (state, $0) }
        })
}
