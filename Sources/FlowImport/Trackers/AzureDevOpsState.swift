import FlowModel

/// Azure DevOps' state categories (Proposed, In Progress, Resolved, Completed, Removed) for the states of
/// its standard processes (Basic, Agile, Scrum, CMMI), placed in StreamGauge's three.
enum AzureDevOpsState {
    /// The category of a standard state (any case); `nil` for a custom state such as `Deployment`.
    ///
    /// Proposed → To Do; In Progress and Resolved → In Progress; Completed and Removed → Done.
    static func category(of state: String) -> StatusCategory? {
        switch state.lowercased() {
        case "new", "to do", "approved", "proposed": .toDo
        case "active", "committed", "in progress", "doing", "resolved": .inProgress
        case "closed", "done", "completed", "removed": .done
        default: nil
        }
    }

    /// True for the state of the Removed category: the item was dropped, not finished.
    static func isRemoved(_ state: String) -> Bool { state.lowercased() == "removed" }

    /// The status an item is taken to be created in: its current state when that is a Proposed one (a
    /// Basic process's `To Do`), else `New`, the first state of the Agile, Scrum and CMMI processes.
    static func firstState(current: String) -> String {
        category(of: current) == .toDo ? current : "New"
    }
}
