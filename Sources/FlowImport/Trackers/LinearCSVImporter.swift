import FlowModel
import Foundation

/// Reads Linear's "Export CSV": one row per issue (`ID,Team,Title,Description,Status,Estimate,Priority,…,
/// Labels,Cycle Number,Cycle Name,…,Created,Updated,Started,Triaged,Completed,Canceled,…`), ISO dates
/// (`2024-05-14T08:53:33Z`), labels joined by `, `.
///
/// The export has no status history, only the dates an issue was started, completed or canceled; those
/// make a partial history (see ``LinearHistory``).
struct LinearCSVImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "linear-csv"
    /// The date format of the export, for messages.
    static let dateExample = "2024-05-14T08:53:33Z"

    func read(_ file: String) throws(InputError) -> Dataset {
        var csv = try TrackerCSVFile(file, options: options, formatName: ExportFormat.linearCSV.displayName)
        _ = try csv.requiredColumn("ID")
        var dates = TrackerDateReader(
            timeZone: options.timeZone, order: options.dateOrder ?? .monthFirst, example: Self.dateExample)
        return try csv.dataset(.linearCSV, historyCategories: LinearHistory.statusCategories) {
            (row) throws(TrackerRowError) in try Self.item(row, dates: &dates)
        }
    }

    private static func item(_ row: TrackerCSVRow, dates: inout TrackerDateReader) throws(TrackerRowError) -> WorkItem {
        guard let key = row.text("ID") else { throw TrackerRowError(.blankKey(column: "ID"), column: "ID") }
        let history = try LinearHistory(row, status: row.text("Status") ?? "", dates: &dates)
        var item = WorkItem(
            key: key, title: row.text("Title") ?? "", type: "Issue", status: history.status,
            statusCategory: history.category, source: source)
        item.project = row.text("Team") ?? ""
        if let team = row.text("Team") { item.fields["Team"] = team }
        if let project = row.text("Project") { item.fields["Project"] = project }
        item.priority = row.text("Priority")
        item.assignee = row.text("Assignee")
        item.reporter = row.text("Creator")
        item.labels = TrackerText.list(row.text("Labels"), separator: ",")
        item.storyPoints = try row.number("Estimate")
        item.parent = row.text("Parent issue")
        if let cycle = row.text("Cycle Name") ?? row.text("Cycle Number").map({ "Cycle " + $0 }) {
            item.sprints = [cycle]
        }
        item.created = history.created
        item.updated = try row.date("Updated", &dates)
        item.resolved = history.finished
        item.resolution = history.resolution
        item.statusCategoryChanged = history.finished ?? history.started
        item.history = history.changes
        return item
    }
}
