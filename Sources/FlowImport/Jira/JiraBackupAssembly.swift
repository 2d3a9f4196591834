import FlowModel
import Foundation

/// Joins what a ``JiraBackupCollector`` read into work items once the whole `entities.xml` is read: ids
/// become names, change groups and items become each issue's status history, custom-field values become
/// sprints and story points. Sprint dates come from `activeobjects.xml` rows read beforehand.
///
/// The history lives in `JiraBackupAssembly+History.swift`, sprints in `+Sprints`, labels, components,
/// versions, parents and epics in `+Links`.
struct JiraBackupAssembly {
    var collector: JiraBackupCollector
    /// Sprints from `activeobjects.xml`, by id; `sprintTableRead` when such a file was read.
    let sprintTable: [Int: Sprint]
    let sprintTableRead: Bool
    var notes: [JiraBackupNote] = []
    /// Categories of status names that status changes give to statuses since renamed (set by ``fillHistories(_:)``).
    var renamedCategories: [String: StatusCategory] = [:]

    init(collector: JiraBackupCollector, sprintTable: [Int: Sprint], sprintTableRead: Bool) {
        self.collector = collector
        self.sprintTable = sprintTable
        self.sprintTableRead = sprintTableRead
    }

    /// The dataset the backup holds.
    ///
    /// - Throws: ``InputError`` when there are no issues, or an issue's key cannot be made (skipped under
    ///   `--lenient`).
    mutating func dataset() throws(InputError) -> Dataset {
        let file = collector.file
        guard !collector.issues.isEmpty else {
            throw InputError(file: file, message: JiraBackupProblem.noIssues.message)
        }
        let keys = try issueKeys()
        var items = makeItems(keys: keys)
        collector.issues = []
        collector.groups.sort()
        // The sprints are joined on a second core while this one builds the status histories; both only
        // read what the collector gathered.
        let reader = SharedForReading(self)
        let count = items.count
        let sprintWork = BackgroundWork {
            () -> (names: JiraBackupSprintNames, lists: [[String]], changes: [[SprintChange]]) in
            let assembly = reader.value
            var names = assembly.sprintNames()
            let changes = assembly.issueSprintChanges(count: count, names: names)
            let lists = assembly.issueSprintIDs(count: count).map { ids in ids.map { names.name(of: $0) } }
            return (names, lists, changes)
        }
        fillHistories(&items)
        let (names, sprintLists, sprintChanges) = sprintWork.wait()
        collector.groups = JiraBackupGroups()
        collector.sprintChanges = []
        let custom = customValues(keys: keys)
        let extras = linkedValues(keys: keys)
        for index in items.indices {
            items[index].sprints = sprintLists[index]
            items[index].sprintChanges = sprintChanges[index]
            items[index].storyPoints = custom.storyPoints[index]
            items[index].epic = custom.epics[index] ?? extras.epics[index]
            items[index].parent = extras.parents[index]
            items[index].labels = extras.labels[index]
            items[index].components = extras.components[index]
            items[index].fixVersions = extras.fixVersions[index]
            if items[index].status.isEmpty, let last = items[index].history.last { items[index].status = last.to }
        }
        if keys.contains(nil) {
            items = zip(items, keys).filter { $0.1 != nil }.map(\.0)
        }
        if !names.unnamed.isEmpty {
            notes.append(.unnamedSprints(file: file, ids: names.unnamed.sorted().map(String.init)))
        }
        if !sprintTableRead && items.contains(where: { !$0.sprints.isEmpty }) {
            notes.append(.sprintsWithoutDates(file: file))
        }
        let source = SourceSummary(
            file: file, format: ExportFormat.jiraBackup.rawValue, formatName: ExportFormat.jiraBackup.displayName,
            items: items.count, statusChanges: items.reduce(0) { $0 + $1.history.count }, history: .full,
            skipped: collector.skipped)
        return Dataset(
            items: items, sprints: names.datasetSprints(), statusNames: statusNames(),
            statusCategories: statusCategories(), sources: [source], notes: notes.map(\.text))
    }

    /// Each issue's key: its `key`, else its project's key and its `number` (newer Jira writes no `key`);
    /// `nil` for an issue skipped under `--lenient`.
    private mutating func issueKeys() throws(InputError) -> [String?] {
        var keys: [String?] = []
        keys.reserveCapacity(collector.issues.count)
        for issue in collector.issues {
            if let key = issue.key {
                keys.append(key)
            } else if issue.number != JiraBackupRow.absent, let project = collector.projects[issue.project] {
                keys.append("\(project)-\(issue.number)")
            } else {
                let project = issue.project == JiraBackupRow.absent ? nil : String(issue.project)
                try collector.fail(.noKey(issue: issue.id, project: project), line: issue.line)
                keys.append(nil)
            }
        }
        return keys
    }

    /// The items with the issues' own columns, ids turned into names.
    private func makeItems(keys: [String?]) -> [WorkItem] {
        let interner = collector.interner
        func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
        return collector.issues.indices.map { index in
            let issue = collector.issues[index]
            let status = collector.statuses[issue.status]
            var project = collector.projects[issue.project] ?? ""
            if project.isEmpty, let key = keys[index], let dash = key.lastIndex(of: "-") {
                project = String(key[..<dash])
            }
            return WorkItem(
                key: keys[index] ?? "", title: issue.summary, type: collector.issueTypes[issue.type] ?? "",
                status: status?.name ?? "", statusID: interner.string(issue.status), statusCategory: status?.category,
                project: project, created: date(issue.created), updated: date(issue.updated),
                resolved: date(issue.resolved), resolution: collector.resolutions[issue.resolution],
                assignee: interner.string(issue.assignee), reporter: interner.string(issue.reporter),
                priority: collector.priorities[issue.priority], fields: ["Issue id": String(issue.id)],
                source: ExportFormat.jiraBackup.rawValue)
        }
    }

    /// Status names by id, from the `<Status>` rows.
    private func statusNames() -> [String: String] {
        var names: [String: String] = [:]
        for id in collector.statusOrder {
            guard let text = collector.interner.string(id), let status = collector.statuses[id] else { continue }
            names[text] = status.name
        }
        return names
    }
}
