/// What a column of a Jira CSV export holds, for the columns the importer reads.
enum JiraCSVColumn: Int, CaseIterable, Sendable {
    case key
    case summary
    case issueType
    case status
    case statusCategory
    case statusCategoryChanged
    case projectKey
    case created
    case updated
    case resolved
    case lastViewed
    case dueDate
    case resolution
    case assignee
    case reporter
    case priority
    case labels
    case components
    case fixVersions
    case sprint
    /// `Parent`: the parent's key in older exports, its numeric id in newer ones.
    case parent
    case parentKey
    case storyPoints
    case epicLink
    /// `Custom field ([CHART] Time in Status)`.
    case timeInStatus
}
