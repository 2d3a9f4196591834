/// What can be wrong inside a Jira site backup. One place turns each case into the message users see.
enum JiraBackupProblem: Equatable {
    /// The document's root element is not `<entity-engine-xml>`.
    case notEntities(found: String)
    /// The `activeobjects.xml` root element is not `<backup>`.
    case notActiveObjects(found: String)
    /// The backup has no `<Issue>` at all.
    case noIssues
    /// A row lacks a column it cannot do without (an issue's or a change group's id).
    case missingColumn(entity: String, column: String)
    /// A column that holds an id or a number holds something else.
    case badNumber(entity: String, column: String, value: String)
    /// A column that holds a timestamp holds something else.
    case badTimestamp(entity: String, column: String, value: String)
    /// An issue with no `key` whose project is not in the backup, so its key cannot be made.
    case noKey(issue: Int, project: String?)

    /// A lowercase phrase that quotes the bad value and says what was expected.
    var message: String {
        switch self {
        case .notEntities(let found):
            "the document starts with <\(found)>; expected <entity-engine-xml> (a jira backup's entities.xml)"
        case .notActiveObjects(let found):
            "the document starts with <\(found)>; expected <backup> (a jira backup's activeobjects.xml)"
        case .noIssues:
            "the backup has no <Issue> entities; expected a jira site backup with issues"
        case .missingColumn(let entity, let column):
            "<\(entity)> has no \(column); expected \(column)=\"…\" or a <\(column)> element"
        case .badNumber(let entity, let column, let value):
            "'\(value.prefix(80))' in <\(entity) \(column)> is not a number; expected a number like '10100'"
        case .badTimestamp(let entity, let column, let value):
            "unrecognized timestamp '\(value.prefix(80))' in <\(entity) \(column)>; expected a timestamp like"
                + " '2020-10-30 17:27:19.211'"
        case .noKey(let issue, let project?):
            "issue \(issue) has no key and its project \(project) is not in the backup; expected key=\"…\" or a"
                + " <Project id=\"\(project)\" key=\"…\">"
        case .noKey(let issue, nil):
            "issue \(issue) has neither a key nor a project and number; expected key=\"…\""
        }
    }
}
