/// What can be wrong with a non-Jira tracker export; ``message`` is the one place that words each problem.
enum TrackerProblem: Equatable, Sendable {
    /// The file holds nothing but blank lines.
    case empty(format: String)
    /// A header row without the column that names each item.
    case missingColumn(name: String, format: String)
    /// A header row and no rows.
    case headerOnly
    /// A row with another number of cells than the header.
    case cellCount(found: Int, expected: Int)
    /// A row whose key cell is blank.
    case blankKey(column: String)
    /// A date cell that is not a date of the format's kind.
    case unrecognizedDate(text: String, column: String, example: String)
    /// A JSON member that should hold a timestamp and holds something else.
    case unrecognizedTimestamp(text: String, member: String, example: String)
    /// A number cell that holds no number.
    case unrecognizedNumber(text: String, column: String)
    /// A JSON document of another shape than the format's.
    case unexpectedJSON(found: String, expected: String)
    /// A JSON record without the member that names it.
    case missingMember(name: String, record: String)

    /// A lowercase phrase quoting what was found and saying what was expected.
    var message: String {
        switch self {
        case .empty(let format):
            "the file holds no text; expected a header row (\(format))"
        case .missingColumn(let name, let format):
            "the header has no \"\(name)\" column; expected it in the header row (\(format))"
        case .headerOnly:
            "the file has a header row but no rows; expected one row per item"
        case .cellCount(let found, let expected):
            "the row has \(found) cells; expected \(expected), one per header column"
        case .blankKey(let column):
            "the \"\(column)\" cell is blank; expected the item's id"
        case .unrecognizedDate(let text, let column, let example):
            "unrecognized date '\(text)' in column \"\(column)\"; expected a date like '\(example)'"
        case .unrecognizedTimestamp(let text, let member, let example):
            "unrecognized date '\(text)' in \"\(member)\"; expected a date like '\(example)'"
        case .unrecognizedNumber(let text, let column):
            "unrecognized number '\(text)' in column \"\(column)\"; expected a number such as '3' or '0.5'"
        case .unexpectedJSON(let found, let expected):
            "found \(found); expected \(expected)"
        case .missingMember(let name, let record):
            "\(record) has no \"\(name)\"; expected every \(record) to have one"
        }
    }
}
