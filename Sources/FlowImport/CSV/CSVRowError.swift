/// What went wrong in a row of a CSV export, as the importers' problem types say it.
protocol CSVRowProblem: Sendable {
    /// The lowercase message, quoting the bad value and saying what was expected.
    var message: String { get }
}

/// A problem found in one row of a CSV export (Jira, transitions and stage dates, other trackers).
struct CSVRowError<Problem: CSVRowProblem>: Error, Sendable {
    let problem: Problem
    /// The header of the column at fault, when one is.
    let column: String?
    /// False for problems about the whole file (dates that disagree on their order), which `--lenient`
    /// cannot skip.
    let skippable: Bool

    init(_ problem: Problem, column: String? = nil, skippable: Bool = true) {
        self.problem = problem
        self.column = column
        self.skippable = skippable
    }

    /// What `--lenient` records for the row, record number `record` (1-based, after the header):
    /// `record 3: …` or `record 3, column "Created": …`.
    func skipReason(record: Int) -> String {
        let place = column.map { "record \(record), column \"\($0)\"" } ?? "record \(record)"
        return place + ": " + problem.message
    }
}

/// A problem in a row of a Jira CSV export.
typealias JiraCSVRowError = CSVRowError<JiraCSVProblem>
/// A problem in a row of a transitions or stage-dates CSV.
typealias GenericCSVRowError = CSVRowError<GenericCSVProblem>
/// A problem in a row of another tracker's CSV export.
typealias TrackerRowError = CSVRowError<TrackerProblem>

extension JiraCSVProblem: CSVRowProblem {}
extension GenericCSVProblem: CSVRowProblem {}
extension TrackerProblem: CSVRowProblem {}
