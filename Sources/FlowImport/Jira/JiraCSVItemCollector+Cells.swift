import FlowModel
import Foundation

/// Reading the cells of one row: text, lists, kept fields, parents, story points, Time in Status, dates.
extension JiraCSVItemCollector {
    /// The row's item, without its dates and status category; `extraFields` is how many fields the
    /// dates will add later (`Due date`, `Last Viewed`), so that `fields` is sized once.
    func makeItem(key: String, _ reader: CSVReader, extraFields: Int) throws(JiraCSVRowError) -> WorkItem {
        var item = WorkItem(key: key, source: ExportFormat.jiraCSV.rawValue)
        item.title = text(.summary, reader) ?? ""
        item.type = text(.issueType, reader) ?? ""
        item.status = text(.status, reader) ?? ""
        item.project = text(.projectKey, reader) ?? Self.projectPrefix(of: key)
        item.resolution = text(.resolution, reader)
        item.assignee = text(.assignee, reader)
        item.reporter = text(.reporter, reader)
        item.priority = text(.priority, reader)
        item.labels = texts(.labels, reader)
        item.components = texts(.components, reader)
        item.fixVersions = texts(.fixVersions, reader)
        item.sprints = texts(.sprint, reader)
        item.epic = text(.epicLink, reader)
        readFields(reader, into: &item, extra: extraFields)
        readParent(reader, into: &item)
        try readStoryPoints(reader, into: &item)
        try readTimeInStatus(reader, into: &item)
        return item
    }

    /// The first non-blank cell of `column`, trimmed; `nil` when every such cell is blank.
    func text(_ column: JiraCSVColumn, _ reader: CSVReader) -> String? {
        for index in header.indices(column) where !reader.isBlank(index) { return reader.string(index) }
        return nil
    }

    /// Every non-blank cell of `column`, in column order, without repeats.
    func texts(_ column: JiraCSVColumn, _ reader: CSVReader) -> [String] {
        var values: [String] = []
        for index in header.indices(column) where !reader.isBlank(index) {
            let value = reader.string(index)
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// The index of the first non-blank cell of `column`.
    func firstNonBlank(_ column: JiraCSVColumn, _ reader: CSVReader) -> Int? {
        header.indices(column).first { !reader.isBlank($0) }
    }

    /// The first non-blank value of each kept field; the dictionary is sized once.
    func readFields(_ reader: CSVReader, into item: inout WorkItem, extra: Int) {
        var count = 0
        for (_, indices) in header.fields where indices.contains(where: { !reader.isBlank($0) }) { count += 1 }
        guard count + extra > 0 else { return }
        item.fields.reserveCapacity(count + extra)
        for (name, indices) in header.fields {
            if let index = indices.first(where: { !reader.isBlank($0) }) { item.fields[name] = reader.string(index) }
        }
    }

    /// `Parent key` when given; else `Parent`, which holds a key in older exports and a numeric id
    /// (kept as `fields["Parent id"]`) in newer ones.
    func readParent(_ reader: CSVReader, into item: inout WorkItem) {
        if let key = text(.parentKey, reader) { item.parent = key }
        guard let parent = text(.parent, reader) else { return }
        if parent.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            if item.fields["Parent id"] == nil { item.fields["Parent id"] = parent }
        } else if item.parent == nil {
            item.parent = parent
        }
    }

    /// The first non-blank story points (`Story Points`, `Story point estimate`): `5.0`, `3`, `2,5`.
    func readStoryPoints(_ reader: CSVReader, into item: inout WorkItem) throws(JiraCSVRowError) {
        guard let index = firstNonBlank(.storyPoints, reader) else { return }
        let text = reader.string(index)
        guard let points = Double(text) ?? Double(text.replacingOccurrences(of: ",", with: ".")), points.isFinite
        else {
            let column = header.names[index]
            throw JiraCSVRowError(.unrecognizedStoryPoints(text: text, column: column), column: column)
        }
        item.storyPoints = points
    }

    /// The first non-blank `[CHART] Time in Status` value, decoded.
    func readTimeInStatus(_ reader: CSVReader, into item: inout WorkItem) throws(JiraCSVRowError) {
        guard let index = firstNonBlank(.timeInStatus, reader) else { return }
        guard let times = reader.withBytes(index, { JiraCSVTimeInStatus.decode($0) }) else {
            let column = header.names[index]
            let text = reader.string(index)
            throw JiraCSVRowError(.unrecognizedTimeInStatus(text: text, column: column), column: column)
        }
        item.timeInStatus = times
    }

    // MARK: - Dates

    /// The row's dates as read: the ones the importer uses must parse; `Last Viewed` and `Start date`
    /// are kept only when they do.
    func readDates(_ reader: CSVReader) throws(JiraCSVRowError) -> JiraCSVPendingDates {
        var dates = JiraCSVPendingDates()
        dates.created = try date(.created, reader)
        dates.updated = try date(.updated, reader)
        dates.resolved = try date(.resolved, reader)
        dates.statusCategoryChanged = try date(.statusCategoryChanged, reader)
        dates.dueDate = try date(.dueDate, reader)
        if let index = firstNonBlank(.lastViewed, reader) {
            dates.lastViewed = reader.withBytes(index) { DateTextParser.parse($0) }
        }
        if let index = header.startDate.first(where: { !reader.isBlank($0) }) {
            dates.startDate = reader.withBytes(index) { DateTextParser.parse($0) }
        }
        return dates
    }

    /// The first non-blank date of `column`; with a forced order, it must be valid in that order.
    func date(_ column: JiraCSVColumn, _ reader: CSVReader) throws(JiraCSVRowError) -> ParsedDate? {
        guard let index = firstNonBlank(column, reader) else { return nil }
        let parsed = reader.withBytes(index) { DateTextParser.parse($0) }
        if let parsed, options.dateOrder.map(parsed.fits) ?? true { return parsed }
        let name = header.names[index]
        throw JiraCSVRowError(
            .unrecognizedDate(text: reader.string(index), column: name, order: options.dateOrder), column: name)
    }
}
