/// A `ChangeItem` that changed an issue's sprints (`fieldtype="custom" field="Sprint"`): the sprint ids and
/// names the field held afterwards, comma-separated (`2, 3` / `SDK Sprint 1, SDK Sprint 2`), as interner
/// numbers.
struct JiraBackupSprintChange {
    /// The `ChangeGroup` id.
    var group: Int
    var newValue: Int32
    var newString: Int32
}
