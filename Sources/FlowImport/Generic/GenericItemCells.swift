import FlowModel

/// Which columns of a transitions or stage-dates CSV hold item fields, and how a row's cells fill a work
/// item: each field takes the first non-empty value any of the item's rows gives it.
///
/// Columns that name no known field are kept in `WorkItem.fields` under their header (`Team` is one of
/// them, so that a configuration can choose teams by it).
struct GenericItemCells {
    /// Every header as written.
    let names: [String]
    /// Column indices for each ``GenericItemColumn`` (by raw value), in file order.
    private let indices: [[Int]]
    /// Columns kept in `WorkItem.fields`: header and index.
    private let extraFields: [(name: String, index: Int)]

    /// Reads the item columns of header `names`, leaving out the columns in `reserved` (the format's own).
    init(names: [String], reserved: Set<Int>) {
        var indices = [[Int]](repeating: [], count: GenericItemColumn.allCases.count)
        var extraFields: [(name: String, index: Int)] = []
        for (index, name) in names.enumerated() where !reserved.contains(index) {
            if let column = GenericItemColumn.named(name) {
                indices[column.rawValue].append(index)
            } else if !name.isEmpty && !extraFields.contains(where: { $0.name == name }) {
                extraFields.append((name, index))
            }
        }
        self.names = names
        self.indices = indices
        self.extraFields = extraFields
    }

    /// The first column holding `column`, if any.
    func index(_ column: GenericItemColumn) -> Int? { indices[column.rawValue].first }

    /// Fills the fields of `item` that are still empty from the reader's record (record `record`), and the
    /// item dates in `pending`.
    ///
    /// - Throws: ``GenericCSVRowError`` for a date or a number that cannot be read.
    func fill(
        _ item: inout WorkItem, pending: inout GenericItemDates, from reader: CSVReader, record: Int,
        dates: inout GenericCSVDates
    ) throws(GenericCSVRowError) {
        func text(_ column: GenericItemColumn) -> String? {
            guard let index = index(column), !reader.isBlank(index) else { return nil }
            return reader.string(index)
        }
        func list(_ column: GenericItemColumn) -> [String] {
            indices[column.rawValue].compactMap { reader.isBlank($0) ? nil : reader.string($0) }
        }
        func date(_ column: GenericItemColumn, _ current: ParsedDate?) throws(GenericCSVRowError) -> ParsedDate? {
            guard current == nil, let index = index(column) else { return current }
            return try dates.read(reader, index, column: names[index], record: record)
        }
        if item.title.isEmpty, let title = text(.title) { item.title = title }
        if item.type.isEmpty, let type = text(.type) { item.type = type }
        if item.project.isEmpty, let project = text(.project) { item.project = project }
        if item.statusCategory == nil, let category = text(.statusCategory) {
            item.statusCategory = StatusCategory(jiraName: category)
        }
        if item.resolution == nil { item.resolution = text(.resolution) }
        if item.priority == nil { item.priority = text(.priority) }
        if item.assignee == nil { item.assignee = text(.assignee) }
        if item.parent == nil { item.parent = text(.parent) }
        if item.epic == nil { item.epic = text(.epic) }
        if item.labels.isEmpty { item.labels = list(.labels) }
        if item.components.isEmpty { item.components = list(.components) }
        if item.fixVersions.isEmpty { item.fixVersions = list(.fixVersions) }
        if item.sprints.isEmpty { item.sprints = list(.sprint) }
        if item.storyPoints == nil, let points = text(.storyPoints) {
            guard let value = Double(points), value.isFinite else {
                let column = names[index(.storyPoints) ?? 0]
                throw GenericCSVRowError(.unrecognizedNumber(text: points, column: column), column: column)
            }
            item.storyPoints = value
        }
        if item.fields["Team"] == nil, let team = text(.team) { item.fields["Team"] = team }
        for (name, index) in extraFields where item.fields[name] == nil && !reader.isBlank(index) {
            item.fields[name] = reader.string(index)
        }
        pending.created = try date(.created, pending.created)
        pending.updated = try date(.updated, pending.updated)
        pending.resolved = try date(.resolved, pending.resolved)
    }

    /// Sets the item's dates from `pending`, reading numeric dates in `order`.
    static func apply(
        _ pending: GenericItemDates, to item: inout WorkItem, order: DateOrder, converter: inout InstantConverter
    ) {
        if let created = pending.created { item.created = converter.instant(created, order: order) }
        if let updated = pending.updated { item.updated = converter.instant(updated, order: order) }
        if let resolved = pending.resolved { item.resolved = converter.instant(resolved, order: order) }
    }

    /// `PAY` for `PAY-7`: everything before the last hyphen; empty for a key without one (`1234`).
    static func projectPrefix(of key: String) -> String {
        guard let hyphen = key.utf8.lastIndex(of: UInt8(ascii: "-")) else { return "" }
        return String(key[..<hyphen])
    }
}
