import FlowModel

/// Names the statuses of status changes: the name the change gives (as the status was called then), else
/// the name of the status its id names. Counts ids the backup does not list.
struct JiraBackupStatusNamer {
    let interner: JiraBackupInterner
    /// The backup's statuses by (interned) id.
    let statuses: [Int32: (name: String, category: StatusCategory?)]
    /// Status ids named that the backup does not list: how often, and (the first ten) which.
    var unknownReferences = 0
    var unknownIDs: Set<String> = []
    /// Categories of names a change gives to a status whose current name differs.
    var renamedCategories: [String: StatusCategory] = [:]

    init(interner: JiraBackupInterner, statuses: [Int32: (name: String, category: StatusCategory?)]) {
        self.interner = interner
        self.statuses = statuses
    }

    /// The name of the status a change gives as `text` and `id` (interner numbers), `nil` when it gives
    /// neither a name nor an id the backup lists.
    mutating func name(id: Int32, text: Int32) -> String? {
        let given = interner.string(text)
        guard id != JiraBackupInterner.none else { return given }
        guard let status = statuses[id] else {
            unknownReferences += 1
            if unknownIDs.count < 10, let idText = interner.string(id) { unknownIDs.insert(idText) }
            return given
        }
        guard let given else { return status.name }
        if given != status.name, let category = status.category, renamedCategories[given] == nil {
            renamedCategories[given] = category
        }
        return given
    }
}
