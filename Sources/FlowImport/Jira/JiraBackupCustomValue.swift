/// A `CustomFieldValue` row that may hold a sprint id, story points or an epic's issue id, kept until the
/// custom fields are known.
struct JiraBackupCustomValue {
    var issue: Int
    var field: Int
    /// `numbervalue`, or `stringvalue` when it is a number.
    var value: Double
}
