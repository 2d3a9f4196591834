import FlowModel
import Foundation

/// Turns the rows of a transitions CSV into work items: one item per key, in first-seen order, with every
/// row's transition, sorted by time once the whole file has been read.
struct TransitionsCSVCollector {
    let header: TransitionsCSVHeader
    let options: ImportOptions
    private var items: [WorkItem] = []
    private var positionByKey: [String: Int] = [:]
    /// Each item's transitions as read, in step with `items`.
    private var changes: [[TransitionsCSVChange]] = []
    private var itemDates: [GenericItemDates] = []
    private var dates: GenericCSVDates

    init(header: TransitionsCSVHeader, options: ImportOptions) {
        self.header = header
        self.options = options
        dates = GenericCSVDates(forcedOrder: options.dateOrder, example: "'2026-11-24T09:15:00+01:00'")
    }

    /// Reads the reader's current record, record number `record` (1-based, after the header).
    ///
    /// - Throws: ``GenericCSVRowError`` for a row without a key, a `to` status or a readable time, or with an
    ///   item value that cannot be read; nothing of the row is kept then.
    mutating func add(_ reader: CSVReader, record: Int) throws(GenericCSVRowError) {
        guard let keyIndex = header.key, let toIndex = header.to, let atIndex = header.at else { return }
        guard !reader.isBlank(keyIndex) else {
            throw missing(keyIndex, what: "item key", example: "a key like 'PAY-7'")
        }
        guard !reader.isBlank(toIndex) else {
            throw missing(toIndex, what: "status", example: "the status the item moved to, like 'In Progress'")
        }
        guard let at = try dates.read(reader, atIndex, column: header.names[atIndex], record: record) else {
            throw missing(atIndex, what: "time", example: "when the item moved, like '2026-11-24T09:15:00+01:00'")
        }
        let key = reader.string(keyIndex)
        let from = header.from.flatMap { reader.isBlank($0) ? nil : reader.string($0) }
        let change = TransitionsCSVChange(at: at, from: from, to: reader.string(toIndex), record: record)
        let known = positionByKey[key]
        var item = known.map { items[$0] } ?? WorkItem(key: key, source: ExportFormat.transitionsCSV.rawValue)
        var pending = known.map { itemDates[$0] } ?? GenericItemDates()
        try header.items.fill(&item, pending: &pending, from: reader, record: record, dates: &dates)
        let position: Int
        if let known {
            position = known
            items[position] = item
            itemDates[position] = pending
        } else {
            position = items.count
            positionByKey[key] = position
            items.append(item)
            itemDates.append(pending)
            changes.append([])
        }
        changes[position].append(change)
    }

    /// The items with their histories sorted and dates resolved, and what the file contributed.
    mutating func finish(file: String, skipped: [String]) -> Dataset {
        let order = dates.order
        var converter = InstantConverter(clock: LocalClock(timeZone: options.timeZone))
        var statusCategories: [String: StatusCategory] = [:]
        var changeCount = 0
        for index in items.indices {
            var history = changes[index].map { change in
                (
                    change: StatusChange(
                        at: converter.instant(change.at, order: order), from: change.from, to: change.to),
                    record: change.record
                )
            }
            history.sort { $0.change.at != $1.change.at ? $0.change.at < $1.change.at : $0.record < $1.record }
            changes[index] = []
            var item = items[index]
            item.history = history.map(\.change)
            if header.from == nil { Self.chainStatuses(&item.history) } else { Self.followChains(&item.history) }
            GenericItemCells.apply(itemDates[index], to: &item, order: order, converter: &converter)
            if item.created == nil { item.created = item.history.first { $0.from == nil }?.at }
            item.status = item.history.last?.to ?? ""
            if item.project.isEmpty { item.project = GenericItemCells.projectPrefix(of: item.key) }
            if let category = item.statusCategory { statusCategories[item.status] = category }
            changeCount += item.history.count
            items[index] = item
        }
        let summary = SourceSummary(
            file: file, format: ExportFormat.transitionsCSV.rawValue,
            formatName: ExportFormat.transitionsCSV.displayName, items: items.count, statusChanges: changeCount,
            history: .full, skipped: skipped)
        return Dataset(
            items: items, statusCategories: statusCategories, sources: [summary], notes: dates.note.map { [$0] } ?? [])
    }

    /// Changes at the same instant, in row order so far, put in the order their `from` and `to` chain: each next
    /// the one that leaves the status the one before entered (a file written newest first, as Jira's changelog
    /// is, lists `In Progress → Done` above `To Do → In Progress`). A change that continues no chain keeps its
    /// row's place among those left.
    static func followChains(_ history: inout [StatusChange]) {
        var start = 0
        while start < history.count {
            var end = start + 1
            while end < history.count && history[end].at == history[start].at { end += 1 }
            if end - start > 1 {
                var pending = Array(history[start..<end])
                var current = start > 0 ? history[start - 1].to : nil
                for position in start..<end {
                    let next = pending.firstIndex { $0.from == current } ?? 0
                    history[position] = pending.remove(at: next)
                    current = history[position].to
                }
            }
            start = end
        }
    }

    /// Without a `from` column each change leaves the status the one before it entered; the first is the
    /// creation.
    private static func chainStatuses(_ history: inout [StatusChange]) {
        var previous: String?
        for index in history.indices {
            history[index].from = previous
            previous = history[index].to
        }
    }

    private func missing(_ index: Int, what: String, example: String) -> GenericCSVRowError {
        let column = header.names[index]
        return GenericCSVRowError(.missingValue(column: column, what: what, example: example), column: column)
    }
}
