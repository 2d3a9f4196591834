/// What can be wrong inside a Jira XML export. One place turns each case into the message users see.
enum JiraXMLProblem: Equatable {
    /// The document's root element is not `<rss>`.
    case notRSS(found: String)
    /// The export has no `<item>` at all.
    case noItems
    /// An item with neither a `<key>` nor a `[KEY]` title.
    case missingKey
    /// A date element whose text is not an RFC 822 date.
    case badDate(element: String, value: String)
    /// A `[CHART] Time in Status` value not in Jira's encoding.
    case badTimeInStatus(value: String)
    /// A story-points custom field whose value is not a number.
    case badStoryPoints(field: String, value: String)

    /// A lowercase phrase that quotes the bad value and says what was expected.
    var message: String {
        switch self {
        case .notRSS(let found):
            "the document starts with <\(found)>; expected <rss> (a jira xml export)"
        case .noItems:
            "the export has no items"
        case .missingKey:
            "the item has no <key> and its title names none; expected <key>PROJ-1</key>"
        case .badDate(let element, let value):
            "unrecognized date '\(value)' in <\(element)>; expected an rfc 822 date like"
                + " 'Sun, 10 Mar 2024 03:55:53 -0700'"
        case .badTimeInStatus(let value):
            "unrecognized [CHART] Time in Status value '\(value.prefix(80))'; expected entries like"
                + " '\(JiraTimeInStatus.example)'"
        case .badStoryPoints(let field, let value):
            "story points '\(value)' in custom field \"\(field)\" are not a number; expected a number like '3' or '0.5'"
        }
    }
}
