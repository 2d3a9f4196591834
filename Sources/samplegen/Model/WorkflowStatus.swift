import FlowModel

/// The statuses of the simulated teams' shared Jira workflow, with the ids and categories a
/// Jira Cloud site would give them. The last three are queues that only the `queues` workflow
/// (`samplegen --workflow queues`) passes through.
enum WorkflowStatus: Int, CaseIterable {
    case toDo, readyForDev, inProgress, inReview, qa, done, cancelled
    case readyForReview, readyForQA, readyToDeploy

    /// The statuses of the workflow in use: the queues only when it has them.
    static func workflow(queues: Bool) -> [WorkflowStatus] {
        queues ? allCases : allCases.filter { $0.rawValue <= WorkflowStatus.cancelled.rawValue }
    }

    /// The status name as Jira shows it.
    var name: String {
        switch self {
        case .toDo: "To Do"
        case .readyForDev: "Ready for Dev"
        case .inProgress: "In Progress"
        case .inReview: "In Review"
        case .qa: "QA"
        case .done: "Done"
        case .cancelled: "Cancelled"
        case .readyForReview: "Ready for Review"
        case .readyForQA: "Ready for QA"
        case .readyToDeploy: "Ready to Deploy"
        }
    }

    /// Jira's status id (`3` is Jira's built-in In Progress; the others are site-specific).
    var id: String {
        switch self {
        case .toDo: "10000"
        case .readyForDev: "10101"
        case .inProgress: "3"
        case .inReview: "10102"
        case .qa: "10103"
        case .done: "10001"
        case .cancelled: "10104"
        case .readyForReview: "10105"
        case .readyForQA: "10106"
        case .readyToDeploy: "10107"
        }
    }

    /// The status category. "Ready for Dev" sits in To Do, as it does on most Jira boards.
    var category: StatusCategory {
        switch self {
        case .toDo, .readyForDev: .toDo
        case .inProgress, .inReview, .qa, .readyForReview, .readyForQA, .readyToDeploy: .inProgress
        case .done, .cancelled: .done
        }
    }
}

extension StatusCategory {
    /// Jira's numeric id: 2 = To Do, 4 = In Progress, 3 = Done.
    var jiraID: String {
        switch self {
        case .toDo: "2"
        case .inProgress: "4"
        case .done: "3"
        }
    }

    /// Jira's API key: `new`, `indeterminate`, `done`.
    var jiraKey: String {
        switch self {
        case .toDo: "new"
        case .inProgress: "indeterminate"
        case .done: "done"
        }
    }

    /// The colour name Jira Cloud puts in the RSS `statusCategory` element.
    var jiraColorName: String {
        switch self {
        case .toDo: "blue-gray"
        case .inProgress: "yellow"
        case .done: "green"
        }
    }
}
