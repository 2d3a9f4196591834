import FlowModel
import Foundation

/// Reads an Azure DevOps query exported with "Export to CSV": one row per work item, every value quoted
/// or none, a UTF-8 byte order mark, US dates (`12/24/2025 11:53:24 AM`) in the user's zone.
///
/// The CSV holds no state history, only a few dates; ``AzureDevOpsHistory`` turns those into a partial one.
struct AzureDevOpsCSVImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "azure-devops-csv"
    /// The date format of the export, for messages.
    static let dateExample = "12/24/2025 11:53:24 AM"

    func read(_ file: String) throws(InputError) -> Dataset {
        var csv = try TrackerCSVFile(file, options: options, formatName: ExportFormat.azureDevOpsCSV.displayName)
        _ = try csv.requiredColumn("ID")
        var dates = TrackerDateReader(
            timeZone: options.timeZone, order: options.dateOrder ?? .monthFirst, example: Self.dateExample)
        return try csv.dataset(.azureDevOpsCSV, historyCategories: AzureDevOpsHistory.statusCategories) {
            (row) throws(TrackerRowError) in try Self.item(row, dates: &dates)
        }
    }

    private static func item(_ row: TrackerCSVRow, dates: inout TrackerDateReader) throws(TrackerRowError) -> WorkItem {
        guard let key = row.text("ID") else { throw TrackerRowError(.blankKey(column: "ID"), column: "ID") }
        let state = row.text("State") ?? ""
        var item = WorkItem(
            key: key, title: row.text("Title") ?? "", type: row.text("Work Item Type") ?? "", status: state,
            statusCategory: AzureDevOpsState.category(of: state), source: source)
        item.assignee = row.text("Assigned To").map(TrackerText.personName)
        item.reporter = row.text("Created By").map(TrackerText.personName)
        item.priority = row.text("Priority")
        item.labels = TrackerText.list(row.text("Tags"), separator: ";")
        item.storyPoints = try row.number(anyOf: ["Story Points", "Effort", "Size"])
        let iteration = row.text("Iteration Path")
        let area = row.text("Area Path")
        if let iteration {
            item.fields["Iteration Path"] = iteration
            if let sprint = TrackerText.list(iteration, separator: "\\").last, iteration.contains("\\") {
                item.sprints = [sprint]
            }
        }
        if let area { item.fields["Area Path"] = area }
        let project =
            row.text("Team Project") ?? (area ?? iteration).flatMap { TrackerText.list($0, separator: "\\").first }
        item.project = project ?? ""
        let history = try AzureDevOpsHistory(row, state: state, dates: &dates)
        item.created = history.created
        item.updated = try row.date("Changed Date", &dates) ?? history.stateChanged
        item.history = history.changes
        if item.statusCategory == .done {
            item.resolved = history.closed ?? history.resolved ?? history.stateChanged
            item.resolution =
                AzureDevOpsState.isRemoved(state)
                ? "Removed" : row.text("Closed Reason") ?? row.text("Resolved Reason") ?? "Done"
            item.statusCategoryChanged = item.resolved
        } else if item.statusCategory == .inProgress {
            item.statusCategoryChanged = history.activated ?? history.stateChanged
        }
        return item
    }
}
