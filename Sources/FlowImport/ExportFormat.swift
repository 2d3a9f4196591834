/// The export formats StreamGauge reads.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case jiraCSV = "jira-csv"
    case jiraXML = "jira-xml"
    case jiraJSON = "jira-json"
    case jiraBackup = "jira-backup"
    case transitionsCSV = "transitions-csv"
    case stageDatesCSV = "stage-dates-csv"
    case azureDevOpsCSV = "azure-devops-csv"
    case gitLabCSV = "gitlab-csv"
    case redmineJSON = "redmine-json"
    case trelloJSON = "trello-json"
    case gitHubJSON = "github-json"
    case linearCSV = "linear-csv"

    /// A human name for messages and reports.
    public var displayName: String {
        switch self {
        case .jiraCSV: "Jira CSV export"
        case .jiraXML: "Jira XML (RSS) export"
        case .jiraJSON: "Jira REST JSON (search/issue with changelog)"
        case .jiraBackup: "Jira site backup (entities.xml)"
        case .transitionsCSV: "Transitions CSV (key, from, to, at)"
        case .stageDatesCSV: "Stage-dates CSV (ActionableAgile style)"
        case .azureDevOpsCSV: "Azure DevOps query CSV"
        case .gitLabCSV: "GitLab issues CSV"
        case .redmineJSON: "Redmine issues JSON"
        case .trelloJSON: "Trello board JSON"
        case .gitHubJSON: "GitHub issues JSON (gh issue list --json)"
        case .linearCSV: "Linear issues CSV"
        }
    }
}
