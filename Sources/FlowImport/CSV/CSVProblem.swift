/// What can be wrong with a CSV file as CSV; ``message`` is the one place that words each problem.
enum CSVProblem: Equatable {
    /// The file could not be opened or read; `reason` is the system's description.
    case unreadable(reason: String)
    /// A quoted field was still open at the end of the file.
    case unclosedQuote
    /// Something other than a delimiter or a line end followed a closing quote.
    case textAfterClosingQuote(found: String, delimiter: String)

    /// A lowercase phrase quoting what was found and saying what was expected.
    var message: String {
        switch self {
        case .unreadable(let reason):
            "the file cannot be read (\(reason))"
        case .unclosedQuote:
            "a quoted field opens here and is never closed; expected a closing '\"' before the end of the file"
        case .textAfterClosingQuote(let found, let delimiter):
            "unexpected '\(found)' after the closing quote of a field; expected '\(delimiter)' or the end of the line"
                + " (a quote inside a quoted field is written '\"\"')"
        }
    }
}
