import FlowModel
import Foundation

/// Sprint membership changes from a changelog's `Sprint` item, whose `fromString` and `toString` hold the
/// item's whole sprint list before and after, comma-joined (`ABC Sprint 7, ABC Sprint 8`).
///
/// A sprint whose name holds `, ` is split at it: the ids (`from`/`to`) would tell, but they name no sprint
/// whose name the file is sure to give.
enum JiraJSONSprintChange {
    /// The sprints added and removed between the two lists, at `at`: removals first, then additions, each in
    /// list order.
    static func changes(at: Date, from: String, to: String) -> [SprintChange] {
        let before = names(from)
        let after = names(to)
        return before.filter { !after.contains($0) }.map { SprintChange(at: at, sprint: $0, added: false) }
            + after.filter { !before.contains($0) }.map { SprintChange(at: at, sprint: $0, added: true) }
    }

    private static func names(_ list: String) -> [String] {
        list.components(separatedBy: ", ").map(\.trimmedOfWhiteSpace).filter { !$0.isEmpty }
    }
}
