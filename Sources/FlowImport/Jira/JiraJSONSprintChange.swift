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
        guard !list.isEmpty else { return [] }
        // Split at ", " by hand: every history entry of a sprint change has two lists, and the generic
        // `split(separator:)` on a string separator is slow.
        var names: [String] = []
        let utf8 = list.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: ","), next != utf8.endIndex, utf8[next] == UInt8(ascii: " ") {
                names.append(String(list[start..<index]).trimmedOfWhiteSpace)
                start = utf8.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        names.append(String(list[start...]).trimmedOfWhiteSpace)
        return names.filter { !$0.isEmpty }
    }
}
