import FlowModel
import Foundation

/// Turns the rows of a Jira CSV export into work items, keeping their dates as read until the whole
/// file has been seen (numeric dates need the file's day/month order), then resolving them.
///
/// Rows are read as bytes: only the cells of the columns used become values, and values the file
/// repeats (statuses, people, labels, sprints…) are made once (see ``JiraCSVTextCache``).
///
/// A large file's two halves can be read by two collectors at once and joined (see
/// `JiraCSVItemCollector+Merge.swift`, which is why most of the state is not private).
struct JiraCSVItemCollector {
    let header: JiraCSVHeader
    let options: ImportOptions
    /// Rows that were not blank, whether they were kept or skipped.
    var rowsSeen = 0
    /// Rows read into an item, including those that replaced an earlier row's item with the same key.
    var rowsKept = 0
    var items: [WorkItem] = []
    /// Blank items at the end of ``items``, made ahead for a merge (see ``makeRoom(forItems:)``).
    var spareItems = 0
    /// The dates of rows that hold numeric dates (`12/4/2025`), by item position, until the file's
    /// day/month order is known; other rows' dates are converted at once.
    var pendingDates: [Int: JiraCSVPendingDates] = [:]
    /// Items that name their parent only by id, by position, with that id.
    var parentsByID: [(position: Int, id: String)] = []
    /// Each item's `Issue id`, and the parent id it names (`Parent id`, or a numeric `Parent`), by
    /// position; kept whether `fields` keeps them or not.
    var ids: [(issue: String?, parent: String?)] = []
    var converter: InstantConverter
    /// Item positions by key, for keys of ASCII bytes (nearly all); others by their text.
    private(set) var positionByASCIIKey = CSVTextTable<Int>()
    private(set) var positionByKey: [String: Int] = [:]
    /// False once a key that is not all ASCII was read: such keys are told apart by their text, which may
    /// join keys whose bytes differ.
    var keysAreASCII = true
    var evidence = DayMonthEvidence()
    /// The first numeric date whose order only the rest of the file could tell, for a note.
    var ambiguousExample: String?
    var cache = JiraCSVTextCache()
    /// An item with nothing but its source, copied for each row (cheaper than the full initializer).
    let blankItem = WorkItem(key: "", source: ExportFormat.jiraCSV.rawValue)
    /// Status categories by status: the last category a row gave each distinct status text.
    var categoryByStatus: [(status: String, category: StatusCategory?)] = []
    /// The index in ``categoryByStatus`` of each status text, and of each ``JiraCSVTextCache/texts``
    /// entry that has been a status (-1 for the others).
    private var statusSlotByText: [String: Int] = [:]
    private var statusSlotByEntry: [Int] = []
    /// Status category texts as read, by their bytes, with the category each names.
    private var categoryTexts = CSVTextTable<StatusCategory?>()
    /// For naming Time in Status ids: the id lists of the first rows in each status
    /// (``JiraTimeInStatusNames/itemsPerStatus`` at most), by status, statuses in the order their first list
    /// came.
    var timeInStatusSamples = JiraTimeInStatusNames.Samples()
    var sprintNames: Set<String> = []
    /// Which shared sprint lists (``JiraCSVTextCache/lists`` and ``JiraCSVTextCache/spanLists``
    /// entries, interleaved) have had their names added to ``sprintNames``.
    private var sprintListsNamed: [Bool] = []
    var unknownCategories: [String] = []
    var categoriesByText: [String: StatusCategory?] = [:]

    init(header: JiraCSVHeader, options: ImportOptions) {
        self.header = header
        self.options = options
        self.converter = InstantConverter(clock: LocalClock(timeZone: options.timeZone))
    }

    /// Makes room for about `count` items.
    mutating func reserveCapacity(_ count: Int) {
        items.reserveCapacity(count)
        ids.reserveCapacity(count)
    }

    /// Reads the reader's current record, record number `record` (1-based, after the header).
    ///
    /// - Throws: ``JiraCSVRowError`` for a row with the wrong number of cells, no key, or a value that
    ///   cannot be read; nothing of the row is kept then.
    mutating func add(_ reader: CSVReader, record: Int) throws(JiraCSVRowError) {
        rowsSeen += 1
        let line = reader.recordLine
        try reader.withRecord { (row) throws(JiraCSVRowError) in try add(row, line: line, record: record) }
    }

