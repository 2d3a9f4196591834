/// The per-issue rows of a site backup: `Issue`, its `CustomFieldValue`s (rank, sprints, story
/// points, start date) and its comments as `Action`s.
struct BackupIssueRows {
    let organisation: Organisation

    private var zone: ZoneRules { organisation.zone }

    /// One `Issue` row. Statuses, types, priorities and resolutions are ids; times are the
    /// server's wall-clock times.
    func writeIssue(_ issue: SimIssue, to file: inout OutputFile) {
        let team = organisation.teams[issue.team]
        var element = BackupElement("Issue", file: &file)
        element.attribute("id", number: issue.id, file: &file)
        element.attribute("key", issue.key, file: &file)
        element.attribute("number", String(issue.key.split(separator: "-").last ?? ""), file: &file)
        element.attribute("project", team.projectID, file: &file)
        element.attribute("reporter", BackupUsers.key(issue.reporter), file: &file)
        if let assignee = issue.assignee { element.attribute("assignee", BackupUsers.key(assignee), file: &file) }
        element.attribute("creator", BackupUsers.key(issue.reporter), file: &file)
        element.attribute("type", issue.kind.id, file: &file)
        element.attribute("summary", issue.summary, file: &file)
        if !issue.description.isEmpty { element.attribute("description", issue.description, file: &file) }
        if !issue.environment.isEmpty { element.attribute("environment", issue.environment, file: &file) }
        element.attribute("priority", issue.priority.id, file: &file)
        if let resolution = issue.resolution { element.attribute("resolution", resolution.id, file: &file) }
        element.attribute("status", issue.status.id, file: &file)
        element.attribute("created", date: issue.created, zone: zone, file: &file)
        element.attribute("updated", date: issue.updated, zone: zone, file: &file)
        if let due = issue.dueDate { element.attribute("duedate", date: due, zone: zone, file: &file) }
        if let resolved = issue.resolved {
            element.attribute("resolutiondate", date: resolved, zone: zone, file: &file)
        }
        element.attribute("votes", number: 0, file: &file)
        element.attribute("watches", number: issue.watchers.count, file: &file)
        if let estimate = issue.originalEstimate {
            element.attribute("timeoriginalestimate", number: estimate, file: &file)
            element.attribute("timeestimate", number: max(0, estimate - (issue.timeSpent ?? 0)), file: &file)
        }
        if let spent = issue.timeSpent { element.attribute("timespent", number: spent, file: &file) }
        element.attribute("workflowId", number: 20_000 + issue.index, file: &file)
        element.attribute("archived", "N", file: &file)
        element.close(file: &file)
    }

    /// The issue's custom field values, numbered from `nextID`; returns the next free id.
    func writeCustomFieldValues(_ issue: SimIssue, from nextID: Int, to file: inout OutputFile) -> Int {
        var id = nextID
        func row(_ field: Int, _ body: (inout BackupElement, inout OutputFile) -> Void) {
            var element = BackupElement("CustomFieldValue", file: &file)
            element.attribute("id", number: id, file: &file)
            element.attribute("issue", number: issue.id, file: &file)
            element.attribute("customfield", number: field, file: &file)
            body(&element, &file)
            element.close(file: &file)
            id += 1
        }
        row(BackupCatalogue.rankField) { element, file in
            element.attribute("stringvalue", FieldText.rank(issue.rank), file: &file)
        }
        if let start = issue.startDate {
            row(BackupCatalogue.startDateField) { element, file in
                element.attribute("datevalue", date: start, zone: zone, file: &file)
            }
        }
        for sprint in issue.sprints {
            row(BackupCatalogue.sprintField) { element, file in
                element.attribute("stringvalue", number: organisation.sprints[sprint].id, file: &file)
            }
        }
        if let points = issue.storyPoints {
            row(BackupCatalogue.storyPointsField) { element, file in
                element.attribute("numbervalue", FieldText.number(points), file: &file)
            }
        }
        return id
    }

    /// One comment as an `Action` row.
    func writeComment(_ comment: IssueComment, of issue: SimIssue, to file: inout OutputFile) {
        let author = BackupUsers.key(comment.author)
        var element = BackupElement("Action", file: &file)
        element.attribute("id", number: comment.id, file: &file)
        element.attribute("issue", number: issue.id, file: &file)
        element.attribute("author", author, file: &file)
        element.attribute("type", "comment", file: &file)
        element.attribute("body", comment.body, file: &file)
        element.attribute("created", date: comment.at, zone: zone, file: &file)
        element.attribute("updateauthor", author, file: &file)
        element.attribute("updated", date: comment.at, zone: zone, file: &file)
        element.close(file: &file)
    }
}
