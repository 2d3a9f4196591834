import FlowModel
import Foundation

extension JiraBackupAssembly {
    /// Fills each item's status history, oldest first (`items` are in step with the issues): every status
    /// change joined to its group (time and issue). Changes whose group or issue is missing, or that name
    /// unknown status ids, are counted into notes.
    ///
    /// The changes are bucketed by issue (a counting sort, no per-change allocation), then each issue's few
    /// changes are ordered by time, group id and file order.
    mutating func fillHistories(_ items: inout [WorkItem]) {
        let file = collector.file
        collector.groups.sort()
        let groups = collector.groups
        let changes = collector.statusChanges
        collector.statusChanges = []
        let issueCount = items.count
        var owner = [Int32](repeating: -1, count: changes.count)
        var groupOf = [Int32](repeating: -1, count: changes.count)
        var starts = [Int](repeating: 0, count: issueCount + 1)
        var withoutGroup = 0
        var withoutIssue = 0
        for (position, change) in changes.enumerated() {
            guard let group = groups.index(of: change.group) else {
                withoutGroup += 1
                continue
            }
            guard let issue = collector.issueIndex[groups.issues[group]] else {
                withoutIssue += 1
                continue
            }
            owner[position] = Int32(issue)
            groupOf[position] = Int32(group)
            starts[issue + 1] += 1
        }
        for index in 0..<issueCount { starts[index + 1] += starts[index] }
        var order = [Int32](repeating: 0, count: starts[issueCount])
        var next = starts
        for position in changes.indices where owner[position] >= 0 {
            let issue = Int(owner[position])
            order[next[issue]] = Int32(position)
            next[issue] += 1
        }
        next = []
        owner = []

        var namer = JiraBackupStatusNamer(interner: collector.interner, statuses: collector.statuses)
        var unknownChanges = 0
        for issue in 0..<issueCount {
            let range = starts[issue]..<starts[issue + 1]
            order[range].sort { left, right in
                let leftGroup = Int(groupOf[Int(left)])
                let rightGroup = Int(groupOf[Int(right)])
                if groups.times[leftGroup] != groups.times[rightGroup] {
                    return groups.times[leftGroup] < groups.times[rightGroup]
                }
                if leftGroup != rightGroup { return groups.ids[leftGroup] < groups.ids[rightGroup] }
                return left < right
            }
            var history: [StatusChange] = []
            history.reserveCapacity(range.count)
            for position in order[range] {
                let change = changes[Int(position)]
                let unknownBefore = namer.unknownReferences
                defer { if namer.unknownReferences > unknownBefore { unknownChanges += 1 } }
                guard let to = namer.name(id: change.toID, text: change.toName) else { continue }
                let at = Date(timeIntervalSince1970: groups.times[Int(groupOf[Int(position)])])
                history.append(StatusChange(at: at, from: namer.name(id: change.fromID, text: change.fromName), to: to))
            }
            items[issue].history = history
        }
        if withoutGroup > 0 { notes.append(.changesWithoutGroup(file: file, count: withoutGroup)) }
        if withoutIssue > 0 { notes.append(.changesWithoutIssue(file: file, count: withoutIssue)) }
        if unknownChanges > 0 {
            let ids = namer.unknownIDs.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            notes.append(.unknownStatuses(file: file, count: unknownChanges, ids: ids))
        }
        renamedCategories = namer.renamedCategories
    }

    /// The categories of status names, from the `<Status>` rows, and for names that status changes give to
    /// a status since renamed, the category of the status their id names.
    func statusCategories() -> [String: StatusCategory] {
        var categories: [String: StatusCategory] = [:]
        for id in collector.statusOrder {
            guard let status = collector.statuses[id], let category = status.category,
                categories[status.name] == nil
            else { continue }
            categories[status.name] = category
        }
        for (name, category) in renamedCategories where categories[name] == nil {
            categories[name] = category
        }
        return categories
    }
}
