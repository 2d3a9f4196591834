import FlowModel
import Foundation

/// Turns the rows of a Jira CSV export into work items, keeping their dates as read until the whole
/// file has been seen (numeric dates need the file's day/month order), then resolving them.
struct JiraCSVItemCollector {
    let header: JiraCSVHeader
    let options: ImportOptions
    /// Rows that were not blank, whether they were kept or skipped.
    private(set) var rowsSeen = 0
    private var items: [WorkItem] = []
    /// The dates of rows that hold numeric dates (`12/4/2025`), by item position, until the file's
    /// day/month order is known; other rows' dates are converted at once.
    private var pendingDates: [Int: JiraCSVPendingDates] = [:]
    /// Items that name their parent only by id, by position, with that id.
    private var parentsByID: [(position: Int, id: String)] = []
    private var converter: InstantConverter
    private var positionByKey: [String: Int] = [:]
    private var evidence = DayMonthEvidence()
    /// The first numeric date whose order only the rest of the file could tell, for a note.
    private var ambiguousExample: String?
    private var statusCategories: [String: StatusCategory] = [:]
    private var sprintNames: Set<String> = []
    private var unknownCategories: [String] = []
    private var categoriesByText: [String: StatusCategory?] = [:]

    init(header: JiraCSVHeader, options: ImportOptions) {
        self.header = header
        self.options = options
        self.converter = InstantConverter(clock: LocalClock(timeZone: options.timeZone))
    }

    /// Reads the reader's current record, record number `record` (1-based, after the header).
    ///
    /// - Throws: ``JiraCSVRowError`` for a row with the wrong number of cells, no key, or a value that
    ///   cannot be read; nothing of the row is kept then.
    mutating func add(_ reader: CSVReader, record: Int) throws(JiraCSVRowError) {
        rowsSeen += 1
        guard reader.fieldCount == header.names.count else {
            throw JiraCSVRowError(
                .cellCount(found: reader.fieldCount, expected: header.names.count, line: reader.recordLine))
        }
        guard let key = text(.key, reader) else { throw JiraCSVRowError(.missingKey(line: reader.recordLine)) }
        let dates = try readDates(reader)
        let item = try makeItem(key: key, reader, extraFields: dates.addedFieldCount)
        let category = readStatusCategory(reader)
        try noteOrder(of: dates, reader: reader, record: record)
        if let category, !item.status.isEmpty { statusCategories[item.status] = category }
        for sprint in item.sprints where !sprintNames.contains(sprint) { sprintNames.insert(sprint) }
        keep(item, category: category, dates: dates)
    }

    /// Stores an item, replacing an earlier row with the same key, and its dates: converted now, or kept
    /// until ``finish(file:skipped:)`` when they include numeric dates and no order is forced.
    private mutating func keep(_ item: consuming WorkItem, category: StatusCategory?, dates: JiraCSVPendingDates) {
        item.statusCategory = category
        let position: Int
        if item.parent == nil, let parentID = item.fields["Parent id"] {
            parentsByID.append((items.count, parentID))
        }
        if let earlier = positionByKey.updateValue(items.count, forKey: item.key) {
            positionByKey[item.key] = earlier
            if parentsByID.last?.position == items.count { parentsByID[parentsByID.count - 1].position = earlier }
            items[earlier] = item
            pendingDates[earlier] = nil
            position = earlier
        } else {
            items.append(item)
            position = items.count - 1
        }
        if dates.hasNumericDate && options.dateOrder == nil {
            pendingDates[position] = dates
        } else {
            apply(dates, toItemAt: position, order: options.dateOrder ?? .dayFirst)
        }
    }

    /// Sets the item's dates, reading numeric dates in `order`.
    private mutating func apply(_ dates: JiraCSVPendingDates, toItemAt index: Int, order: DateOrder) {
        if let created = dates.created { items[index].created = converter.instant(created, order: order) }
        if let updated = dates.updated { items[index].updated = converter.instant(updated, order: order) }
        if let resolved = dates.resolved { items[index].resolved = converter.instant(resolved, order: order) }
        if let changed = dates.statusCategoryChanged {
            items[index].statusCategoryChanged = converter.instant(changed, order: order)
        }
        if let due = dates.dueDate, let day = Self.isoDay(due, order: order) {
            items[index].fields["Due date"] = day
        }
        if let start = dates.startDate, let day = Self.isoDay(start, order: order) {
            items[index].fields["Start date"] = day
        }
        if let viewed = dates.lastViewed, viewed.fits(order) {
            items[index].fields["Last Viewed"] = ISOText.timestamp(converter.instant(viewed, order: order))
        }
    }

