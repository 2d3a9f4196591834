import FlowModel

/// Sprint names by id: from `activeobjects.xml` where it was read, else from the names sprint changes
/// gave them. Remembers which ids were used and which had no name.
struct JiraBackupSprintNames: Sendable {
    /// Sprints with their dates, from `activeobjects.xml`.
    let table: [Int: Sprint]
    /// Names by id, the table's first.
    private var names: [Int: String]
    private(set) var used: Set<Int> = []
    private(set) var unnamed: Set<Int> = []

    init(table: [Int: Sprint]) {
        self.table = table
        names = table.mapValues(\.name)
    }

    /// Names sprint `id` `name` unless it has a name already.
    mutating func learn(id: Int, name: String) {
        if names[id] == nil && !name.isEmpty { names[id] = name }
    }

    /// The name of sprint `id`; `Sprint <id>` when nothing names it.
    mutating func name(of id: Int) -> String {
        used.insert(id)
        if let name = names[id] { return name }
        unnamed.insert(id)
        return "Sprint \(id)"
    }

    /// The dataset's sprints by name: every sprint of the table, and every sprint an item is in. Names are
    /// not unique in Jira; for a shared name, a sprint some item is in wins over one none is in, and a
    /// higher id over a lower.
    func datasetSprints() -> [String: Sprint] {
        var sprints: [String: Sprint] = [:]
        for (id, sprint) in table.sorted(by: { $0.key < $1.key }) where !used.contains(id) {
            sprints[sprint.name] = sprint
        }
        for id in used.sorted() {
            let sprint = table[id] ?? Sprint(id: String(id), name: names[id] ?? "Sprint \(id)")
            sprints[sprint.name] = sprint
        }
        return sprints
    }
}
