/// A problem found in one row of a transitions or stage-dates CSV.
struct GenericCSVRowError: Error, Sendable {
    let problem: GenericCSVProblem
    /// The header of the column at fault, when one is.
    let column: String?
    /// False for problems about the whole file (dates that disagree on their order), which `--lenient`
    /// cannot skip.
    let skippable: Bool

    init(_ problem: GenericCSVProblem, column: String? = nil, skippable: Bool = true) {
        self.problem = problem
        self.column = column
        self.skippable = skippable
    }
}
