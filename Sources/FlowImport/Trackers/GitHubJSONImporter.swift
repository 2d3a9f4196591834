import FlowModel
import Foundation

/// Reads the JSON that `gh issue list --json number,title,state,stateReason,labels,createdAt,closedAt,…`
/// writes: a top-level array of issues, `state` `OPEN` or `CLOSED`, ISO timestamps in UTC.
///
/// GitHub has no workflow states in this output, only when an issue was created and closed: it is read as an
/// export without history (lead time from those dates; no flow time, since when work started is unknown). A
/// `stateReason` of `NOT_PLANNED` becomes the resolution `Not Planned`, which the standard value stream counts
/// as discarded.
struct GitHubJSONImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "github-json"
    private static let expected = "a JSON array of issues as 'gh issue list --json' writes it"

    func read(_ file: String) throws(InputError) -> Dataset {
        var reader = try JSONReader(path: file, file: file)
        if let progress = options.progress { reader.progress = { read, total in progress(file, read, total) } }
        let clock = LocalClock(timeZone: options.timeZone)
        var dataset = Dataset()
        let event = try reader.next()
        guard event == .arrayStart else {
            throw reader.errorAtToken(TrackerProblem.unexpectedJSON(found: event.noun, expected: Self.expected).message)
        }
        while let element = try reader.nextElement() {
            guard element == .objectStart else {
                try reader.skip(after: element)
                continue
            }
            let item = try Self.item(try TrackerJSONRecord(element, reader: &reader), clock: clock)
            if let category = item.statusCategory { dataset.statusCategories[item.status] = category }
            for sprint in item.sprints { dataset.sprints[sprint] = Sprint(name: sprint) }
            dataset.items.append(item)
        }
        _ = try reader.next()
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        dataset.sources = [
            SourceSummary(
                file: file, format: ExportFormat.gitHubJSON.rawValue, formatName: ExportFormat.gitHubJSON.displayName,
                items: dataset.items.count, statusChanges: changes, history: changes > 0 ? .partial : .none)
        ]
        return dataset
    }

    private static func item(_ record: TrackerJSONRecord, clock: LocalClock) throws(InputError) -> WorkItem {
        guard let number = record.text("number") else {
            throw record.error(.missingMember(name: "number", record: "issue"))
        }
        let url = record.text("url")
        let repository = url.flatMap(GitHubJSONImporter.repository(url:))
        var item = WorkItem(
            key: (repository ?? "") + "#" + number, title: record.text("title") ?? "", type: "Issue", source: source)
        item.project = repository ?? ""
        let closed = record.text("state")?.uppercased() == "CLOSED"
        item.created = try record.date("createdAt", clock: clock)
        item.updated = try record.date("updatedAt", clock: clock)
        let closedAt = try record.date("closedAt", clock: clock)
        if closed {
            (item.status, item.statusCategory) = ("Closed", .done)
            item.resolved = closedAt
            item.statusCategoryChanged = closedAt
            switch record.text("stateReason")?.uppercased() {
            case "NOT_PLANNED": item.resolution = "Not Planned"
            case "DUPLICATE": item.resolution = "Duplicate"
            default: item.resolution = "Completed"
            }
        } else {
            (item.status, item.statusCategory) = ("Open", .toDo)
        }
        item.labels = names(record.member("labels"), key: "name")
        item.assignee = names(record.member("assignees"), key: "login").first
        item.reporter = record.text("author", "login")
        if let milestone = record.text("milestone", "title") { item.sprints = [milestone] }
        if let url { item.fields["URL"] = url }
        return item
    }

    /// The `key` member of each object in an array.
    private static func names(_ value: JSONValue?, key: String) -> [String] {
        guard case .array(let elements)? = value else { return [] }
        return elements.compactMap { $0[key]?.string }.filter { !$0.isEmpty }
    }

    /// `owner/repo` from `https://github.com/owner/repo/issues/12`; `nil` for a URL of another shape.
    static func repository(url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let path = url[scheme.upperBound...].split(separator: "/").dropFirst()
        guard path.count >= 4 else { return nil }
        return path.prefix(2).joined(separator: "/")
    }
}
