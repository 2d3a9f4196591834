import FlowModel

/// A Trello list, which StreamGauge reads as a status.
struct TrelloList: Equatable {
    var id: String
    var name: String
    /// True for an archived list.
    var closed: Bool

    /// The category of `list` among the board's `lists`: a name saying done, complete,
    /// closed, finished or shipped → Done; the first open list → To Do; any other → In Progress.
    static func category(of list: TrelloList, among lists: [TrelloList]) -> StatusCategory {
        if isDone(list.name) { return .done }
        if list.id == lists.first(where: { !$0.closed })?.id { return .toDo }
        return .inProgress
    }

    /// True when `name` says the work in the list is finished.
    static func isDone(_ name: String) -> Bool {
        let folded = name.lowercased()
        return ["done", "complete", "closed", "finished", "shipped", "released"].contains { folded.contains($0) }
    }
}
