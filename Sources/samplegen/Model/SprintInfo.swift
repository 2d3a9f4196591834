/// One sprint on a team's board.
struct SprintInfo {
    /// Jira's numeric sprint id.
    let id: Int
    /// Index into ``Organisation/teams``.
    let team: Int
    /// `PAY Sprint 12`.
    let name: String
    /// Planned start and end, and when it was actually completed (Unix seconds).
    let start: Int
    let end: Int
    /// When the sprint was closed; `nil` while it is active or in the future.
    let completed: Int?

    /// `closed`, `active` or `future` at the export time.
    func state(at now: Int) -> String {
        if completed != nil { return "closed" }
        return start <= now ? "active" : "future"
    }
}
