import FlowModel
import Foundation

extension JiraBackupAssembly {
    /// Each of the `count` issues' sprint changes, oldest first, by the issue's position: replaying the
    /// sprint field's successive values (`newvalue="2, 3"`), a sprint is added when it enters the list and
    /// removed when it leaves it. The list before an issue's first change is taken as empty (a `ChangeItem`
    /// row's old value is not kept), as it is for an issue created outside any sprint.
    func issueSprintChanges(count: Int, names: JiraBackupSprintNames) -> [[SprintChange]] {
        // A copy: naming a sprint an issue only left must not list it among the dataset's sprints.
        var names = names
        let issueIndex = collector.issueIndex
        let groups = collector.groups
        var entries = [[(time: Double, group: Int, position: Int)]](repeating: [], count: count)
        for (position, change) in collector.sprintChanges.enumerated() {
            guard let group = groups.index(of: change.group), let issue = issueIndex[groups.issues[group]] else {
                continue
            }
            entries[issue].append((groups.times[group], change.group, position))
        }
        var parsed: [Int32: [Int]] = [:]
        return entries.map { issueEntries in
            guard !issueEntries.isEmpty else { return [] }
            var changes: [SprintChange] = []
            var current: Set<Int> = []
            for entry in issueEntries.sorted(by: { ($0.time, $0.group, $0.position) < ($1.time, $1.group, $1.position) }
            ) {
                let value = collector.sprintChanges[entry.position].newValue
                if parsed[value] == nil { parsed[value] = collector.interner.string(value).map(Self.sprintIDs) ?? [] }
                let next = Set(parsed[value] ?? [])
                let at = Date(timeIntervalSince1970: entry.time)
                for id in next.subtracting(current).sorted() {
                    changes.append(SprintChange(at: at, sprint: names.name(of: id), added: true))
                }
                for id in current.subtracting(next).sorted() {
                    changes.append(SprintChange(at: at, sprint: names.name(of: id), added: false))
                }
                current = next
            }
            return changes
        }
    }
}
