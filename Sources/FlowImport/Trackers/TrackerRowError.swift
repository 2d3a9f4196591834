/// A problem with one row or record of a tracker export, before it is placed in the file.
struct TrackerRowError: Error {
    var problem: TrackerProblem
    /// The column's header, when the problem is in one cell.
    var column: String?

    init(_ problem: TrackerProblem, column: String? = nil) {
        self.problem = problem
        self.column = column
    }
}
