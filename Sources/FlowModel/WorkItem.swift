import Foundation

/// One issue, story, bug or card as an export describes it, with its status history where the
/// format carries one.
///
/// Every importer produces these; nothing after the import step looks at the file again.
public struct WorkItem: Sendable, Hashable {
    /// The tracker's key (`PAY-7`); items from several files are merged by it.
    public var key: String
    public var title: String
    /// The issue type as the tracker names it (`Story`, `Bug`, `Historia`).
    public var type: String
    /// The status at export time, as the tracker names it.
    public var status: String
    /// The tracker's own id for `status`, where the format gives one (Jira's status id).
    public var statusID: String?
    /// The status category at export time, where the format gives one.
    public var statusCategory: StatusCategory?
    /// When the item last changed status category (Jira's `Status Category Changed`).
    public var statusCategoryChanged: Date?
    /// The project key (`PAY`).
    public var project: String
    public var created: Date?
    public var updated: Date?
    public var resolved: Date?
    /// The resolution name (`Done`, `Won't Do`); `nil` while unresolved.
    public var resolution: String?
    public var assignee: String?
    public var reporter: String?
    public var priority: String?
    public var labels: [String]
    public var components: [String]
    public var fixVersions: [String]
    /// Sprint names, oldest first as the export lists them.
    public var sprints: [String]
    public var storyPoints: Double?
    /// The parent's key (sub-tasks, or the parent of a story in team-managed projects).
    public var parent: String?
    /// The epic's key (`Epic Link`).
    public var epic: String?
    /// Other fields by their display name (`Team`, `Start date`), first value only.
    public var fields: [String: String]
    /// Totals per status from `[CHART] Time in Status`; empty when the export has none.
    public var timeInStatus: StatusTimes
    /// Status changes, oldest first; empty when the format carries no history.
    public var history: [StatusChange]
    /// True when the export said it held fewer changes than the item has (paged changelogs).
    public var historyTruncated: Bool
    /// The tracker and format this item came from (`jira-csv`, `jira-xml`, …).
    public var source: String
    /// Sprint membership changes, oldest first; empty when the format carries none.
    public var sprintChanges: [SprintChange]

    public init(
        key: String, title: String = "", type: String = "", status: String = "", statusID: String? = nil,
        statusCategory: StatusCategory? = nil, statusCategoryChanged: Date? = nil, project: String = "",
        created: Date? = nil, updated: Date? = nil, resolved: Date? = nil, resolution: String? = nil,
        assignee: String? = nil, reporter: String? = nil, priority: String? = nil, labels: [String] = [],
        components: [String] = [], fixVersions: [String] = [], sprints: [String] = [],
        storyPoints: Double? = nil, parent: String? = nil, epic: String? = nil, fields: [String: String] = [:],
        timeInStatus: StatusTimes = [], history: [StatusChange] = [], historyTruncated: Bool = false,
        source: String = "", sprintChanges: [SprintChange] = []
    ) {
        self.key = key
        self.title = title
        self.type = type
        self.status = status
        self.statusID = statusID
        self.statusCategory = statusCategory
        self.statusCategoryChanged = statusCategoryChanged
        self.project = project
        self.created = created
        self.updated = updated
        self.resolved = resolved
        self.resolution = resolution
        self.assignee = assignee
        self.reporter = reporter
        self.priority = priority
        self.labels = labels
        self.components = components
        self.fixVersions = fixVersions
        self.sprints = sprints
        self.storyPoints = storyPoints
        self.parent = parent
        self.epic = epic
        self.fields = fields
        self.timeInStatus = timeInStatus
        self.history = history
        self.historyTruncated = historyTruncated
        self.source = source
        self.sprintChanges = sprintChanges
    }
}
