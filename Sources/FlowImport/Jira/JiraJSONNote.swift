/// What a Jira REST JSON file told the import that a reader of the report should know; ``text`` words it.
enum JiraJSONNote: Equatable, Sendable {
    /// `count` of `issues` issues had `changelog.total` above the histories given.
    case truncatedChangelogs(file: String, count: Int, issues: Int)
    /// A search page that holds issues `first`…`last` of `total`.
    case partialPage(file: String, first: Int, last: Int, total: Int)
    /// A board configuration, which holds no issues.
    case boardConfiguration(file: String, name: String?)

    var text: String {
        switch self {
        case .truncatedChangelogs(let file, let count, let issues):
            "\(file): \(count) of \(issues) issues have a changelog cut short by Jira's paging (changelog.total is "
                + "larger than the histories given), so their status history is incomplete"
        case .partialPage(let file, let first, let last, let total):
            "\(file): a search page with issues \(first)–\(last) of \(total); the others are in other pages"
        case .boardConfiguration(let file, let name):
            "\(file): a Jira board configuration\(name.map { " (\"\($0)\")" } ?? ""); it holds no issues and was "
                + "not used"
        }
    }
}
