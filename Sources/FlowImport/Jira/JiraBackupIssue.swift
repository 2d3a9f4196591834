/// An `<Issue>` row kept until the end of the file, when the rows it refers to (its project, status,
/// type, changes) have all been read: ids as numbers, repeated texts as interner numbers.
struct JiraBackupIssue {
    var id: Int
    /// The 1-based line of the row, for errors found when the issue is joined.
    var line: Int
    var key: String?
    /// The issue's number in its project (`number`), ``JiraBackupRow/absent`` when not given.
    var number: Int
    /// The project's id, ``JiraBackupRow/absent`` when not given.
    var project: Int
    var type: Int32
    var status: Int32
    var resolution: Int32
    var priority: Int32
    var assignee: Int32
    var reporter: Int32
    var summary: String
    /// Seconds since 1970 UTC, `nil` when not given.
    var created: Double?
    var updated: Double?
    var resolved: Double?
}
