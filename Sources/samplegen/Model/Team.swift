/// One team and its Jira project.
struct Team {
    /// The project key (`PAY`).
    let key: String
    /// The project (and team) name (`Payments`).
    let name: String
    let projectID: String
    let projectDescription: String
    /// Index into ``Organisation/people`` of the project lead.
    let lead: Int
    /// Indexes into ``Organisation/people`` of the developers and testers.
    let members: [Int]
    /// The project's components.
    let components: [String]
    /// Labels this team uses more than others.
    let favouriteLabels: [String]
    /// The number of the team's first sprint in the simulated period.
    let firstSprintNumber: Int
    /// Days after the period's first Monday on which this team's sprints start.
    let sprintStartOffset: Int
    /// The product the team releases, for fix version names (`Quote Engine 4.`…).
    let versionPrefix: String
    /// The first issue number in the period (projects have history before it).
    let firstIssueNumber: Int
    /// False when the team's workflow sets no resolution on Done — common on Jira Cloud,
    /// and why `Resolved` is empty for many Done issues in real exports.
    let setsResolution: Bool
    /// The Atlassian team id for the `Team` field.
    let teamID: String
}
