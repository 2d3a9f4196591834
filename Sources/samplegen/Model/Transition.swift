/// One status change in a simulated issue's history, with the resolution it leaves behind.
struct Transition {
    /// When the issue entered `to` (Unix seconds).
    let at: Int
    /// The status left; `nil` for the creation of the issue.
    let from: WorkflowStatus?
    let to: WorkflowStatus
    /// The resolution after this change (`nil` = unresolved); a change of resolution always
    /// happens together with a status change in this workflow.
    let resolution: Resolution?
    /// Index into ``Organisation/people`` of who made the change.
    let author: Int
}
