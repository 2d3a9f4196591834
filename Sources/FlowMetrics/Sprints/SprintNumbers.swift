/// How one sprint went (SPEC §4 "Sprints"): its scope, what was delivered inside it, and what moved on.
public struct SprintNumbers: Sendable, Hashable {
    public var period: SprintPeriod
    /// The configured team, else the team of the items this row counts: a sprint with items of several teams
    /// has a row for each.
    public var team: String
    /// Items in the sprint at its start.
    public var committed: Int
    /// Items put into the sprint after its start.
    public var added: Int
    /// Items taken out of the sprint before its end.
    public var removed: Int
    /// Items in scope delivered inside the sprint (flow end in [start, end]).
    public var completed: Int
    /// Items in scope at the end that were not delivered inside it.
    public var notCompleted: Int
    /// Not-completed items that are in a sprint starting later.
    public var carriedOver: Int
    /// completed ÷ committed; `nil` when nothing was committed.
    public var sayDo: Double?
    /// Story points of the committed items; `nil` when no item in the sprint has points.
    public var pointsCommitted: Double?
    /// Story points of the completed items; `nil` when no item in the sprint has points.
    public var pointsCompleted: Double?
    /// 85th percentile (nearest rank) of the completed items' flow time, in days; `nil` without history.
    public var flowTimeP85: Double?
    /// Completed items by flow item type.
    public var completedByFlowItem: [String: Int]
    /// False when some item's membership came from the fallback rule (no sprint-change history).
    public var fromHistory: Bool

    public init(
        period: SprintPeriod, team: String, committed: Int = 0, added: Int = 0, removed: Int = 0,
        completed: Int = 0, notCompleted: Int = 0, carriedOver: Int = 0, sayDo: Double? = nil,
        pointsCommitted: Double? = nil, pointsCompleted: Double? = nil, flowTimeP85: Double? = nil,
        completedByFlowItem: [String: Int] = [:], fromHistory: Bool = true
    ) {
        self.period = period
        self.team = team
        self.committed = committed
        self.added = added
        self.removed = removed
        self.completed = completed
        self.notCompleted = notCompleted
        self.carriedOver = carriedOver
        self.sayDo = sayDo
        self.pointsCommitted = pointsCommitted
        self.pointsCompleted = pointsCompleted
        self.flowTimeP85 = flowTimeP85
        self.completedByFlowItem = completedByFlowItem
        self.fromHistory = fromHistory
    }
}
