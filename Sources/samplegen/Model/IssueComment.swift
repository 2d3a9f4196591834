/// A comment on an issue.
struct IssueComment {
    /// Jira's comment id.
    let id: Int
    /// Index into ``Organisation/people``.
    let author: Int
    /// Unix seconds.
    let at: Int
    /// Plain text with Jira wiki markup; may hold commas, quotes and newlines.
    let body: String
}
