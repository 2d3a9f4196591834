/// Which columns of one Jira CSV export hold what, read from its header row.
///
/// Repeated headers (`Sprint`, `Labels`, `Custom field (Asset type)`…) give several columns for one role,
/// in file order.
struct JiraCSVHeader {
    /// Every header as written.
    let names: [String]
    /// Column indices for each ``JiraCSVColumn`` (indexed by its raw value), in file order.
    private let indicesByColumn: [[Int]]
    /// The first column of each ``JiraCSVColumn`` (-1 when none), and whether it has more than one, so
    /// that a row's cell is found without touching the lists.
    let firstIndex: [Int]
    let isRepeated: [Bool]
    /// Fields kept in `WorkItem.fields`: each name once, with the indices of its columns in file order.
    let fields: [(name: String, indices: [Int])]
    /// The columns of the `Start date` field, when it is kept.
    let startDate: [Int]
    /// The columns of the `Issue id` field, kept or not: parents named by id are found through it.
    let issueID: [Int]
    /// The columns of the `Parent id` field, kept or not.
    let parentID: [Int]
    /// Whether `WorkItem.fields` keeps `Parent id`, `Due date` and `Last Viewed`.
    let keepsParentID: Bool
    let keepsDueDate: Bool
    let keepsLastViewed: Bool
    /// True when only named fields are kept: their values (teams) repeat, so equal ones are shared.
    let sharesFieldValues: Bool

    /// Reads the header from the reader's current record; only the fields `kept` names go to `fields`.
    init(reader: CSVReader, kept: ImportOptions.KeptFields = .all) {
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
        self.firstIndex = indices.map { $0.first ?? -1 }
        self.isRepeated = indices.map { $0.count > 1 }
        self.issueID = fields.first { $0.name == "Issue id" }?.indices ?? []
        self.parentID = fields.first { $0.name == "Parent id" }?.indices ?? []
        let keptFields = fields.filter { kept.keeps($0.name) }
        self.fields = keptFields
        self.startDate = keptFields.first { $0.name == "Start date" }?.indices ?? []
        self.keepsParentID = kept.keeps("Parent id")
        self.keepsDueDate = kept.keeps("Due date")
        self.keepsLastViewed = kept.keeps("Last Viewed")
        self.sharesFieldValues = kept != .all
    }

    /// A copy whose lists and names are copies too, for a collector on another thread.
    ///
    /// Reading a list out of the header retains it, once or more per row; two threads doing that to the same
    /// lists fight over their reference counts, which cost a large file's second half a tenth of its time.
    func unshared() -> JiraCSVHeader {
        JiraCSVHeader(copying: self)
    }

    private init(copying other: JiraCSVHeader) {
        func copy(_ list: [Int]) -> [Int] { list.map { $0 } }
        func copy(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        names = other.names.map(copy)
        indicesByColumn = other.indicesByColumn.map(copy)
        firstIndex = copy(other.firstIndex)
        isRepeated = other.isRepeated.map { $0 }
        fields = other.fields.map { (copy($0.name), copy($0.indices)) }
        startDate = copy(other.startDate)
        issueID = copy(other.issueID)
        parentID = copy(other.parentID)
        keepsParentID = other.keepsParentID
        keepsDueDate = other.keepsDueDate
        keepsLastViewed = other.keepsLastViewed
        sharesFieldValues = other.sharesFieldValues
    }

    /// The indices of the columns holding `column`, in file order; empty when the file has none.
    func indices(_ column: JiraCSVColumn) -> [Int] { indicesByColumn[column.rawValue] }

    /// True when some column holds `column`.
    func has(_ column: JiraCSVColumn) -> Bool { !indicesByColumn[column.rawValue].isEmpty }
}
