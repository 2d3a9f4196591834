/// A fix version: what a team shipped at the end of a sprint.
struct Release {
    let id: Int
    /// Index into ``Organisation/teams``.
    let team: Int
    /// `Quote Engine 4.12`.
    let name: String
    /// When it ships (Unix seconds): the end of the sprint it belongs to.
    let date: Int
}