    /// Reads a row into a new item at the end of ``items``, filled in place (a `WorkItem` is large, and
    /// each copy retains every field); the item is removed again when the row cannot be read.
    private mutating func add(_ row: CSVRecord, line: Int, record: Int) throws(JiraCSVRowError) {
        guard row.count == header.names.count else {
            throw JiraCSVRowError(.cellCount(found: row.count, expected: header.names.count, line: line))
        }
        guard let keyIndex = firstNonBlank(.key, row) else { throw JiraCSVRowError(.missingKey(line: line)) }
        let dates = try readDates(row)
        // The items are moved out of `self` while the row is read, so that the new one can be filled in
        // place by methods that change `self`.
        var items: [WorkItem] = []
        swap(&items, &self.items)
        defer { swap(&items, &self.items) }
        items.append(blankItem)
        let position = items.count - 1
        let cells: JiraCSVRowCells
        let category: StatusCategory?
        do {
            items[position].key = row.string(keyIndex)
            cells = try read(row, into: &items[position], dates: dates)
            category = readStatusCategory(row)
            try noteOrder(of: dates, row: row, record: record)
        } catch {
            items.removeLast()
            throw error
        }
        keep(&items, category: category, cells: cells, keyIndex: keyIndex, row: row, dates: dates)
    }

    /// Adds the sprints of a kept row to ``sprintNames``; a shared list's names only the first time.
    private mutating func noteSprints(_ sprints: [String], list: Int?) {
        guard !sprints.isEmpty else { return }
        guard let list else {
            for sprint in sprints { sprintNames.insert(sprint) }
            return
        }
        // Entries of both tables of lists, interleaved.
        let slot = list >= 0 ? 2 * list : 2 * (-1 - list) + 1
        if slot >= sprintListsNamed.count {
            sprintListsNamed.append(contentsOf: repeatElement(false, count: slot + 1 - sprintListsNamed.count))
        }
        if !sprintListsNamed[slot] {
            sprintListsNamed[slot] = true
            for sprint in sprints { sprintNames.insert(sprint) }
        }
    }

    /// Keeps the last of `items`, replacing an earlier item with the same key, and its dates: converted
    /// now, or kept until ``finish(file:skipped:)`` when they include numeric dates and no order is forced.
    private mutating func keep(
        _ items: inout [WorkItem], category: StatusCategory?, cells: JiraCSVRowCells, keyIndex: Int, row: CSVRecord,
        dates: JiraCSVPendingDates
    ) {
        var position = items.count - 1
        rowsKept += 1
        if let category, !items[position].status.isEmpty {
            noteCategory(category, status: items[position].status, entry: cells.statusEntry)
        }
        noteSprints(items[position].sprints, list: cells.sprintList)
        if !items[position].timeInStatus.isEmpty, !items[position].status.isEmpty {
            timeInStatusSamples.add(
                items[position].timeInStatus, status: items[position].status, entry: cells.statusEntry)
        }
        items[position].statusCategory = category
        let deferred = dates.hasNumericDate && options.dateOrder == nil
        if !deferred { apply(dates, to: &items[position], order: options.dateOrder ?? .dayFirst) }
        let earlier = claimPosition(
            position, forKey: items[position].key, keyBytes: row.content(keyIndex),
            hasDoubledQuotes: row.hasDoubledQuotes(keyIndex))
        let named = items[position].parent == nil ? cells.parentID : nil
        if let earlier {
            // The later row wins, in the earlier row's place.
            items.swapAt(earlier, position)
            items.removeLast()
            position = earlier
            ids[position] = (cells.issueID, cells.parentID)
            pendingDates[position] = deferred ? dates : nil
        } else {
            ids.append((cells.issueID, cells.parentID))
            if deferred { pendingDates[position] = dates }
        }
        if let named { parentsByID.append((position, named)) }
    }

