import Foundation

/// What one input file contributed: its format, how many items and how much history.
public struct SourceSummary: Sendable, Hashable {
    /// The file name as the user gave it.
    public var file: String
    /// The detected format's identifier (`jira-csv`, `jira-xml`, …).
    public var format: String
    /// A human name for the format ("Jira CSV export").
    public var formatName: String
    public var items: Int
    public var statusChanges: Int
    public var history: HistoryLevel
    /// Rows or records that `--lenient` skipped, with the reason for each.
    public var skipped: [String]

    public init(
        file: String, format: String, formatName: String, items: Int, statusChanges: Int = 0,
        history: HistoryLevel, skipped: [String] = []
    ) {
        self.file = file
        self.format = format
        self.formatName = formatName
        self.items = items
        self.statusChanges = statusChanges
        self.history = history
        self.skipped = skipped
    }
}

/// Everything the importers read: the merged items, the sprints named, and what each source gave.
public struct Dataset: Sendable {
    /// Items merged by key; a later file wins for the same key. In first-seen order.
    public var items: [WorkItem]
    /// Sprints with whatever dates the formats carry, by name.
    public var sprints: [String: Sprint]
    /// Status names by the tracker's status id, where a format gives ids (Jira XML, backups).
    public var statusNames: [String: String]
    /// Status categories by status name, from the formats that give them.
    public var statusCategories: [String: StatusCategory]
    public var sources: [SourceSummary]
    /// Things the import noticed that a reader of the report should know.
    public var notes: [String]

    public init(
        items: [WorkItem] = [], sprints: [String: Sprint] = [:], statusNames: [String: String] = [:],
        statusCategories: [String: StatusCategory] = [:], sources: [SourceSummary] = [], notes: [String] = []
    ) {
        self.items = items
        self.sprints = sprints
        self.statusNames = statusNames
        self.statusCategories = statusCategories
        self.sources = sources
        self.notes = notes
    }

    /// The most history any item carries across all sources. Sources that gave no items (a status list, a
    /// board configuration) do not count.
    public var history: HistoryLevel {
        let levels = Set(sources.filter { $0.items > 0 }.map(\.history))
        if levels.count > 1 { return .partial }
        return levels.first ?? .none
    }

    /// Merges `other` into this dataset: items with the same key are replaced by `other`'s,
    /// except that history from either side is kept when only one side has it.
    public mutating func merge(_ other: Dataset) {
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        for (position, item) in items.enumerated() { index[item.key] = position }
        for item in other.items {
            if let position = index[item.key] {
                var merged = item
                let previous = items[position]
                if merged.history.isEmpty && !previous.history.isEmpty {
                    merged.history = previous.history
                    merged.historyTruncated = previous.historyTruncated
                }
                items[position] = merged
            } else {
                index[item.key] = items.count
                items.append(item)
            }
        }
        sprints.merge(other.sprints) { _, new in new }
        statusNames.merge(other.statusNames) { _, new in new }
        statusCategories.merge(other.statusCategories) { _, new in new }
        sources += other.sources
        notes += other.notes
    }
}
