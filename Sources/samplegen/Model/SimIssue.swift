/// One simulated issue with everything any export format needs, including its complete
/// status history (which CSV and RSS exports then reduce to what Jira would write).
struct SimIssue {
    /// Index of this issue in creation order (also the position in ``Organisation/issues``).
    let index: Int
    /// Jira's numeric issue id.
    let id: Int
    /// `PAY-1207`.
    let key: String
    /// Index into ``Organisation/teams``.
    let team: Int
    let kind: IssueKind
    /// Unix seconds.
    let created: Int
    /// The feature the issue is about (sub-tasks share their parent's).
    var topic = ""
    var summary = ""
    /// Jira wiki markup; empty for none.
    var description = ""
    var environment = ""
    var priority = Priority.medium
    /// Indexes into ``Organisation/people``.
    var reporter = 0
    var assignee: Int?
    var watchers: [Int] = []
    /// Oldest first; the first entry is the creation (`from == nil`).
    var history: [Transition] = []
    /// Oldest first.
    var sprintEvents: [SprintEvent] = []
    var comments: [IssueComment] = []
    var labels: [String] = []
    var components: [String] = []
    /// Indexes into ``Organisation/releases``.
    var fixVersions: [Int] = []
    var storyPoints: Double?
    /// Index of the epic issue (`Epic Link`).
    var epic: Int?
    /// Index of the parent issue (sub-tasks).
    var parent: Int?
    /// Last change of any kind (Unix seconds).
    var updated = 0
    /// When the exporting user last opened the issue.
    var lastViewed: Int?
    /// Unix seconds at local midnight, as Jira stores date-only fields.
    var dueDate: Int?
    var startDate: Int?
    /// Seconds.
    var originalEstimate: Int?
    var timeSpent: Int?
    /// Whether the `Development` field shows a merged pull request.
    var hasPullRequest = false
    /// LexoRank bucket position.
    var rank = 0
    /// Seeds the padding custom fields, so every writer derives the same values.
    var extraSeed: UInt64 = 0

    init(index: Int, id: Int, key: String, team: Int, kind: IssueKind, created: Int) {
        self.index = index
        self.id = id
        self.key = key
        self.team = team
        self.kind = kind
        self.created = created
    }
}
