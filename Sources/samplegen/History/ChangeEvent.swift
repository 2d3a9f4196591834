/// One change an issue's change log records, as the history formats (site backup, REST JSON,
/// transitions CSV) write it: a status change (with the resolution it set or cleared) or a
/// change of the Sprint field.
struct ChangeEvent {
    enum Kind {
        /// A workflow transition; `resolutionBefore` ≠ `resolutionAfter` when it set or cleared one.
        case status(
            from: WorkflowStatus, to: WorkflowStatus, resolutionBefore: Resolution?, resolutionAfter: Resolution?)
        /// The Sprint field before and after, as indexes into ``Organisation/sprints``.
        case sprint(before: [Int], after: [Int])
    }

    /// Unix seconds.
    let at: Int
    /// Index into ``Organisation/people`` of who made the change.
    let author: Int
    let kind: Kind
}
