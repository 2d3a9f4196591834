/// Which columns of a transitions CSV hold the item key and each transition's `from`, `to` and time, read
/// from its header; every other column is an item column (``GenericItemCells``).
struct TransitionsCSVHeader {
    /// The headers that name each of the format's own columns, lowercase.
    static let keyNames = ["key", "issue", "id", "issue key", "item", "item key", "work item"]
    static let fromNames = ["from", "from status", "from state", "old status"]
    static let toNames = ["to", "to status", "to state", "new status"]
    static let atNames = ["at", "timestamp", "date", "changed", "changed at", "time", "transition date"]

    /// Every header as written.
    let names: [String]
    let key: Int?
    let from: Int?
    let to: Int?
    let at: Int?
    let items: GenericItemCells

    init(names: [String]) {
        self.names = names
        let folded = names.map(GenericItemColumn.fold)
        func first(_ aliases: [String]) -> Int? { folded.firstIndex { aliases.contains($0) } }
        key = first(Self.keyNames)
        from = first(Self.fromNames)
        to = first(Self.toNames)
        at = first(Self.atNames)
        items = GenericItemCells(names: names, reserved: Set([key, from, to, at].compactMap { $0 }))
    }

    /// True when the header names the key, `from`, `to` and time columns: the sign of a transitions CSV.
    var isComplete: Bool { key != nil && from != nil && to != nil && at != nil }

    /// The first required column that is missing, as a problem; `nil` when all are there.
    var missingColumn: GenericCSVProblem? {
        if key == nil { return .missingColumn(role: "item key", expected: Self.keyNames) }
        if to == nil { return .missingColumn(role: "\"to\" status", expected: Self.toNames) }
        if at == nil { return .missingColumn(role: "transition time", expected: Self.atNames) }
        return nil
    }
}
