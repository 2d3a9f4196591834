import FlowModel

/// Names the status ids of Jira's `[CHART] Time in Status` where a CSV export gives only ids.
///
/// Jira lists every status an item has entered, its current one included, so the id of a status name is among
/// the ids of every item now in that status. Per name, the ids common to its items (the first thousand) are the
/// candidates; a name with a single candidate is named, that id is struck from the other names' candidates, and
/// so on until nothing changes. An id is named only when the data leaves no other choice: an export whose items are all
/// Done, say, names none (every Done item passed through the same statuses).
enum JiraTimeInStatusNames {
    /// Items of one status that are read at most: the candidates only shrink, and a few hundred items settle
    /// them; a large export's 60 000 Done items would only repeat what the first ones said.
    static let itemsPerStatus = 1_000

    /// Status names by id, deduced from `items`' current status and Time in Status entries.
    static func deduce(from items: [WorkItem]) -> [String: String] {
        var candidates: [String: (ids: [String], items: Int)] = [:]
        var order: [String] = []
        // The two fields are read in place: `for item in items` would copy every item, all its strings and lists.
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                let times = items[index].timeInStatus
                guard !times.isEmpty else { continue }
                let status = items[index].status
                guard !status.isEmpty else { continue }
                guard let known = candidates[status] else {
                    var ids: [String] = []
                    for entry in times where !ids.contains(entry.statusID) { ids.append(entry.statusID) }
                    candidates[status] = (ids, 1)
                    order.append(status)
                    continue
                }
                // Once down to one candidate (or none), or after enough items, the status has said all it can.
                guard known.ids.count > 1, known.items < itemsPerStatus else { continue }
                let kept = known.ids.filter { id in times.contains { $0.statusID == id } }
                candidates[status] = (kept, known.items + 1)
            }
        }
        var names: [String: String] = [:]
        var named: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for status in order where !named.contains(status) {
                let left = (candidates[status]?.ids ?? []).filter { names[$0] == nil }
                guard left.count == 1, let id = left.first else { continue }
                names[id] = status
                named.insert(status)
                changed = true
            }
        }
        return names
    }
}
