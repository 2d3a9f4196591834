import FlowModel
import Foundation

/// Reads GitLab's "Export as CSV" of a project's issues: one row per issue, `Open`/`Closed` states, dates
/// such as `2020-01-17 10:36:26` in UTC (the zone is only in the header: `Created At (UTC)`), labels
/// comma-joined in one cell.
///
/// The export has no workflow history, only when an issue was created and closed: it is read as an export
/// without history (lead time from those dates; when work started is unknown, so no flow time). A scoped
/// label `workflow::in review` (or `status::…`) names the status of an open issue.
struct GitLabCSVImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "gitlab-csv"
    /// The date format of the export, for messages.
    static let dateExample = "2020-01-17 10:36:26"

    func read(_ file: String) throws(InputError) -> Dataset {
        var csv = try TrackerCSVFile(file, options: options, formatName: ExportFormat.gitLabCSV.displayName)
        _ = try csv.requiredColumn("Issue ID")
        var dates = TrackerDateReader(
            timeZone: TimeZone(identifier: "UTC") ?? options.timeZone, order: .monthFirst,
            example: Self.dateExample)
        return try csv.dataset(.gitLabCSV) { (row) throws(TrackerRowError) in try Self.item(row, dates: &dates) }
    }

    private static func item(_ row: TrackerCSVRow, dates: inout TrackerDateReader) throws(TrackerRowError) -> WorkItem {
        guard let id = row.text("Issue ID") else {
            throw TrackerRowError(.blankKey(column: "Issue ID"), column: "Issue ID")
        }
        let url = row.text("URL")
        let reference = url.flatMap(GitLabReference.init(url:))
        let labels = TrackerText.list(row.text("Labels"), separator: ",")
        let closed = row.text("State")?.lowercased() == "closed"
        let workflow = GitLabReference.workflowStatus(labels)
        var item = WorkItem(
            key: reference?.key ?? "#\(id)", title: row.text("Title") ?? "", type: "Issue", source: source)
        item.project = reference?.project ?? ""
        switch (closed, workflow) {
        case (true, _): (item.status, item.statusCategory) = ("Closed", .done)
        case (false, let workflow?): (item.status, item.statusCategory) = (workflow, .inProgress)
        case (false, nil): (item.status, item.statusCategory) = ("Open", .toDo)
        }
        item.labels = labels
        item.assignee = row.text("Assignee")
        item.reporter = row.text("Author")
        item.sprints = row.text("Milestone").map { [$0] } ?? []
        item.storyPoints = try row.number("Weight")
        item.created = try row.date("Created At (UTC)", &dates)
        item.updated = try row.date("Updated At (UTC)", &dates)
        let closedAt = try row.date("Closed At (UTC)", &dates)
        if closed {
            item.resolved = closedAt
            item.resolution = "Closed"
            item.statusCategoryChanged = closedAt
        }
        if let url { item.fields["URL"] = url }
        if let due = row.text("Due Date") { item.fields["Due Date"] = due }
        if let epic = row.text("Epic ID") { item.epic = "&" + epic }
        return item
    }
}
