import FlowModel
import Foundation

/// One `<item>` of Jira's `<rss version="2.0">` "RSS (issues)" feed: a title `[KEY] summary`, a
/// link, a `pubDate` and the issue as an HTML table in `<description>`.
///
/// What the table shows in English is read (status, type, priority, people, resolution, labels,
/// components, fix versions, sprint, parent). Its dates are days only and are not used. `pubDate` is when
/// the issue was last updated (the same issues' CSV export shows it as their Updated time, to the second):
/// it is the item's `updated`, and its creation time is unknown.
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
            item.updated = date
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

    /// Rows read into the item's own fields; every other row goes into `fields`.
    private static let readLabels: Set<String> = [
        "Status", "Type", "Priority", "Assignee", "Reporter", "Resolution", "Labels", "Components",
        "Fix versions", "Fix Version/s", "Sprint", "Parent", "Project", "Story Points", "Story point estimate",
    ]
}
