import Foundation

/// The item columns a transitions or stage-dates CSV may carry besides its own, found by header name
/// (case and surrounding spaces ignored).
enum GenericItemColumn: Int, CaseIterable, Sendable {
    case title, type, created, updated, resolved, project, team, statusCategory, resolution, priority, assignee
    case labels, components, fixVersions, sprint, storyPoints, parent, epic

    /// The headers that name each column, lowercase.
    static let aliases: [(GenericItemColumn, [String])] = [
        (.title, ["title", "summary", "name"]),
        (.type, ["type", "issue type", "item type", "work item type", "issuetype"]),
        (.created, ["created", "created at", "created date", "creation date"]),
        (.updated, ["updated", "updated at"]),
        (.resolved, ["resolved", "resolved at", "resolution date", "resolutiondate"]),
        (.project, ["project", "project key"]),
        (.team, ["team"]),
        (.statusCategory, ["status category", "statuscategory", "category"]),
        (.resolution, ["resolution"]),
        (.priority, ["priority"]),
        (.assignee, ["assignee", "assigned to", "owner"]),
        (.labels, ["labels", "label", "tags"]),
        (.components, ["components", "component", "component/s"]),
        (.fixVersions, ["fixversions", "fix versions", "fix version/s", "fix version"]),
        (.sprint, ["sprint", "sprints"]),
        (.storyPoints, ["story points", "story point estimate", "points"]),
        (.parent, ["parent", "parent key"]),
        (.epic, ["epic", "epic link", "epic key"]),
    ]

    /// The column `header` names, if any.
    static func named(_ header: String) -> GenericItemColumn? { byName[fold(header)] }

    /// `header` lowercased, without surrounding spaces.
    static func fold(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static let byName: [String: GenericItemColumn] = {
        var result: [String: GenericItemColumn] = [:]
        for (column, names) in aliases {
            for name in names { result[name] = column }
        }
        return result
    }()
}
