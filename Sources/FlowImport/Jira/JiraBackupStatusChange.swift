/// A `ChangeItem` that changed an issue's status, kept compactly until its group and issue are known:
/// the group's id and four interner numbers (``JiraBackupInterner/none`` where the row gave nothing).
struct JiraBackupStatusChange {
    /// The `ChangeGroup` id.
    var group: Int
    /// `oldvalue` / `newvalue`: the status ids.
    var fromID: Int32
    var toID: Int32
    /// `oldstring` / `newstring`: the status names as they were at the time.
    var fromName: Int32
    var toName: Int32
}
