import FlowModel
import Foundation

/// A Redmine issue read from JSON, whose status changes still name statuses by id until the whole file
/// has said which names the ids have.
struct RedmineIssueDraft {
    /// One `status_id` detail of a journal.
    struct Change {
        var at: Date
        var from: String?
        var to: String
    }

    var item: WorkItem
    /// The status id changes, in the order of the journals.
    var changes: [Change] = []
    /// True when the issue came with its `journals`.
    var hasJournals = false

    /// Reads an issue of `/issues.json` or `/issues/ID.json?include=journals`.
    ///
    /// - Throws: ``InputError`` at the issue for a missing `id` or a bad timestamp.
    init(_ record: TrackerJSONRecord, clock: LocalClock) throws(InputError) {
        guard let id = record.text("id") else { throw record.error(.missingMember(name: "id", record: "issue")) }
        let status = record.text("status", "name") ?? record.text("status", "id").map { "status " + $0 } ?? ""
        var isClosed: Bool?
        if case .bool(let closed)? = record.member("status", "is_closed") { isClosed = closed }
        var item = WorkItem(
            key: "#" + id, title: record.text("subject") ?? "", type: record.text("tracker", "name") ?? "",
            status: status, statusID: record.text("status", "id"),
            statusCategory: RedmineStatus.category(name: status, isClosed: isClosed),
            project: record.text("project", "name") ?? "", source: RedmineJSONImporter.source)
        item.created = try record.date("created_on", clock: clock)
        item.updated = try record.date("updated_on", clock: clock)
        item.assignee = record.text("assigned_to", "name")
        item.reporter = record.text("author", "name")
        item.priority = record.text("priority", "name")
        item.parent = record.text("parent", "id").map { "#" + $0 }
        if let version = record.text("fixed_version", "name") { item.fixVersions = [version] }
        for key in ["start_date", "due_date"] {
            if let value = record.text(key) { item.fields[key] = value }
        }
        if item.statusCategory == .done {
            item.resolved = try record.date("closed_on", clock: clock)
            item.resolution = RedmineStatus.isRejected(status) ? "Rejected" : status
            item.statusCategoryChanged = item.resolved
        }
        self.item = item
        if case .array(let journals)? = record.member("journals") {
            hasJournals = true
            try readJournals(journals, record: record, clock: clock)
        }
    }

    private mutating func readJournals(
        _ journals: [JSONValue], record: TrackerJSONRecord, clock: LocalClock
    ) throws(InputError) {
        for journal in journals {
            guard case .array(let details)? = journal["details"] else { continue }
            for detail in details where detail["property"]?.string == "attr" && detail["name"]?.string == "status_id" {
                guard let to = detail["new_value"]?.string else { continue }
                guard let text = journal["created_on"]?.string else {
                    throw record.error(.missingMember(name: "created_on", record: "journal"))
                }
                guard let at = JSONTimestamp.parse(Array(text.utf8), clock: clock) else {
                    throw record.error(
                        .unrecognizedTimestamp(text: text, member: "created_on", example: "2016-01-26T12:39:26.000Z"))
                }
                changes.append(Change(at: at, from: detail["old_value"]?.string, to: to))
            }
        }
    }

    /// The item with its history, status ids named by `names` (`status 4` for an id no name is known for).
    ///
    /// The issue is taken to be created in the status its first change leaves (or its current one when it
    /// never changed).
    func finished(names: [String: String]) -> WorkItem {
        var item = self.item
        guard hasJournals else { return item }
        func name(_ id: String) -> String { names[id] ?? "status " + id }
        let ordered = changes.enumerated().sorted { lhs, rhs in
            lhs.element.at != rhs.element.at ? lhs.element.at < rhs.element.at : lhs.offset < rhs.offset
        }.map(\.element)
        var history: [StatusChange] = []
        if let created = item.created {
            let first = ordered.first.map { $0.from.map(name) ?? name($0.to) } ?? item.status
            history.append(StatusChange(at: created, from: nil, to: first))
        }
        for change in ordered {
            history.append(StatusChange(at: change.at, from: change.from.map(name), to: name(change.to)))
        }
        item.history = history
        return item
    }

    /// The status ids the changes name.
    var statusIDs: [String] { changes.flatMap { [$0.from, $0.to].compactMap { $0 } } }
}
