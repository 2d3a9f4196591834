import FlowModel

/// What can be wrong with a Jira CSV export; ``message`` is the one place that words each problem.
enum JiraCSVProblem: Equatable, Sendable {
    case emptyFile
    case headerOnly
    /// No header names the issue key; `expected` lists the headers that would.
    case missingKeyColumn(expected: [String])
    /// A row with another number of cells than the header has.
    case cellCount(found: Int, expected: Int, line: Int)
    /// A row whose key cell is empty.
    case missingKey(line: Int)
    /// A date in none of the known formats (or, with `order`, not valid in that forced order).
    case unrecognizedDate(text: String, column: String, order: DateOrder?)
    /// Two numeric dates that prove opposite day/month orders.
    case dateOrderConflict(dayFirst: DayMonthEvidence.Example, monthFirst: DayMonthEvidence.Example)
    case unrecognizedStoryPoints(text: String, column: String)
    case unrecognizedTimeInStatus(text: String, column: String)

    /// A lowercase phrase quoting the bad value and saying what was expected.
    var message: String {
        switch self {
        case .emptyFile:
            return "the file is empty; expected a Jira CSV export with a header row"
        case .headerOnly:
            return "the file has a header but no rows"
        case .missingKeyColumn(let expected):
            let names = expected.map { "\"\($0)\"" }.joined(separator: ", ")
            return "no issue key column in the header; expected a column named one of \(names)"
        case .cellCount(let found, let expected, let line):
            return CSVMessages.cellCount(found: found, expected: expected, line: line)
        case .missingKey(let line):
            return "the row starting on line \(line) has no issue key; expected a key like 'PAY-7'"
        case .unrecognizedDate(let text, let column, let order):
            return CSVMessages.unrecognizedDate(text, column: column, order: order, example: "'24/Nov/26 9:15 AM'")
        case .dateOrderConflict(let dayFirst, let monthFirst):
            return CSVMessages.dateOrderConflict(dayFirst: dayFirst, monthFirst: monthFirst)
        case .unrecognizedStoryPoints(let text, let column):
            return "unrecognized story points '\(text)' in column \"\(column)\"; expected a number like '5' or '2.5'"
        case .unrecognizedTimeInStatus(let text, let column):
            return "unrecognized time in status '\(text)' in column \"\(column)\"; expected entries like"
                + " '10001_*:*_1_*:*_3600000' (status id, times entered, milliseconds) joined by '_*|*_'"
        }
    }
}