    /// The items with their dates resolved, and what the file contributed.
    mutating func finish(file: String, skipped: [String]) -> Dataset {
        let order = options.dateOrder ?? evidence.order(fallback: .dayFirst)
        for (index, dates) in pendingDates {
            apply(dates, toItemAt: index, order: order)
        }
        pendingDates = [:]
        resolveParentIDs()
        var notes = unknownCategories.map {
            "status category '\($0)' is not one of Jira's (To Do, In Progress, Done); items in it have no category"
        }
        if options.dateOrder == nil, evidence.dayFirst == nil, evidence.monthFirst == nil, let ambiguousExample {
            notes.append(
                "no date in the file shows whether numeric dates such as '\(ambiguousExample)' are day-first or"
                    + " month-first; they were read day-first")
        }
        let summary = SourceSummary(
            file: file, format: ExportFormat.jiraCSV.rawValue, formatName: ExportFormat.jiraCSV.displayName,
            items: items.count, history: .none, skipped: skipped)
        var sprints: [String: Sprint] = [:]
        for name in sprintNames { sprints[name] = Sprint(name: name) }
        return Dataset(
            items: items, sprints: sprints, statusCategories: statusCategories, sources: [summary], notes: notes)
    }

    /// Items that name their parent only by id (`Parent id`, or a numeric `Parent`) get the parent's key
    /// when the parent is in the same file.
    private mutating func resolveParentIDs() {
        guard !parentsByID.isEmpty else { return }
        let wanted = Set(parentsByID.map(\.id))
        var keyByID: [String: String] = [:]
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                if let id = items[index].fields["Issue id"], wanted.contains(id) { keyByID[id] = items[index].key }
            }
        }
        for (position, id) in parentsByID where items[position].fields["Parent id"] == id {
            if items[position].parent == nil, let key = keyByID[id] { items[position].parent = key }
        }
    }

    /// The status category; its few distinct texts are looked up once each.
    private mutating func readStatusCategory(_ reader: CSVReader) -> StatusCategory? {
        guard let text = text(.statusCategory, reader) else { return nil }
        if let known = categoriesByText[text] { return known }
        let category = StatusCategory(jiraName: text)
        categoriesByText[text] = category
        if category == nil { unknownCategories.append(text) }
        return category
    }

    // MARK: - Dates

    /// Adds the row's dates to the evidence for the file's day/month order.
    private mutating func noteOrder(
        of dates: JiraCSVPendingDates, reader: CSVReader, record: Int
    ) throws(JiraCSVRowError) {
        guard options.dateOrder == nil else { return }
        for column in JiraCSVPendingDates.orderEvidenceColumns {
            guard let date = dates[column], date.isNumeric, let index = firstNonBlank(column, reader) else { continue }
            let conflict = evidence.note(date) {
                DayMonthEvidence.Example(text: reader.string(index), column: header.names[index], record: record)
            }
            if conflict, let dayFirst = evidence.dayFirst, let monthFirst = evidence.monthFirst {
                throw JiraCSVRowError(
                    .dateOrderConflict(dayFirst: dayFirst, monthFirst: monthFirst), column: header.names[index],
                    skippable: false)
            }
            if ambiguousExample == nil, date.possibleOrders == (true, true) { ambiguousExample = reader.string(index) }
        }
    }

    // MARK: - Helpers

    /// `PAY` for `PAY-7`: everything before the last hyphen (the whole key when it has none).
    static func projectPrefix(of key: String) -> String {
        guard let hyphen = key.utf8.lastIndex(of: UInt8(ascii: "-")) else { return key }
        return String(key[..<hyphen])
    }

    private static func isoDay(_ date: ParsedDate, order: DateOrder) -> String? {
        let (month, day) = date.monthAndDay(order)
        return ISOText.day(year: Int(date.year), month: month, day: day)
    }
}
