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
    /// The zone the export says its times without an offset are in (a site backup's server zone), when it says.
    public var timeZone: String?

    public init(
        file: String, format: String, formatName: String, items: Int, statusChanges: Int = 0,
        history: HistoryLevel, skipped: [String] = [], timeZone: String? = nil
    ) {
        self.file = file
        self.format = format
        self.formatName = formatName
        self.items = items
        self.statusChanges = statusChanges
        self.history = history
        self.skipped = skipped
        self.timeZone = timeZone
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
    /// Stage names in flow order, from formats whose columns are stages (stage-dates CSV); empty otherwise.
    /// A configuration may use it to place statuses that the mapping does not name.
    public var stageOrder: [String] = []
    /// True when whoever made the dataset vouches that no two items have the same key (an importer that keeps
    /// one item per key as it reads): merging it into an empty dataset then takes the items without checking.
    public var keysKnownDistinct = false

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
        var indexed = 0
        merge(other, index: &index, indexed: &indexed)
    }

    /// ``merge(_:)`` with a key index that the caller keeps between merges: `index` holds the positions of
    /// `items[..<indexed]`, and is brought up to date only when a merge needs it.
    mutating func merge(_ other: Dataset, index: inout [String: Int], indexed: inout Int) {
        if items.isEmpty && (other.keysKnownDistinct || Self.keysAreDistinct(other.items)) {
            // Nothing to merge with: take the items as they are, sharing their storage.
            items = other.items
            index = [:]
            indexed = 0
        } else {
            index.reserveCapacity(items.count + other.items.count)
            while indexed < items.count {
                index[items[indexed].key] = indexed
                indexed += 1
            }
            mergeItems(other.items, index: &index)
            indexed = items.count
        }
        sprints.merge(other.sprints) { _, new in new }
        statusNames.merge(other.statusNames) { _, new in new }
        statusCategories.merge(other.statusCategories) { _, new in new }
        sources += other.sources
        notes += other.notes
        for stage in other.stageOrder where !stageOrder.contains(stage) { stageOrder.append(stage) }
    }

    /// True when no two items have the same key (as every importer gives them).
    ///
    /// ASCII keys (nearly all) are compared through a table of their bytes' hashes, much cheaper than a
    /// `Set<String>`; any other key sends the check to a `Set`, which compares text as `String` does.
    private static func keysAreDistinct(_ items: [WorkItem]) -> Bool {
        var size = 16
        while size < items.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for index in items.indices {
            guard let hash = asciiHash(items[index].key) else {
                var keys = Set<String>(minimumCapacity: items.count)
                for item in items where !keys.insert(item.key).inserted { return false }
                return true
            }
            var slot = Int(truncatingIfNeeded: hash >> 1) & (size - 1)
            while slots[slot] != 0 {
                if items[Int(slots[slot]) - 1].key == items[index].key { return false }
                slot = (slot + 1) & (size - 1)
            }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
        return true
    }

    /// An FNV-1a hash of `key`'s bytes, mixed; `nil` when the key is not all ASCII (or not stored as
    /// UTF-8).
    private static func asciiHash(_ key: String) -> UInt64? {
        let hash = key.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        }
        return hash ?? nil
    }

    private mutating func mergeItems(_ otherItems: [WorkItem], index: inout [String: Int]) {
        for item in otherItems {
            if let position = index[item.key] {
                var merged = item
                let previous = items[position]
                if merged.history.isEmpty && !previous.history.isEmpty {
                    merged.history = previous.history
                    merged.historyTruncated = previous.historyTruncated
                }
                if merged.sprintChanges.isEmpty { merged.sprintChanges = previous.sprintChanges }
                items[position] = merged
            } else {
                index[item.key] = items.count
                items.append(item)
            }
        }
    }
}
