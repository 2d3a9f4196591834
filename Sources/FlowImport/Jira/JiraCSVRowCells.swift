/// What the collector needs to know of one row of a Jira CSV export besides its item.
struct JiraCSVRowCells {
    init() {}

    /// The status's entry in ``JiraCSVTextCache/texts``, when it has one.
    var statusEntry: Int?
    /// The sprint list's entry in ``JiraCSVTextCache/lists``, when it has one.
    var sprintList: Int?
    /// `Parent id`, or a numeric `Parent`: the parent named by id, kept in `fields` or not.
    var parentID: String?
    /// `Issue id`, kept in `fields` or not.
    var issueID: String?
}
