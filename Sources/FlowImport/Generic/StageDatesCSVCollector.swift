import FlowModel
import Foundation

/// Turns the rows of a stage-dates CSV into work items whose history is one status change per stage with
/// a date, in column order: the item entered each such stage on that day (local midnight).
struct StageDatesCSVCollector {
    let header: StageDatesCSVHeader
    let options: ImportOptions
    private var items: [WorkItem] = []
    private var positionByKey: [String: Int] = [:]
    /// Each item's stage entry dates as read (stage position in ``StageDatesCSVHeader/stages``, date), in
    /// step with `items`.
    private var stageDates: [[(stage: Int, date: ParsedDate)]] = []
    private var itemDates: [GenericItemDates] = []
    private var dates: GenericCSVDates

    init(header: StageDatesCSVHeader, options: ImportOptions) {
        self.header = header
        self.options = options
        dates = GenericCSVDates(forcedOrder: options.dateOrder, example: "'2026-11-24'")
    }

    /// Reads the reader's current record, record number `record` (1-based, after the header). A key seen
    /// before replaces the earlier row.
    ///
    /// - Throws: ``GenericCSVRowError`` for a row without an id or without any stage date, or with a value
    ///   that cannot be read; nothing of the row is kept then.
    mutating func add(_ reader: CSVReader, record: Int) throws(GenericCSVRowError) {
        guard let idIndex = header.id else { return }
        guard !reader.isBlank(idIndex) else {
            let column = header.names[idIndex]
            throw GenericCSVRowError(
                .missingValue(column: column, what: "item id", example: "an id like 'PAY-7'"), column: column)
        }
        var entries: [(stage: Int, date: ParsedDate)] = []
        for (stage, index) in header.stages.enumerated() {
            if let date = try dates.read(reader, index, column: header.names[index], record: record) {
                entries.append((stage, date))
            }
        }
        guard !entries.isEmpty else { throw GenericCSVRowError(.noStageDates(stages: header.stageNames)) }
        var item = WorkItem(key: reader.string(idIndex), source: ExportFormat.stageDatesCSV.rawValue)
        if let title = header.title { item.title = reader.string(title) }
        if let link = header.link, !reader.isBlank(link) { item.fields["Link"] = reader.string(link) }
        var pending = GenericItemDates()
        try header.items.fill(&item, pending: &pending, from: reader, record: record, dates: &dates)
        if let known = positionByKey[item.key] {
            items[known] = item
            stageDates[known] = entries
            itemDates[known] = pending
        } else {
            positionByKey[item.key] = items.count
            items.append(item)
            stageDates.append(entries)
            itemDates.append(pending)
        }
    }

    /// The items with their histories and dates resolved, and what the file contributed.
    mutating func finish(file: String, skipped: [String]) -> Dataset {
        let order = dates.order
        let stageNames = header.stageNames
        var converter = InstantConverter(clock: LocalClock(timeZone: options.timeZone))
        var statusCategories = Self.categories(ofStages: stageNames)
        var changeCount = 0
        var backwards = 0
        var backwardExamples: [String] = []
        for index in items.indices {
            var item = items[index]
            var previous: String?
            var goesBack = false
            for (stage, date) in stageDates[index] {
                let at = converter.instant(date, order: order)
                if let last = item.history.last, at < last.at { goesBack = true }
                item.history.append(StatusChange(at: at, from: previous, to: stageNames[stage]))
                previous = stageNames[stage]
            }
            if goesBack {
                backwards += 1
                if backwardExamples.count < 3 { backwardExamples.append(item.key) }
                Self.keepColumnOrder(&item.history)
            }
            stageDates[index] = []
            GenericItemCells.apply(itemDates[index], to: &item, order: order, converter: &converter)
            if item.created == nil { item.created = item.history.first?.at }
            item.status = item.history.last?.to ?? ""
            if item.project.isEmpty { item.project = GenericItemCells.projectPrefix(of: item.key) }
            if let category = item.statusCategory { statusCategories[item.status] = category }
            changeCount += item.history.count
            items[index] = item
        }
        var notes = dates.note.map { [$0] } ?? []
        if backwards > 0 {
            let examples = backwardExamples.joined(separator: ", ") + (backwards > backwardExamples.count ? ", …" : "")
            notes.append(
                "\(backwards) \(backwards == 1 ? "item entered" : "items entered") a stage on an earlier day than the"
                    + " stage before it (\(examples)); the history follows the column order, each stage entered no"
                    + " later than the one after it")
        }
        let summary = SourceSummary(
            file: file, format: ExportFormat.stageDatesCSV.rawValue,
            formatName: ExportFormat.stageDatesCSV.displayName, items: items.count, statusChanges: changeCount,
            history: .partial, skipped: skipped)
        return Dataset(
            items: items, statusCategories: statusCategories, sources: [summary], notes: notes)
    }

    /// Makes a history in column order go forward in time: a stage dated after the next one is taken as entered
    /// when the next was, so the last dated stage, the one the item is in, stays last (a done item has its date
    /// in the last stage).
    static func keepColumnOrder(_ history: inout [StatusChange]) {
        guard history.count > 1 else { return }
        for index in stride(from: history.count - 2, through: 0, by: -1) where history[index].at > history[index + 1].at
        {
            history[index].at = history[index + 1].at
        }
    }

    /// The categories the format gives its stage columns by their order, which is the workflow's: items arrive
    /// in the first (To Do), a done item has a date in the last (Done), and the ones between are in progress.
    /// A status category column in the file, where there is one, wins for the statuses its rows are in.
    static func categories(ofStages stageNames: [String]) -> [String: StatusCategory] {
        var categories: [String: StatusCategory] = [:]
        for (index, name) in stageNames.enumerated() {
            categories[name] = index == stageNames.count - 1 ? .done : index == 0 ? .toDo : .inProgress
        }
        return categories
    }
}
