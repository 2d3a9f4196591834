/// What an import of a Jira XML file tells the reader of a report, beyond the items.
enum JiraXMLNote: Equatable {
    /// The file is Jira's `<rss version="2.0">` issues feed, not the XML export.
    case issuesFeed(file: String)
    /// Jira exported fewer issues than the search found (`<issue end= total=>`).
    case partialExport(file: String, exported: Int, total: Int)

    var text: String {
        switch self {
        case .issuesFeed(let file):
            "\(file) is Jira's \"RSS (issues)\" feed, which lacks creation times, status categories, resolution"
                + " dates, most fields and all history; use the issue search's Export → XML instead"
        case .partialExport(let file, let exported, let total):
            "\(file) holds \(exported) of the \(total) issues its search found (Jira caps XML exports,"
                + " 1 000 issues by default); export the rest in pages and give every file"
        }
    }
}
