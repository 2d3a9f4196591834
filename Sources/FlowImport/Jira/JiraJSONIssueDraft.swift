import FlowModel
import Foundation

/// One issue as it is read: the item so far, its status changes in the order read, and the custom fields
/// that can be settled only at the end of the file.
struct JiraJSONIssueDraft {
    var item = WorkItem(key: "", source: JiraJSONImporter.source)
    var hasKey = false
    var hasFields = false
    var hasChangelog = false
    /// Status changes in the order read.
    var changes: [JiraJSONChange] = []
    /// Sprint membership changes in the order read.
    var sprintChanges: [SprintChange] = []
    /// Histories read (with or without a status change).
    var historyCount = 0
    /// `changelog.total`: how many histories the issue has in all.
    var historyTotal: Int?
    var firstHistoryAt: Date?
    var lastHistoryAt: Date?
    /// Custom fields to settle at the end of the file.
    var custom = JiraJSONCustomValues()
    /// The first problem found in a value (a bad date), thrown or skipped when the issue ends.
    var problem: InputError?
    /// Where the issue object starts, for errors about the whole issue.
    var line = 0
    var column = 0

    /// True when the object read is an issue (it has a key, fields or a changelog).
    var isIssue: Bool { hasKey || hasFields || hasChangelog }

    /// True when Jira said there are more histories than the file gives.
    var isTruncated: Bool { (historyTotal ?? 0) > historyCount }

    /// Notes the time of a history, to tell newest-first changelogs from oldest-first ones.
    mutating func noteHistory(at date: Date) {
        if firstHistoryAt == nil { firstHistoryAt = date }
        lastHistoryAt = date
    }

    /// Puts the status changes into the item, oldest first, and lets go of the raw ones.
    mutating func settleHistory() {
        item.history = orderedChanges().map { StatusChange(at: $0.at, from: $0.from, to: $0.to) }
        item.historyTruncated = isTruncated
        changes = []
        let newestFirst = (firstHistoryAt ?? .distantPast) > (lastHistoryAt ?? .distantPast)
        let read = newestFirst ? Array(sprintChanges.reversed()) : sprintChanges
        item.sprintChanges = read.enumerated().sorted { left, right in
            left.element.at != right.element.at ? left.element.at < right.element.at : left.offset < right.offset
        }.map(\.element)
        sprintChanges = []
    }

    /// Status changes by time; changes at the same time keep the changelog's order, read oldest first
    /// (a newest-first changelog is read backwards), then their order inside the history.
    private func orderedChanges() -> [JiraJSONChange] {
        let newestFirst = (firstHistoryAt ?? .distantPast) > (lastHistoryAt ?? .distantPast)
        return changes.sorted { left, right in
            if left.at != right.at { return left.at < right.at }
            if left.history != right.history {
                return newestFirst ? left.history > right.history : left.history < right.history
            }
            return left.item < right.item
        }
    }
}
