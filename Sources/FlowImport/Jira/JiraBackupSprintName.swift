/// The element and attribute names read in a Jira backup's `activeobjects.xml`
/// (`<backup xmlns="http://www.atlassian.com/ao">`).
enum JiraBackupSprintName: String, XMLVocabulary {
    // Elements: table data, its columns, its rows and their typed values.
    case backup, data, column, row, integer, string, boolean, double, timestamp
    // Attributes; `nil` is `xsi:nil`, which marks a null value.
    case tableName, name
    case isNil = "nil"
}
