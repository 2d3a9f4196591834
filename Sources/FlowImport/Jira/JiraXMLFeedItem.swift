import FlowModel
import Foundation

/// One `<item>` of Jira's `<rss version="2.0">` "RSS (issues)" feed: a title `[KEY] summary`, a
/// link, a `pubDate` and the issue as an HTML table in `<description>`.
///
/// What the table shows in English is read (status, type, priority, people, resolution, labels,
/// components, fix versions, sprint, parent); dates other than creation are shown as days only
/// and are not used. `pubDate` is the creation time: Jira sorts the feed by it, and the table's
/// "Created:" day is checked against it.
struct JiraXMLFeedItem {
    private var title: String?
    private var link: String?
    private var description: String?
    private var published: String?

    /// Stores the text of one of the item's elements.
    mutating func set(_ name: JiraXMLName, _ value: String) {
        switch name {
        case .title: title = value
        case .link: link = value
        case .description: description = value
        case .pubDate: published = value
        default: break
        }
    }

    /// Fills `item` with what the feed gives; returns the first problem found.
    func fill(_ item: inout WorkItem) -> JiraXMLProblem? {
        if let title, let parsed = JiraXMLFeedItem.splitTitle(title) {
            item.key = parsed.key
            item.title = parsed.summary
        } else if let link, let browse = link.range(of: "/browse/") {
            item.key = String(link[browse.upperBound...].prefix { $0 != "/" && $0 != "?" })
            item.title = title ?? ""
        }
        let table = JiraXMLFeedTable(html: description ?? "")
        if let published {
            guard let date = RFC822Date.parse(published) else { return .badDate(element: "pubDate", value: published) }
            if JiraXMLFeedItem.agrees(date, withCreated: table.createdText) { item.created = date }
        }
        item.status = table.text("Status") ?? ""
        item.type = table.text("Type") ?? ""
        item.priority = table.text("Priority")
        item.assignee = table.text("Assignee")
        item.reporter = table.text("Reporter")
        item.resolution = table.text("Resolution")
        item.labels = table.list("Labels")
        item.components = table.list("Components")
        item.fixVersions = table.list("Fix versions").isEmpty ? table.list("Fix Version/s") : table.list("Fix versions")
        item.sprints = table.list("Sprint")
        item.parent = table.parentKey
        for label in ["Story Points", "Story point estimate"] {
            guard item.storyPoints == nil, let text = table.text(label) else { continue }
            guard let points = Double(text) else { return .badStoryPoints(field: label, value: text) }
            item.storyPoints = points
        }
        for (label, text) in table.texts where !JiraXMLFeedItem.readLabels.contains(label) {
            item.fields[label] = text
        }
        return nil
    }

    /// `KEY` and `summary` from a `[KEY] summary` title; `nil` when the title does not start so.
    static func splitTitle(_ title: String) -> (key: String, summary: String)? {
        guard title.hasPrefix("["), let close = title.firstIndex(of: "]") else { return nil }
        let key = title[title.index(after: title.startIndex)..<close]
        guard JiraXMLIssueKey.matches(key) else { return nil }
        let summary = title[title.index(after: close)...].trimmedOfWhiteSpace
        return (String(key), summary)
    }

    /// Whether `published` falls on (or next to, for time zones) the table's `Created: 05/Dec/25`
    /// day. A day the feed writes in another form cannot contradict it.
    static func agrees(_ published: Date, withCreated text: String?) -> Bool {
        guard let text else { return true }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]),
            let month = monthNames.firstIndex(of: parts[1].lowercased()),
            let created = Day(year: year < 100 ? 2000 + year : year, month: month + 1, day: day)
        else { return true }
        let publishedDay = Int((published.timeIntervalSince1970 / 86_400).rounded(.down))
        return abs(publishedDay - created.ordinal) <= 1
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// Rows read into the item's own fields; every other row goes into `fields`.
    private static let readLabels: Set<String> = [
        "Status", "Type", "Priority", "Assignee", "Reporter", "Resolution", "Labels", "Components",
        "Fix versions", "Fix Version/s", "Sprint", "Parent", "Project", "Story Points", "Story point estimate",
    ]
}
