import FlowModel

/// Reading a row's dates and setting them on its item.
extension JiraCSVItemCollector {
    /// The row's dates as read: the ones the importer uses must parse; `Last Viewed` and `Start date`
    /// are read only when kept, and kept only when they parse.
    func readDates(_ row: CSVRecord) throws(JiraCSVRowError) -> JiraCSVPendingDates {
        var dates = JiraCSVPendingDates()
        dates.created = try date(.created, row)
        dates.updated = try date(.updated, row)
        dates.resolved = try date(.resolved, row)
        dates.statusCategoryChanged = try date(.statusCategoryChanged, row)
        dates.dueDate = try date(.dueDate, row)
        if header.keepsLastViewed, let index = firstNonBlank(.lastViewed, row) {
            dates.lastViewed = DateTextParser.parse(row.content(index))
        }
        if let index = Self.firstNonBlank(header.startDate, row) {
            dates.startDate = DateTextParser.parse(row.content(index))
        }
        return dates
    }

    /// The first non-blank date of `column`; with a forced order, it must be valid in that order.
    func date(_ column: JiraCSVColumn, _ row: CSVRecord) throws(JiraCSVRowError) -> ParsedDate? {
        guard let index = firstNonBlank(column, row) else { return nil }
        let parsed = DateTextParser.parse(row.content(index))
        if let parsed, options.dateOrder.map(parsed.fits) ?? true { return parsed }
        let name = header.names[index]
        throw JiraCSVRowError(
            .unrecognizedDate(text: row.string(index), column: name, order: options.dateOrder), column: name)
    }

    /// Sets the item's dates, reading numeric dates in `order`.
    mutating func apply(_ dates: JiraCSVPendingDates, to item: inout WorkItem, order: DateOrder) {
        Self.apply(dates, to: &item, order: order, header: header, converter: &converter)
    }

    /// Sets the item's dates, reading numeric dates in `order`, with the fields `header` keeps.
    static func apply(
        _ dates: JiraCSVPendingDates, to item: inout WorkItem, order: DateOrder, header: JiraCSVHeader,
        converter: inout InstantConverter
    ) {
        if let created = dates.created { item.created = converter.instant(created, order: order) }
        if let updated = dates.updated { item.updated = converter.instant(updated, order: order) }
        if let resolved = dates.resolved { item.resolved = converter.instant(resolved, order: order) }
        if let changed = dates.statusCategoryChanged {
            item.statusCategoryChanged = converter.instant(changed, order: order)
        }
        if header.keepsDueDate, let due = dates.dueDate, let day = Self.isoDay(due, order: order) {
            item.fields["Due date"] = day
        }
        if let start = dates.startDate, let day = Self.isoDay(start, order: order) {
            item.fields["Start date"] = day
        }
        if let viewed = dates.lastViewed, viewed.fits(order) {
            item.fields["Last Viewed"] = ISOText.timestamp(converter.instant(viewed, order: order))
        }
    }

    private static func isoDay(_ date: ParsedDate, order: DateOrder) -> String? {
        let (month, day) = date.monthAndDay(order)
        return ISOText.day(year: Int(date.year), month: month, day: day)
    }
}
