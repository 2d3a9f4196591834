import FlowModel
import Foundation

/// Reads Jira's XML (RSS) search export into work items, streaming with libxml2.
///
/// Also reads Jira's `<rss version="2.0">` "RSS (issues)" feed, which holds far less; the dataset
/// then carries a note saying so.
struct JiraXMLImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        let progress = options.progress.map { report in { (read: Int64, total: Int64) in report(file, read, total) } }
        let handler = try XMLStreamReader.parse(
            file: file, into: JiraXMLHandler(file: file, lenient: options.lenient), progress: progress)
        if handler.items.isEmpty && handler.skipped.isEmpty {
            throw InputError(file: file, message: JiraXMLProblem.noItems.message)
        }
        let isFeed = handler.variant == .issuesFeed
        let source = SourceSummary(
            file: file, format: isFeed ? "jira-rss" : ExportFormat.jiraXML.rawValue,
            formatName: isFeed ? "Jira RSS (issues) feed" : ExportFormat.jiraXML.displayName,
            items: handler.items.count, history: .none, skipped: handler.skipped)
        var notes: [JiraXMLNote] = []
        if isFeed { notes.append(.issuesFeed(file: file)) }
        if let exported = handler.exported, exported.total > exported.count {
            notes.append(.partialExport(file: file, exported: exported.count, total: exported.total))
        }
        return Dataset(
            items: handler.items, sprints: handler.sprints,
            // Statuses no item is in now are named, where the Time in Status entries allow, as for CSV.
            statusNames: handler.statusNames.merging(JiraTimeInStatusNames.deduce(from: handler.items)) { known, _ in
                known
            },
            statusCategories: handler.statusCategories, sources: [source], notes: notes.map(\.text))
    }
}
