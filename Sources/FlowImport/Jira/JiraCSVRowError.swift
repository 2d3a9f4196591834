/// A problem found in one row of a Jira CSV export.
struct JiraCSVRowError: Error, Sendable {
    let problem: JiraCSVProblem
    /// The header of the column at fault, when one is.
    let column: String?
    /// False for problems that are about the whole file (dates that disagree on their order), which
    /// `--lenient` cannot skip.
    let skippable: Bool

    init(_ problem: JiraCSVProblem, column: String? = nil, skippable: Bool = true) {
        self.problem = problem
        self.column = column
        self.skippable = skippable
    }
}
