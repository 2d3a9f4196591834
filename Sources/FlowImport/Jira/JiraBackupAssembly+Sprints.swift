import FlowModel
import Foundation

extension JiraBackupAssembly {
    /// Sprint names: the `activeobjects.xml` table's, then those sprint changes give (`newvalue="2, 3"`
    /// with `newstring="SDK Sprint 1, SDK Sprint 2"`, used only when both lists have as many entries, since
    /// a sprint's name may itself hold a comma).
    func sprintNames() -> JiraBackupSprintNames {
        var names = JiraBackupSprintNames(table: sprintTable)
        let interner = collector.interner
        // Many changes repeat the same few sprint lists: each distinct pair is read once.
        var seen: Set<Int64> = []
        for change in collector.sprintChanges {
            guard seen.insert(Int64(change.newValue) << 32 | Int64(UInt32(bitPattern: change.newString))).inserted
            else { continue }
            guard let values = interner.string(change.newValue), let strings = interner.string(change.newString)
            else { continue }
            let ids = Self.sprintIDs(values)
            let labels = strings.components(separatedBy: ", ")
            guard ids.count == labels.count else { continue }
            for (id, label) in zip(ids, labels) { names.learn(id: id, name: label) }
        }
        return names
    }

    /// Each of the `count` issues' sprint ids, ascending, by the issue's position: the sprint field's values, else (for an
    /// issue with none, as in backups without `CustomFieldValue` rows) the sprints its latest sprint change
    /// left it in.
    func issueSprintIDs(count: Int) -> [[Int]] {
        let issueIndex = collector.issueIndex
        var ids = [[Int]](repeating: [], count: count)
        var fromValues = [Bool](repeating: false, count: count)
        for value in collector.customValues where collector.customFields[value.field] == .sprint {
            guard let issue = issueIndex[value.issue], let id = Int(exactly: value.value) else { continue }
            ids[issue].append(id)
            fromValues[issue] = true
        }
        var latest: [Int: (time: Double, group: Int, position: Int)] = [:]
        let groups = collector.groups
        for (position, change) in collector.sprintChanges.enumerated() {
            guard let group = groups.index(of: change.group), let issue = issueIndex[groups.issues[group]],
                !fromValues[issue]
            else { continue }
            let entry = (time: groups.times[group], group: change.group, position: position)
            if let known = latest[issue],
                (known.time, known.group, known.position) > (entry.time, entry.group, entry.position)
            {
                continue
            }
            latest[issue] = entry
        }
        var parsed: [Int32: [Int]] = [:]
        for (issue, entry) in latest {
            let value = collector.sprintChanges[entry.position].newValue
            if parsed[value] == nil { parsed[value] = collector.interner.string(value).map(Self.sprintIDs) ?? [] }
            ids[issue] = parsed[value] ?? []
        }
        return ids.map { $0.count < 2 ? $0 : Array(Set($0)).sorted() }
    }

    /// The ids in a sprint field's value, `2, 3`.
    static func sprintIDs(_ text: String) -> [Int] {
        text.split(separator: ",").compactMap { Int($0.trimmedOfWhiteSpace) }
    }
}
