/// One `entities.xml` row as it is read: the columns the import uses, set from attributes and child elements
/// alike, then committed when the row's element closes. Reused from row to row.
struct JiraBackupRow {
    /// A numeric column that the row does not have.
    static let absent = Int.min

    /// What a `ChangeItem`'s `field` says it changed.
    enum ChangedField { case unknown, status, sprint, other }

    var entity = JiraBackupEntity.issue
    /// The 1-based line of the row's start tag.
    var line = 0
    /// The first bad value in the row; it is thrown (or the row skipped) when the row ends.
    var problem: JiraBackupProblem?

    // Numeric columns. `source`/`destination` also hold a NodeAssociation's source and sink node ids.
    var id = absent
    var issue = absent
    var group = absent
    var number = absent
    var project = absent
    var customfield = absent
    var linktype = absent
    var source = absent
    var destination = absent

    // Texts numbered by the interner: ids of statuses, types, resolutions and priorities, and people.
    var textID = JiraBackupInterner.none
    var type = JiraBackupInterner.none
    var status = JiraBackupInterner.none
    var resolution = JiraBackupInterner.none
    var priority = JiraBackupInterner.none
    var assignee = JiraBackupInterner.none
    var reporter = JiraBackupInterner.none
    var label = JiraBackupInterner.none

    // Texts kept as they are (one per row).
    var key: String?
    var summary: String?
    /// `name`, or an `IssueLinkType`'s `linkname`.
    var name: String?
    var typeKey: String?

    // Timestamps, seconds since 1970 UTC.
    var created: Double?
    var updated: Double?
    var resolved: Double?

    var category: Int?
    /// A `CustomFieldValue`'s `numbervalue`, or its `stringvalue` when that is a number (a sprint's id).
    var value: Double?

    // ChangeItem.
    var field = ChangedField.unknown
    /// `fieldtype`: `jira` for system fields, `custom` for custom fields; `nil` when absent.
    var fieldTypeIsJira: Bool?
    var oldValue: [UInt8] = []
    var oldString: [UInt8] = []
    var newValue: [UInt8] = []
    var newString: [UInt8] = []

    // NodeAssociation.
    var sourceIsIssue = false
    /// `true` for `IssueComponent`, `false` for `IssueFixVersion`, `nil` for any other association.
    var associatesComponent: Bool?

    /// Empties the row for a new `entity` whose start tag ends on `line`, keeping the buffers' memory.
    mutating func reset(_ entity: JiraBackupEntity, line: Int) {
        self.entity = entity
        self.line = line
        problem = nil
        id = Self.absent
        issue = Self.absent
        group = Self.absent
        number = Self.absent
        project = Self.absent
        customfield = Self.absent
        linktype = Self.absent
        source = Self.absent
        destination = Self.absent
        textID = JiraBackupInterner.none
        type = JiraBackupInterner.none
        status = JiraBackupInterner.none
        resolution = JiraBackupInterner.none
        priority = JiraBackupInterner.none
        assignee = JiraBackupInterner.none
        reporter = JiraBackupInterner.none
        label = JiraBackupInterner.none
        key = nil
        summary = nil
        name = nil
        typeKey = nil
        created = nil
        updated = nil
        resolved = nil
        category = nil
        value = nil
        field = .unknown
        fieldTypeIsJira = nil
        Self.empty(&oldValue)
        Self.empty(&oldString)
        Self.empty(&newValue)
        Self.empty(&newString)
        sourceIsIssue = false
        associatesComponent = nil
    }

    /// Empties `buffer`, keeping its memory unless a long text (a description's change) made it large.
    private static func empty(_ buffer: inout [UInt8]) {
        guard !buffer.isEmpty else { return }
        if buffer.capacity > 1 << 16 { buffer = [] } else { buffer.removeAll(keepingCapacity: true) }
    }

    /// Remembers the row's first problem.
    mutating func report(_ found: JiraBackupProblem) {
        if problem == nil { problem = found }
    }
}
