/// Jira's three status categories, which every tracker's states can be placed in.
///
/// Jira names them `new` / `indeterminate` / `done` in its APIs (ids 2, 4, 3) and
/// "To Do" / "In Progress" / "Done" in its user interface (localised in exports).
public enum StatusCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case toDo = "To Do"
    case inProgress = "In Progress"
    case done = "Done"

    /// The category for one of Jira's keys (`new`, `indeterminate`, `done`), ids (`2`, `4`, `3`)
    /// or English and localised display names; `nil` when the text names none of them.
    public init?(jiraName text: String) {
        let folded = text.matchKey
        switch folded {
        case "new", "2", "to do", "todo", "por hacer", "pendiente", "к выполнению", "a fazer", "לביצוע":
            self = .toDo
        case "indeterminate", "4", "in progress", "en curso", "en progreso", "в работе", "em andamento",
            "בתהליך":
            self = .inProgress
        case "done", "3", "complete", "completed", "listo", "finalizada", "hecho", "готово", "concluído",
            "concluido", "הושלם":
            self = .done
        default:
            return nil
        }
    }

    private var order: Int {
        switch self {
        case .toDo: 0
        case .inProgress: 1
        case .done: 2
        }
    }

    public static func < (lhs: StatusCategory, rhs: StatusCategory) -> Bool { lhs.order < rhs.order }
}
