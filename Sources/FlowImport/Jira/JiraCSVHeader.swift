/// Which columns of one Jira CSV export hold what, read from its header row.
///
/// Repeated headers (`Sprint`, `Labels`, `Custom field (Asset type)`…) give several columns for one role,
/// in file order.
struct JiraCSVHeader {
    /// Every header as written.
    let names: [String]
    /// Column indices for each ``JiraCSVColumn`` (indexed by its raw value), in file order.
    private let indicesByColumn: [[Int]]
    /// Fields kept in `WorkItem.fields`: each name once, with the indices of its columns in file order.
    let fields: [(name: String, indices: [Int])]
    /// The columns of the `Start date` field.
    let startDate: [Int]

    /// Reads the header from the reader's current record.
    init(reader: CSVReader) {
        var names: [String] = []
        var indices = [[Int]](repeating: [], count: JiraCSVColumn.allCases.count)
        var fields: [(name: String, indices: [Int])] = []
        for index in 0..<reader.fieldCount {
            let name = reader.string(index)
            names.append(name)
            switch HeaderAliases.meaning(of: name) {
            case .column(let column): indices[column.rawValue].append(index)
            case .field(let field):
                if let position = fields.firstIndex(where: { $0.name == field }) {
                    fields[position].indices.append(index)
                } else {
                    fields.append((field, [index]))
                }
            case .ignored: break
            }
        }
        self.names = names
        self.indicesByColumn = indices
        self.fields = fields
        self.startDate = fields.first { $0.name == "Start date" }?.indices ?? []
    }

    /// The indices of the columns holding `column`, in file order; empty when the file has none.
    func indices(_ column: JiraCSVColumn) -> [Int] { indicesByColumn[column.rawValue] }

    /// True when some column holds `column`.
    func has(_ column: JiraCSVColumn) -> Bool { !indicesByColumn[column.rawValue].isEmpty }
}