    /// Records `position` for `key` unless an earlier item has that key; returns the earlier position.
    /// Keys whose text is ASCII (nearly all) are found by their bytes, others by their text.
    private mutating func claimPosition(
        _ position: Int, forKey key: String, keyBytes: UnsafeBufferPointer<UInt8>, hasDoubledQuotes: Bool
    ) -> Int? {
        if !hasDoubledQuotes && keyBytes.allSatisfy({ $0 < 0x80 }) {
            let (entry, isNew) = positionByASCIIKey.index(of: keyBytes) { _ in position }
            return isNew ? nil : positionByASCIIKey[entry]
        }
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            let utf8 = Array(key.utf8)
            let (entry, isNew) = utf8.withUnsafeBufferPointer { positionByASCIIKey.index(of: $0) { _ in position } }
            return isNew ? nil : positionByASCIIKey[entry]
        }
        keysAreASCII = false
        if let earlier = positionByKey[key] { return earlier }
        positionByKey[key] = position
        return nil
    }

    /// The items with their dates resolved, and what the file contributed.
    mutating func finish(file: String, skipped: [String]) -> Dataset {
        items.removeLast(spareItems)
        spareItems = 0
        let order = options.dateOrder ?? evidence.order(fallback: .dayFirst)
        for (index, dates) in pendingDates {
            Self.apply(dates, to: &items[index], order: order, header: header, converter: &converter)
        }
        pendingDates = [:]
        resolveParentIDs()
        var notes = unknownCategories.map {
            "status category '\($0)' is not one of Jira's (To Do, In Progress, Done); items in it have no category"
        }
        let repeated = rowsKept - items.count
        if repeated > 0 {
            notes.append(
                repeated == 1
                    ? "1 row repeats the key of an earlier row; the last row of each key was kept"
                    : "\(repeated) rows repeat the key of an earlier row; the last row of each key was kept")
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
        var statusCategories: [String: StatusCategory] = [:]
        for (status, category) in categoryByStatus {
            if let category { statusCategories[status] = category }
        }
        let result = items
        items = []
        let statusNames = timeInStatusSamples.deduceNames()
        if !timeInStatusSamples.isEmpty {
            notes.append(
                "[CHART] Time in Status gives status ids only: \(statusNames.count) were named from the status the "
                    + "items that list them are in now; others show as 'status <id>'")
        }
        var dataset = Dataset(
            items: result, sprints: sprints, statusNames: statusNames,
            statusCategories: statusCategories, sources: [summary], notes: notes)
        // A later row with an earlier row's key replaced it (``keep(_:category:cells:keyIndex:row:dates:)``), and
        // ASCII keys with other bytes are other text. Keys of other text are left to the merge's check.
        dataset.keysKnownDistinct = keysAreASCII
        return dataset
    }

    /// Items that name their parent only by id (`Parent id`, or a numeric `Parent`) get the parent's key
    /// when the parent is in the same file.
    private mutating func resolveParentIDs() {
        guard !parentsByID.isEmpty else { return }
        let wanted = Set(parentsByID.map(\.id))
        var keyByID: [String: String] = [:]
        for (index, id) in ids.enumerated() {
            if let issue = id.issue, wanted.contains(issue) { keyByID[issue] = items[index].key }
        }
        for (position, id) in parentsByID where ids[position].parent == id {
            if items[position].parent == nil, let key = keyByID[id] { items[position].parent = key }
        }
    }

    // MARK: - Status categories

    /// The status category; its few distinct texts are looked up once each.
    private mutating func readStatusCategory(_ row: CSVRecord) -> StatusCategory? {
        guard let index = firstNonBlank(.statusCategory, row) else { return nil }
        if row.hasDoubledQuotes(index) { return category(named: row.string(index)) }
        let content = row.content(index)
        if let known = categoryTexts.lookUp(content) { return known }
        let category = category(named: row.string(index))
        _ = categoryTexts.index(of: content) { _ in category }
        return category
    }

    private mutating func category(named text: String) -> StatusCategory? {
        if let known = categoriesByText[text] { return known }
        let category = StatusCategory(jiraName: text)
        categoriesByText[text] = category
        if category == nil { unknownCategories.append(text) }
        return category
    }

    /// Records that the row's status is in `category`; the last row to name a status decides.
    private mutating func noteCategory(_ category: StatusCategory, status: String, entry: Int?) {
        let slot: Int
        if let entry {
            if entry >= statusSlotByEntry.count {
                statusSlotByEntry.append(contentsOf: repeatElement(-1, count: entry + 1 - statusSlotByEntry.count))
            }
            if statusSlotByEntry[entry] < 0 { statusSlotByEntry[entry] = statusSlot(status) }
            slot = statusSlotByEntry[entry]
        } else {
            slot = statusSlot(status)
        }
        categoryByStatus[slot].category = category
    }

    mutating func statusSlot(_ status: String) -> Int {
        if let slot = statusSlotByText[status] { return slot }
        categoryByStatus.append((status, nil))
        statusSlotByText[status] = categoryByStatus.count - 1
        return categoryByStatus.count - 1
    }

    // MARK: - Dates

    /// Adds the row's dates to the evidence for the file's day/month order.
    private mutating func noteOrder(
        of dates: JiraCSVPendingDates, row: CSVRecord, record: Int
    ) throws(JiraCSVRowError) {
        guard options.dateOrder == nil, dates.hasNumericDate else { return }
        for column in JiraCSVPendingDates.orderEvidenceColumns {
            guard let date = dates[column], date.isNumeric, let index = firstNonBlank(column, row) else { continue }
            let conflict = evidence.note(date) {
                DayMonthEvidence.Example(text: row.string(index), column: header.names[index], record: record)
            }
            if conflict, let dayFirst = evidence.dayFirst, let monthFirst = evidence.monthFirst {
                throw JiraCSVRowError(
                    .dateOrderConflict(dayFirst: dayFirst, monthFirst: monthFirst), column: header.names[index],
                    skippable: false)
            }
            if ambiguousExample == nil, date.possibleOrders == (true, true) { ambiguousExample = row.string(index) }
        }
    }

    // MARK: - Helpers

    /// `PAY` for `PAY-7`: everything before the last hyphen (the whole key when it has none).
    static func projectPrefix(of key: String) -> String {
        guard let hyphen = key.utf8.lastIndex(of: UInt8(ascii: "-")) else { return key }
        return String(key[..<hyphen])
    }
}
