/// What the importer makes of one header of a Jira CSV export.
enum JiraCSVHeaderMeaning: Equatable, Sendable {
    /// A column with a place in ``FlowModel/WorkItem``.
    case column(JiraCSVColumn)
    /// A column kept in `WorkItem.fields` under this name (custom fields, `Team`, `Parent id`…).
    case field(String)
    /// A column the importer does not read (descriptions, comments, watchers, estimates…).
    case ignored
}
