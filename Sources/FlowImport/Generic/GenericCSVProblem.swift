import FlowModel

/// What can be wrong with a transitions CSV or a stage-dates CSV; ``message`` is the one place that words
/// each problem.
enum GenericCSVProblem: Equatable, Sendable {
    /// The file holds no header row; `format` names what was expected ("a transitions CSV").
    case emptyFile(format: String, header: String)
    case headerOnly
    /// No header names a column the format needs; `role` says what it holds, `expected` the headers that would.
    case missingColumn(role: String, expected: [String])
    /// The header has no stage columns between the title and the item columns.
    case noStageColumns(after: String)
    /// A row with another number of cells than the header has.
    case cellCount(found: Int, expected: Int, line: Int)
    /// A row whose cell in `column` is empty although every row needs one; `what` names it.
    case missingValue(column: String, what: String, example: String)
    /// A date in none of the known formats (or, with `order`, not valid in that forced order).
    case unrecognizedDate(text: String, column: String, order: DateOrder?, example: String)
    /// Two numeric dates that prove opposite day/month orders.
    case dateOrderConflict(dayFirst: DayMonthEvidence.Example, monthFirst: DayMonthEvidence.Example)
    case unrecognizedNumber(text: String, column: String)
    /// A stage-dates row with no date in any stage column.
    case noStageDates(stages: [String])

    /// A lowercase phrase quoting the bad value and saying what was expected.
    var message: String {
        switch self {
        case .emptyFile(let format, let header):
            return "the file is empty; expected \(format) with a header row like '\(header)'"
        case .headerOnly:
            return "the file has a header but no rows"
        case .missingColumn(let role, let expected):
            return "no \(role) column in the header; expected a column named one of \(Self.quoted(expected))"
        case .noStageColumns(let after):
            return "no stage columns in the header; expected one date column per stage, in flow order, after"
                + " \"\(after)\" and before the item columns such as \"Type\""
        case .cellCount(let found, let expected, let line):
            return CSVMessages.cellCount(found: found, expected: expected, line: line)
        case .missingValue(let column, let what, let example):
            return "no \(what) in column \"\(column)\"; expected \(example)"
        case .unrecognizedDate(let text, let column, let order, let example):
            return CSVMessages.unrecognizedDate(text, column: column, order: order, example: example)
        case .dateOrderConflict(let dayFirst, let monthFirst):
            return CSVMessages.dateOrderConflict(dayFirst: dayFirst, monthFirst: monthFirst)
        case .unrecognizedNumber(let text, let column):
            return "unrecognized number '\(text)' in column \"\(column)\"; expected a number like '5' or '2.5'"
        case .noStageDates(let stages):
            return "no date in any stage column (\(Self.quoted(stages))); expected the date the item entered at"
                + " least its first stage"
        }
    }

    private static func quoted(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
