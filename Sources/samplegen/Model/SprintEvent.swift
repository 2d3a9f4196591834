/// An issue being added to or removed from a sprint.
struct SprintEvent {
    /// Index into ``Organisation/sprints``.
    let sprint: Int
    let added: Bool
    /// Unix seconds.
    let at: Int
}
