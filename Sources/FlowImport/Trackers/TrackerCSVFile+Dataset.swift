import FlowModel

extension TrackerCSVFile {
    /// Every row made into an item by `makeItem`, with the statuses' categories, the sprints named, and one
    /// source summary whose history is `partial` when the items' dates gave any status changes.
    /// `historyCategories`: the categories of the statuses the importer's histories name, which items need not
    /// be in now; an item's own category wins.
    mutating func dataset(
        _ format: ExportFormat, historyCategories: [String: StatusCategory] = [:],
        makeItem: (TrackerCSVRow) throws(TrackerRowError) -> WorkItem
    ) throws(InputError) -> Dataset {
        var dataset = Dataset(statusCategories: historyCategories)
        let skipped = try forEachRow { (row) throws(TrackerRowError) in
            let item = try makeItem(row)
            if let category = item.statusCategory { dataset.statusCategories[item.status] = category }
            for sprint in item.sprints { dataset.sprints[sprint] = Sprint(name: sprint) }
            dataset.items.append(item)
        }
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        dataset.sources = [
            SourceSummary(
                file: file, format: format.rawValue, formatName: format.displayName, items: dataset.items.count,
                statusChanges: changes, history: changes > 0 ? .partial : .none, skipped: skipped)
        ]
        return dataset
    }
}
