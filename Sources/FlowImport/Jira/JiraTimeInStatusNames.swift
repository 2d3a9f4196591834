import FlowModel

/// Names the status ids of Jira's `[CHART] Time in Status` where a CSV export gives only ids.
///
/// Jira lists every status an item has entered, its current one included, so the id of a status name is among
/// the ids of every item now in that status. Per name, the ids common to all its items are the candidates; a
/// name with a single candidate is named, that id is struck from the other names' candidates, and so on until
/// nothing changes. An id is named only when the data leaves no other choice: an export whose items are all
/// Done, say, names none (every Done item passed through the same statuses).
enum JiraTimeInStatusNames {
    /// Status names by id, deduced from `items`' current status and Time in Status entries.
    static func deduce(from items: [WorkItem]) -> [String: String] {
        var candidates: [String: Set<String>] = [:]
        var order: [String] = []
        for item in items where !item.timeInStatus.isEmpty && !item.status.isEmpty {
            let ids = Set(item.timeInStatus.map(\.statusID))
            if let known = candidates[item.status] {
                candidates[item.status] = known.intersection(ids)
            } else {
                candidates[item.status] = ids
                order.append(item.status)
            }
        }
        var names: [String: String] = [:]
        var named: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for status in order where !named.contains(status) {
                let left = (candidates[status] ?? []).filter { names[$0] == nil }
                guard left.count == 1, let id = left.first else { continue }
                names[id] = status
                named.insert(status)
                changed = true
            }
        }
        return names
    }
}
