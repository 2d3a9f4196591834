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
        var samples = Samples()
        // The two fields are read in place: `for item in items` would copy every item, all its strings and lists.
        items.withUnsafeBufferPointer { items in
            for index in items.indices where !items[index].timeInStatus.isEmpty && !items[index].status.isEmpty {
                samples.add(items[index].timeInStatus, status: items[index].status)
            }
        }
        return samples.deduceNames()
    }

    /// The Time in Status entries of the first ``itemsPerStatus`` items in each status, gathered as items are
    /// read (a large CSV's two halves each gather theirs, then join them in file order).
    struct Samples {
        /// Per status, in the order of the first item listing entries in it: the entries of its first items.
        private var statuses: [(status: String, entries: [StatusTimes])] = []
        private var slotByStatus: [String: Int] = [:]
        /// The slot in ``statuses`` of each status text a reader has numbered (a Jira CSV's text cache entry),
        /// -1 for none yet: a row's status is then found without hashing its text.
        private var slotByEntry: [Int] = []

        /// True when no item had entries.
        var isEmpty: Bool { statuses.isEmpty }

        /// Notes the entries of an item now in `status` (both not empty); `entry`, when given, is the number
        /// the reader gave that status text.
        mutating func add(_ entries: StatusTimes, status: String, entry: Int? = nil) {
            let slot = slot(of: status, entry: entry)
            if statuses[slot].entries.count < itemsPerStatus { statuses[slot].entries.append(entries) }
        }

        /// Adds `later`'s items after these, as if they had been added here one by one.
        mutating func append(_ later: Samples) {
            for (status, entries) in later.statuses {
                for item in entries { add(item, status: status) }
            }
        }

        private mutating func slot(of status: String, entry: Int?) -> Int {
            if let entry, entry < slotByEntry.count, slotByEntry[entry] >= 0 { return slotByEntry[entry] }
            let slot: Int
            if let known = slotByStatus[status] {
                slot = known
            } else {
                slot = statuses.count
                slotByStatus[status] = slot
                statuses.append((status, []))
            }
            if let entry {
                if entry >= slotByEntry.count {
                    slotByEntry.append(contentsOf: repeatElement(-1, count: entry + 1 - slotByEntry.count))
                }
                slotByEntry[entry] = slot
            }
            return slot
        }

        /// Status names by id (see ``JiraTimeInStatusNames``).
        func deduceNames() -> [String: String] {
            var candidates: [[String]] = statuses.map { status in
                var ids: [String] = []
                for entry in status.entries[0] where !ids.contains(entry.statusID) { ids.append(entry.statusID) }
                // Once down to one candidate (or none), the status has said all it can.
                for item in status.entries.dropFirst() where ids.count > 1 {
                    ids = ids.filter { id in item.contains { $0.statusID == id } }
                }
                return ids
            }
            var names: [String: String] = [:]
            var named = [Bool](repeating: false, count: statuses.count)
            var changed = true
            while changed {
                changed = false
                for slot in statuses.indices where !named[slot] {
                    candidates[slot] = candidates[slot].filter { names[$0] == nil }
                    guard candidates[slot].count == 1, let id = candidates[slot].first else { continue }
                    names[id] = statuses[slot].status
                    named[slot] = true
                    changed = true
                }
            }
            return names
        }
    }
}
