/// What an import of a Jira site backup tells the reader of a report, beyond the items.
enum JiraBackupNote: Equatable {
    /// Status changes whose change group is not in the backup.
    case changesWithoutGroup(file: String, count: Int)
    /// Status changes whose change group names an issue that is not in the backup.
    case changesWithoutIssue(file: String, count: Int)
    /// Status changes that name status ids the backup's `<Status>` rows do not have.
    case unknownStatuses(file: String, count: Int, ids: [String])
    /// Issues are in sprints, but no `activeobjects.xml` gave the sprints' dates.
    case sprintsWithoutDates(file: String)
    /// Sprint ids that no `activeobjects.xml` row and no sprint change names.
    case unnamedSprints(file: String, ids: [String])
    /// An `activeobjects.xml` with no `AO_60DB71_SPRINT` table.
    case noSprintTable(file: String)
    /// The header names the server's zone, which the backup's offset-less times are in, and another was used.
    case serverTimeZone(file: String, server: String, used: String)

    var text: String {
        switch self {
        case .changesWithoutGroup(let file, let count):
            "\(file): \(count) status \(count == 1 ? "change points" : "changes point") at a change group that is"
                + " not in the backup; left out"
        case .changesWithoutIssue(let file, let count):
            "\(file): \(count) status \(count == 1 ? "change belongs" : "changes belong") to a change group whose"
                + " issue is not in the backup; left out"
        case .unknownStatuses(let file, let count, let ids):
            "\(file): \(count) status \(count == 1 ? "change names a status id" : "changes name status ids") that"
                + " the backup does not list (\(ids.joined(separator: ", "))); kept the status names as the changes give them"
        case .sprintsWithoutDates(let file):
            "\(file): sprints have no dates: they are in activeobjects.xml (table AO_60DB71_SPRINT), which was not"
                + " found beside it; give it as a further input"
        case .unnamedSprints(let file, let ids):
            "\(file): sprint ids \(ids.joined(separator: ", ")) have no name in the backup; shown as 'Sprint <id>'"
        case .noSprintTable(let file):
            "\(file): no sprints: the file has no AO_60DB71_SPRINT table"
        case .serverTimeZone(let file, let server, let used):
            "\(file): the Jira server ran in \(server) (jvm.system.timezone in the backup's header) and its times"
                + " carry no offset; they were read in \(used), the configured time zone. Set `timezone: \(server)`"
                + " in the configuration to read them as the server wrote them"
        }
    }
}
