/// Every `ChangeGroup` row as three parallel arrays (24 bytes a group), found by id with a binary search.
///
/// Groups are kept whatever they changed, because their items may come later in the file; Jira writes
/// them in id order, so sorting is usually a no-op.
struct JiraBackupGroups {
    private(set) var ids: [Int] = []
    /// The issue each group changed.
    private(set) var issues: [Int] = []
    /// When each group happened, seconds since 1970 UTC.
    private(set) var times: [Double] = []
    private var sorted = true

    var count: Int { ids.count }

    mutating func append(id: Int, issue: Int, time: Double) {
        if let last = ids.last, id < last { sorted = false }
        ids.append(id)
        issues.append(issue)
        times.append(time)
    }

    /// Puts the groups in id order, so that ``index(of:)`` can search them.
    mutating func sort() {
        guard !sorted else { return }
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        ids = order.map { ids[$0] }
        issues = order.map { issues[$0] }
        times = order.map { times[$0] }
        sorted = true
    }

    /// The position of the group with `id`, or `nil` when there is none; call ``sort()`` first.
    func index(of id: Int) -> Int? {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }
}
