import FlowModel

/// What one JSON object of a Jira file held, before knowing which response it is: a search page, an
/// issue, a status or a board configuration.
struct JiraJSONObjectSummary {
    var draft = JiraJSONIssueDraft()
    /// Set when the object had an `issues` array: a search page.
    var issueCount: Int?
    var startAt: Int?
    var maxResults: Int?
    var total: Int?
    var name: String?
    var id: String?
    /// `statusCategory.key` of a status object.
    var category: StatusCategory?
    var hasCategory = false
    /// Set when the object had a `columnConfig`: a board configuration.
    var isBoard = false
}
