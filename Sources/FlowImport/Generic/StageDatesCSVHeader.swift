/// The columns of a stage-dates CSV (ActionableAgile style): the item id, an optional link and title, then
/// one date column per stage in flow order, then item columns (`Type`, `labels`, …).
///
/// The stage columns are those after the leading id, link and title columns and before the first column
/// that names a known item field (``GenericItemColumn``); without one, every remaining column is a stage.
struct StageDatesCSVHeader {
    /// The headers of the leading columns, lowercase.
    static let idNames = ["id", "key", "issue key", "item key"]
    static let linkNames = ["link", "url"]
    static let titleNames = ["name", "title", "summary"]

    /// Every header as written.
    let names: [String]
    let id: Int?
    let link: Int?
    let title: Int?
    /// The stage columns, in flow order.
    let stages: [Int]
    let items: GenericItemCells

    init(names: [String]) {
        self.names = names
        let folded = names.map(GenericItemColumn.fold)
        var id: Int?
        var link: Int?
        var title: Int?
        var position = 0
        leading: while position < folded.count {
            let name = folded[position]
            switch true {
            case id == nil && Self.idNames.contains(name): id = position
            case link == nil && Self.linkNames.contains(name): link = position
            case title == nil && Self.titleNames.contains(name): title = position
            default: break leading
            }
            position += 1
        }
        var stages: [Int] = []
        while position < names.count && GenericItemColumn.named(names[position]) == nil {
            if !folded[position].isEmpty { stages.append(position) }
            position += 1
        }
        self.id = id
        self.link = link
        self.title = title
        self.stages = stages
        items = GenericItemCells(names: names, reserved: Set([id, link, title].compactMap { $0 } + stages))
    }

    /// The stage names, in flow order.
    var stageNames: [String] { stages.map { names[$0] } }

    /// The first problem with the header; `nil` when it has an id column and at least one stage.
    var problem: GenericCSVProblem? {
        guard let id else { return .missingColumn(role: "item id", expected: ["ID", "Key", "Issue key"]) }
        if stages.isEmpty { return .noStageColumns(after: names[title ?? link ?? id]) }
        return nil
    }
}
