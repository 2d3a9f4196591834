/// One column of a Jira Cloud "Export CSV (all fields)" file. Multi-valued fields get one
/// column per value, all with the same header (`slot` is the 0-based position among them).
enum CSVColumn: Equatable {
    case summary, key, id, type, status, projectKey, projectName, projectType, projectLead, projectLeadID
    case projectDescription, priority, resolution, assignee, assigneeID, reporter, reporterID, creator, creatorID
    case created, updated, lastViewed, resolved
    case fixVersion(slot: Int)
    case component(slot: Int)
    case dueDate, votes
    case label(slot: Int)
    case description, environment
    case watcher(slot: Int)
    case watcherID(slot: Int)
    case originalEstimate, remainingEstimate, timeSpent, workRatio
    case sumOriginalEstimate, sumRemainingEstimate, sumTimeSpent, securityLevel
    case development, epicLink, rank
    case sprint(slot: Int)
    case startDate, storyPoints, team, timeInStatus
    case extra(ExtraFieldIndex)
    case comment(slot: Int)
    case parentID, parentKey, parentSummary, statusCategory, statusCategoryChanged

    /// Index into the export's padding fields.
    typealias ExtraFieldIndex = Int

    /// The header as Jira Cloud writes it (English).
    func header(extras: [ExtraField]) -> String {
        switch self {
        case .summary: "Summary"
        case .key: "Issue key"
        case .id: "Issue id"
        case .type: "Issue Type"
        case .status: "Status"
        case .projectKey: "Project key"
        case .projectName: "Project name"
        case .projectType: "Project type"
        case .projectLead: "Project lead"
        case .projectLeadID: "Project lead id"
        case .projectDescription: "Project description"
        case .priority: "Priority"
        case .resolution: "Resolution"
        case .assignee: "Assignee"
        case .assigneeID: "Assignee Id"
        case .reporter: "Reporter"
        case .reporterID: "Reporter Id"
        case .creator: "Creator"
        case .creatorID: "Creator Id"
        case .created: "Created"
        case .updated: "Updated"
        case .lastViewed: "Last Viewed"
        case .resolved: "Resolved"
        case .fixVersion: "Fix versions"
        case .component: "Components"
        case .dueDate: "Due date"
        case .votes: "Votes"
        case .label: "Labels"
        case .description: "Description"
        case .environment: "Environment"
        case .watcher: "Watchers"
        case .watcherID: "Watchers Id"
        case .originalEstimate: "Original estimate"
        case .remainingEstimate: "Remaining Estimate"
        case .timeSpent: "Time Spent"
        case .workRatio: "Work Ratio"
        case .sumOriginalEstimate: "Σ Original Estimate"
        case .sumRemainingEstimate: "Σ Remaining Estimate"
        case .sumTimeSpent: "Σ Time Spent"
        case .securityLevel: "Security Level"
        case .development: "Custom field (Development)"
        case .epicLink: "Custom field (Epic Link)"
        case .rank: "Custom field (Rank)"
        case .sprint: "Sprint"
        case .startDate: "Custom field (Start date)"
        case .storyPoints: "Custom field (Story Points)"
        case .team: "Custom field (Team)"
        case .timeInStatus: "Custom field ([CHART] Time in Status)"
        case .extra(let index): "Custom field (\(extras[index].name))"
        case .comment: "Comment"
        case .parentID: "Parent"
        case .parentKey: "Parent key"
        case .parentSummary: "Parent summary"
        case .statusCategory: "Status Category"
        case .statusCategoryChanged: "Status Category Changed"
        }
    }
}
