/// The element and attribute names the Jira XML importer reads (both `<rss version="0.92">`
/// search exports and the `<rss version="2.0">` issues feed).
enum JiraXMLName: String, XMLVocabulary {
    // Document and channel.
    case rss, channel, item, issue
    // Item fields.
    case title, link, project, key, summary, type, parent, priority, status, statusCategory, resolution
    case assignee, reporter, labels, label, created, updated, resolved, fixVersion, component
    case customfields, customfield, customfieldname, customfieldvalues, customfieldvalue
    // The issues feed.
    case description, pubDate
    // Attributes (`key` above is both an element and an attribute).
    case version, id, accountid, username, start, end, total
}
