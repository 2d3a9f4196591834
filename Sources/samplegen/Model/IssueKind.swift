/// The issue types of the simulated sites, with how often each is created and how it behaves.
enum IssueKind: Int, CaseIterable {
    case story, bug, task, epic, subTask, technicalDebt, security

    /// The issue type name as Jira shows it.
    var name: String {
        switch self {
        case .story: "Story"
        case .bug: "Bug"
        case .task: "Task"
        case .epic: "Epic"
        case .subTask: "Sub-task"
        case .technicalDebt: "Technical Debt"
        case .security: "Security"
        }
    }

    /// Jira's issue type id.
    var id: String {
        switch self {
        case .story: "10001"
        case .bug: "10004"
        case .task: "10002"
        case .epic: "10000"
        case .subTask: "10003"
        case .technicalDebt: "10105"
        case .security: "10106"
        }
    }

    /// Relative frequency among created issues (per mille).
    var weight: Int {
        switch self {
        case .story: 380
        case .bug: 200
        case .task: 150
        case .epic: 30
        case .subTask: 120
        case .technicalDebt: 80
        case .security: 40
        }
    }

    /// Whether teams estimate this type in story points.
    var isEstimated: Bool {
        switch self {
        case .story, .technicalDebt, .security: true
        case .bug, .task: true
        case .epic, .subTask: false
        }
    }

    /// Mean days of hands-on work per development pass, before scaling by size.
    var developmentDays: Double {
        switch self {
        case .story: 2.5
        case .bug: 1.2
        case .task: 1.5
        case .epic: 30
        case .subTask: 0.8
        case .technicalDebt: 2.0
        case .security: 1.5
        }
    }

    /// Mean days an item waits in the backlog before anyone picks it up.
    var backlogDays: Double {
        switch self {
        case .story: 9
        case .bug: 3
        case .task: 6
        case .epic: 10
        case .subTask: 2
        case .technicalDebt: 14
        case .security: 4
        }
    }
}
