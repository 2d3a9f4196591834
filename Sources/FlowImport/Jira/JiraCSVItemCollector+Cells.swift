import FlowModel
import Foundation

/// Reading the cells of one row: text, lists, kept fields, parents, story points, Time in Status.
extension JiraCSVItemCollector {
    /// Reads the row into `item` (made with its key), without its dates and status category.
    mutating func read(
        _ row: CSVRecord, into item: inout WorkItem, dates: JiraCSVPendingDates
    ) throws(JiraCSVRowError) -> JiraCSVRowCells {
        item.title = firstNonBlank(.summary, row).map { row.string($0) } ?? ""
        item.type = text(.issueType, row) ?? ""
        let status = firstNonBlank(.status, row).map {
            cache.text(row.content($0), hasDoubledQuotes: row.hasDoubledQuotes($0))
        }
        item.status = status?.text ?? ""
        item.project = text(.projectKey, row) ?? Self.projectPrefix(of: item.key)
        item.resolution = text(.resolution, row)
        let unread = options.unreadFields
        if !unread.contains(.assignee) { item.assignee = text(.assignee, row) }
        if !unread.contains(.reporter) { item.reporter = text(.reporter, row) }
        if !unread.contains(.priority) { item.priority = text(.priority, row) }
        if !unread.contains(.labels) { item.labels = cache.list(row, header.indices(.labels)).values }
        if !unread.contains(.components) { item.components = cache.list(row, header.indices(.components)).values }
        if !unread.contains(.fixVersions) {
            item.fixVersions = cache.list(row, header.indices(.fixVersions)).values
        }
        let sprints = cache.list(row, header.indices(.sprint))
        item.sprints = sprints.values
        let readsParents = !unread.contains(.parents) || header.keepsParentID
        if readsParents { item.epic = text(.epicLink, row) }
        let extra = (header.keepsDueDate && dates.dueDate != nil ? 1 : 0) + (dates.lastViewed == nil ? 0 : 1)
        readFields(row, into: &item, extra: extra)
        let parentID = readsParents ? readParent(row, into: &item) : nil
        try readStoryPoints(row, into: &item)
        try readTimeInStatus(row, into: &item)
        let issueID = readsParents ? Self.firstNonBlank(header.issueID, row).map { row.string($0) } : nil
        var cells = JiraCSVRowCells()
        cells.statusEntry = status?.entry
        cells.sprintList = sprints.entry
        cells.parentID = parentID
        cells.issueID = issueID
        return cells
    }

    /// The first non-blank cell of `column`, trimmed, shared with equal cells; `nil` when every such cell
    /// is blank.
    mutating func text(_ column: JiraCSVColumn, _ row: CSVRecord) -> String? {
        guard let index = firstNonBlank(column, row) else { return nil }
        return cache.text(row.content(index), hasDoubledQuotes: row.hasDoubledQuotes(index)).text
    }

    /// The index of the first non-blank cell of `column`.
    @inline(__always)
    func firstNonBlank(_ column: JiraCSVColumn, _ row: CSVRecord) -> Int? {
        let first = header.firstIndex[column.rawValue]
        guard first >= 0 else { return nil }
        if !row.isBlank(first) { return first }
        guard header.isRepeated[column.rawValue] else { return nil }
        return Self.firstNonBlank(header.indices(column), row)
    }

    /// The first of `indices` whose cell is not blank.
    static func firstNonBlank(_ indices: [Int], _ row: CSVRecord) -> Int? {
        for index in indices where !row.isBlank(index) { return index }
        return nil
    }

    /// The first non-blank value of each kept field; the dictionary is sized once, with room for `extra`
    /// more (the dates that go to `fields`).
    mutating func readFields(_ row: CSVRecord, into item: inout WorkItem, extra: Int) {
        if header.sharesFieldValues, let fields = cache.fields(row, header.fields) {
            // A few named fields: rows with the same values share one dictionary.
            item.fields = fields
            return
        }
        var count = 0
        for (_, indices) in header.fields where indices.contains(where: { !row.isBlank($0) }) { count += 1 }
        guard count + extra > 0 else { return }
        item.fields.reserveCapacity(count + extra)
        for (name, indices) in header.fields {
            if let index = Self.firstNonBlank(indices, row) { item.fields[name] = row.string(index) }
        }
    }

    /// `Parent key` when given; else `Parent`, which holds a key in older exports and a numeric id in
    /// newer ones. Returns the parent's id: the `Parent id` column's, else a numeric `Parent`; it goes to
    /// `fields["Parent id"]` when that field is kept.
    mutating func readParent(_ row: CSVRecord, into item: inout WorkItem) -> String? {
        var parentID = Self.firstNonBlank(header.parentID, row).map { row.string($0) }
        if let key = text(.parentKey, row) { item.parent = key }
        if let index = firstNonBlank(.parent, row) {
            let content = row.content(index)
            let parent = cache.text(content, hasDoubledQuotes: row.hasDoubledQuotes(index)).text
            // Digits only (a doubled quote is a quote either way).
            if content.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                if parentID == nil { parentID = parent }
            } else if item.parent == nil {
                item.parent = parent
            }
        }
        if header.keepsParentID, let parentID { item.fields["Parent id"] = parentID }
        return parentID
    }

    /// The first non-blank story points (`Story Points`, `Story point estimate`): `5.0`, `3`, `2,5`.
    func readStoryPoints(_ row: CSVRecord, into item: inout WorkItem) throws(JiraCSVRowError) {
        guard let index = firstNonBlank(.storyPoints, row) else { return }
        if !row.hasDoubledQuotes(index), let points = Self.simpleDecimal(row.content(index)) {
            item.storyPoints = points
            return
        }
        let text = row.string(index)
        guard let points = Double(text) ?? Double(text.replacingOccurrences(of: ",", with: ".")), points.isFinite
        else {
            let column = header.names[index]
            throw JiraCSVRowError(.unrecognizedStoryPoints(text: text, column: column), column: column)
        }
        item.storyPoints = points
    }

    /// The value of digits with at most one `.` among them (`5`, `2.5`, `.5`, `3.`) and at most 15 digits
    /// in all, read from bytes; `nil` for anything else. Such a number and its power of ten are exact
    /// doubles, so one division rounds it exactly as `Double(String)` does.
    static func simpleDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                // Stopping at the sixteenth digit keeps the mantissa far from overflowing.
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        guard digits > 0 && digits <= 15 else { return nil }
        return Double(mantissa) / powersOfTen[fractionDigits]
    }

    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// The first non-blank `[CHART] Time in Status` value, decoded.
    mutating func readTimeInStatus(_ row: CSVRecord, into item: inout WorkItem) throws(JiraCSVRowError) {
        guard let index = firstNonBlank(.timeInStatus, row) else { return }
        guard let times = cache.timeInStatus(row.content(index)) else {
            let column = header.names[index]
            let text = row.string(index)
            throw JiraCSVRowError(.unrecognizedTimeInStatus(text: text, column: column), column: column)
        }
        item.timeInStatus = times
    }
}
