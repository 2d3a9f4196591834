/// The export formats StreamGauge reads.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case jiraCSV = "jira-csv"
    case jiraXML = "jira-xml"
    case jiraJSON = "jira-json"

    /// A human name for messages and reports.
    public var displayName: String {
        switch self {
        case .jiraCSV: "Jira CSV export"
        case .jiraXML: "Jira XML (RSS) export"
        case .jiraJSON: "Jira REST JSON (search/issue with changelog)"
        }
    }
}
