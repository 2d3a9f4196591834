import FlowModel
import Foundation

/// What a stage of the value stream means for flow (SPEC §3).
public enum StageKind: String, Sendable, Hashable, CaseIterable {
    /// Before the commitment point: not part of flow.
    case backlog
    /// Someone works on the item.
    case active
    /// A queue inside the flow: ready-for, waiting-for-review, blocked.
    case wait
    /// Delivered.
    case done
    /// Ended without delivering: cancelled, rejected.
    case discarded

    /// True for the kinds between flow start and flow end (`active`, `wait`).
    public var isInFlow: Bool { self == .active || self == .wait }
}

/// One stage of the value stream: a name, a kind and the statuses that place an item in it.
public struct Stage: Sendable, Hashable {
    public var name: String
    public var kind: StageKind
    /// Status names, matched case-insensitively with surrounding spaces ignored.
    public var statuses: [String]

    public init(name: String, kind: StageKind, statuses: [String]) {
        self.name = name
        self.kind = kind
        self.statuses = statuses
    }
}

/// How an item's team is found.
public enum TeamRule: Sendable, Hashable {
    /// The project key (the default).
    case project
    /// The first component.
    case component
    /// The first label among `candidates`, or the first label when `candidates` is empty.
    case label(candidates: [String])
    /// A named field (`Team`, `Custom field (Team)` as the export calls it).
    case field(String)
}

/// One step of the business value stream and the items it claims.
public struct BusinessStep: Sendable, Hashable {
    public var name: String
    public var projects: [String]
    public var components: [String]
    public var labels: [String]
    public var types: [String]
    public var epics: [String]

    public init(
        name: String, projects: [String] = [], components: [String] = [], labels: [String] = [],
        types: [String] = [], epics: [String] = []
    ) {
        self.name = name
        self.projects = projects
        self.components = components
        self.labels = labels
        self.types = types
        self.epics = epics
    }
}

/// The business value stream that team work cascades into.
public struct BusinessStream: Sendable, Hashable {
    public var name: String
    public var steps: [BusinessStep]

    public init(name: String, steps: [BusinessStep]) {
        self.name = name
        self.steps = steps
    }
}

/// The value-stream configuration of SPEC §3: stages in flow order, flow item types, teams, time zone.
public struct ValueStream: Sendable {
    public var name: String
    public var timeZone: TimeZone
    public var weekStart: WeekStart
    /// Stages in flow order. Empty means "by status category" (the default mapping).
    public var stages: [Stage]
    /// Resolutions that make an item in a `done` stage discarded.
    public var discardedResolutions: [String]
    /// Flow item type (`Feature`, `Defect`, `Risk`, `Debt`) by the issue types it covers.
    public var flowItems: [(name: String, types: [String])]
    /// The flow item type of issue types no entry names.
    public var defaultFlowItem: String
    public var teamRule: TeamRule
    /// Display names of teams, by the value the rule finds (`PAY` → `Payments`).
    public var teamNames: [String: String]
    public var businessStream: BusinessStream?
    /// Sprint dates given by the configuration: `sprints: [{ name, team, start, end }]`.
    public var sprints: [ConfiguredSprint]

    public init(
        name: String = "Value stream", timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        weekStart: WeekStart = .monday, stages: [Stage] = [],
        discardedResolutions: [String] = ValueStream.standardDiscardedResolutions,
        flowItems: [(name: String, types: [String])] = ValueStream.standardFlowItems,
        defaultFlowItem: String = "Feature", teamRule: TeamRule = .project, teamNames: [String: String] = [:],
        businessStream: BusinessStream? = nil, sprints: [ConfiguredSprint] = []
    ) {
        self.name = name
        self.timeZone = timeZone
        self.weekStart = weekStart
        self.stages = stages
        self.discardedResolutions = discardedResolutions
        self.flowItems = flowItems
        self.defaultFlowItem = defaultFlowItem
        self.teamRule = teamRule
        self.teamNames = teamNames
        self.businessStream = businessStream
        self.sprints = sprints
    }

    /// Resolutions that mean "ended without delivering" in Jira's stock schemes, and as the other trackers'
    /// importers name them (Azure DevOps `Removed`, an archived Trello card, GitHub `Not Planned`).
    public static let standardDiscardedResolutions = [
        "Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Invalid", "Rejected", "Cancelled",
        "Canceled", "Obsolete", "Declined", "Removed", "Archived", "Not Planned",
    ]

    /// The Flow Framework's four item types, by common issue type names.
    public static let standardFlowItems: [(name: String, types: [String])] = [
        (
            "Feature",
            ["Story", "New Feature", "Feature", "Improvement", "Epic", "Task", "Sub-task", "Subtask", "User Story"]
        ),
        ("Defect", ["Bug", "Defect", "Incident", "Problem"]),
        ("Risk", ["Security", "Vulnerability", "Compliance", "Risk"]),
        ("Debt", ["Technical Debt", "Tech Debt", "Chore", "Refactoring", "Spike"]),
    ]
}

/// A sprint whose dates come from the configuration rather than the export.
public struct ConfiguredSprint: Sendable, Hashable {
    public var name: String
    public var team: String?
    public var start: Day
    public var end: Day

    public init(name: String, team: String?, start: Day, end: Day) {
        self.name = name
        self.team = team
        self.start = start
        self.end = end
    }
}

extension ValueStream {
    /// True when mapping reads the items' components: the team rule, or a business step matching them.
    public var readsComponents: Bool {
        teamRule == .component || businessStream?.steps.contains { !$0.components.isEmpty } == true
    }

    /// True when mapping reads the items' epics (their epic or parent): a business step matching them.
    public var readsEpics: Bool {
        businessStream?.steps.contains { !$0.epics.isEmpty } == true
    }

    /// True when mapping reads the items' labels: the team rule, or a business step matching them.
    public var readsLabels: Bool {
        if case .label = teamRule { return true }
        return businessStream?.steps.contains { !$0.labels.isEmpty } == true
    }
}
