/// The export formats StreamGauge reads.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case jiraCSV = "jira-csv"
    case jiraXML = "jira-xml"

    /// A human name for messages and reports.
    public var displayName: String {
        switch self {
        case .jiraCSV: "Jira CSV export"
        case .jiraXML: "Jira XML (RSS) export"
        }
    }
}
