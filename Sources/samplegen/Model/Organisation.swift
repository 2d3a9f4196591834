/// The simulated company: its teams, people, sprints, releases and every issue.
struct Organisation {
    let teams: [Team]
    let people: [Person]
    /// Every team's sprints, each team's in date order.
    let sprints: [SprintInfo]
    let releases: [Release]
    /// In creation order.
    var issues: [SimIssue]
    /// The first day of the simulated period, local midnight (Unix seconds).
    let periodStart: Int
    /// When the export was taken (Unix seconds); nothing in the data is later.
    let exportTime: Int
    let zone: ZoneRules
    /// Whether the workflow has queue statuses between its steps (`samplegen --workflow queues`).
    var hasQueues = false

    /// The sprints of one team, oldest first.
    func sprints(of team: Int) -> [Int] {
        sprints.indices.filter { sprints[$0].team == team }
    }
}
