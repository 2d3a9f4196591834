/// Writes the organisation as a Jira site backup's `entities.xml`, the way Jira Data Center's
/// "Backup system" writes it: the header comment, then `<entity-engine-xml>` with one element
/// per database row, grouped by entity in alphabetical order (so every `ChangeGroup` and
/// `ChangeItem` comes before the `Issue` it belongs to), and a closing comment with the counts.
///
/// Times are the server's wall-clock times in the organisation's zone, `2026-11-20 16:45:00.0`.
/// The sprints themselves are in `activeobjects.xml` (``ActiveObjectsWriter``).
struct JiraBackupWriter {
    let organisation: Organisation
    let changeLog: ChangeLog

    /// Writes `entities.xml`; returns (status changes, change items) for the summary line.
    func write(to file: inout OutputFile) -> (statusChanges: Int, changeItems: Int) {
        let comments = organisation.issues.reduce(0) { $0 + $1.comments.count }
        let header = BackupHeader(organisation: organisation)
        header.writeStart(comments: comments, to: &file)
        let rows = BackupIssueRows(organisation: organisation)
        let changes = BackupChangeRows(organisation: organisation, changeLog: changeLog)

        var commentOrder: [(id: Int, issue: Int32, comment: Int32)] = []
        commentOrder.reserveCapacity(comments)
        for issue in organisation.issues {
            for (position, comment) in issue.comments.enumerated() {
                commentOrder.append((comment.id, Int32(issue.index), Int32(position)))
            }
        }
        commentOrder.sort { $0.id < $1.id }
        for entry in commentOrder {
            let issue = organisation.issues[Int(entry.issue)]
            rows.writeComment(issue.comments[Int(entry.comment)], of: issue, to: &file)
        }
        BackupUsers.writeApplicationUsers(organisation, to: &file)
        changes.writeGroups(to: &file)
        let changeItems = changes.writeItems(to: &file)
        let links = BackupIssueLinks(organisation: organisation)
        let components = links.writeComponents(to: &file)
        BackupCatalogue.writeCustomFields(to: &file)
        var nextValue = 10_000
        for issue in organisation.issues {
            nextValue = rows.writeCustomFieldValues(issue, from: nextValue, to: &file)
        }
        for issue in organisation.issues { rows.writeIssue(issue, to: &file) }
        BackupCatalogue.writeIssueTypes(to: &file)
        let labels = links.writeLabels(to: &file)
        let associations = links.writeComponentAssociations(to: &file)
        BackupCatalogue.writePriorities(to: &file)
        var lastNumbers = [Int](repeating: 0, count: organisation.teams.count)
        for issue in organisation.issues {
            lastNumbers[issue.team] = max(lastNumbers[issue.team], Int(issue.key.split(separator: "-").last ?? "") ?? 0)
        }
        BackupCatalogue.writeProjects(organisation, lastNumbers: lastNumbers, to: &file)
        BackupCatalogue.writeResolutions(to: &file)
        let sequences = [
            ("Action", 20_000 + comments), ("ChangeGroup", ChangeLog.firstID + changeLog.count),
            ("ChangeItem", ChangeLog.firstID + changeItems), ("CustomFieldValue", nextValue),
            ("Issue", (organisation.issues.last?.id ?? 10_000) + 10),
        ]
        for (name, next) in sequences {
            var element = BackupElement("SequenceValueItem", file: &file)
            element.attribute("seqName", name, file: &file)
            element.attribute("seqId", number: (next / 100 + 1) * 100, file: &file)
            element.close(file: &file)
        }
        BackupCatalogue.writeStatuses(queues: organisation.hasQueues, to: &file)
        BackupUsers.writeUsers(organisation, to: &file)

        let statusChanges = changeLog.statusChangeCount
        header.writeEnd(
            counts: [
                ("Action", comments), ("ApplicationUser", organisation.people.count), ("ChangeGroup", changeLog.count),
                ("ChangeItem", changeItems), ("Component", components),
                ("CustomField", BackupCatalogue.customFields.count), ("CustomFieldValue", nextValue - 10_000),
                ("Issue", organisation.issues.count), ("IssueType", IssueKind.allCases.count), ("Label", labels),
                ("NodeAssociation", associations), ("Priority", Priority.allCases.count),
                ("Project", organisation.teams.count), ("Resolution", Resolution.allCases.count),
                ("SequenceValueItem", sequences.count),
                ("Status", WorkflowStatus.workflow(queues: organisation.hasQueues).count),
                ("User", organisation.people.count),
            ], to: &file)
        return (statusChanges, changeItems)
    }
}
