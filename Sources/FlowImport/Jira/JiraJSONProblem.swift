/// Something wrong with a Jira REST JSON file that is valid JSON, as data; ``message`` makes the text.
enum JiraJSONProblem: Equatable, Sendable {
    /// The top-level value is a string, number or literal; holds a description of it (`a string`).
    case notAResponse(found: String)
    /// An object that is none of the responses this importer reads.
    case unknownObject
    /// A top-level array element that is not an object; holds a description of it.
    case unexpectedElement(found: String)
    case issueWithoutKey
    /// A date field whose text is not an ISO 8601 timestamp.
    case badDate(text: String, field: String)
    case historyWithoutTime

    /// A lowercase phrase that says what was expected and what was found.
    var message: String {
        switch self {
        case .notAResponse(let found):
            "expected a Jira REST response (an object or an array), found \(found)"
        case .unknownObject:
            "expected a Jira REST response: a search page (\"issues\"), an issue (\"key\", \"fields\"), a status "
                + "list (\"statusCategory\") or a board configuration (\"columnConfig\"); this object has none of them"
        case .unexpectedElement(let found):
            "expected a Jira issue or status object in the array, found \(found)"
        case .issueWithoutKey:
            "an issue without a \"key\"; expected every issue to have one"
        case .badDate(let text, let field):
            "unrecognized date '\(text)' in \"\(field)\"; expected an ISO 8601 timestamp like "
                + "'\(JSONTimestamp.example)'"
        case .historyWithoutTime:
            "a changelog history with a status change has no \"created\" time; expected one like "
                + "'\(JSONTimestamp.example)'"
        }
    }

    /// `a string`, `a number`, `an array`… for the value an event starts.
    static func describe(_ event: JSONEvent) -> String {
        switch event {
        case .objectStart: "an object"
        case .arrayStart: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        case .objectEnd, .arrayEnd, .key, .end: "nothing"
        }
    }
}
