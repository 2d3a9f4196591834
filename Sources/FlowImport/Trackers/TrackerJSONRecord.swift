import FlowModel
import Foundation

/// One record of a tracker's JSON export (a Redmine issue, a Trello card or action, a GitHub issue) read
/// whole, with where it starts for messages.
struct TrackerJSONRecord {
    let value: JSONValue
    let file: String
    /// The 1-based line and column (in bytes) of the record's opening brace.
    let line: Int
    let column: Int

    /// Reads the record that `event` (just returned by `reader`) opens.
    init(_ event: JSONEvent, reader: inout JSONReader) throws(InputError) {
        line = reader.tokenLine
        column = reader.tokenColumn
        file = reader.file
        value = try reader.value(from: event)
    }

    /// An error placed at the record's start.
    func error(_ problem: TrackerProblem) -> InputError {
        InputError(file: file, position: .line(line, column: column), message: problem.message)
    }

    /// The text of the member at `path` (a string, or a whole number's digits); `nil` when missing or
    /// blank.
    func text(_ path: String...) -> String? {
        var current: JSONValue? = value
        for key in path { current = current?[key] }
        guard let text = current?.string, !text.isEmpty else { return nil }
        return text
    }

    /// The member at `path`.
    func member(_ path: String...) -> JSONValue? {
        var current: JSONValue? = value
        for key in path { current = current?[key] }
        return current
    }

    /// The timestamp in member `key` (`2016-01-26T12:39:26.000Z`); `nil` when missing or `null`.
    ///
    /// - Throws: ``InputError`` at the record when the member holds text that is no timestamp.
    func date(_ key: String, clock: LocalClock) throws(InputError) -> Date? {
        guard let text = text(key) else { return nil }
        guard let date = JSONTimestamp.parse(Array(text.utf8), clock: clock) else {
            throw error(.unrecognizedTimestamp(text: text, member: key, example: "2016-01-26T12:39:26.000Z"))
        }
        return date
    }
}
