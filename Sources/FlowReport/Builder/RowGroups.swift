/// Rows grouped by a name each has (a team, a business step), in the order the names are first seen.
///
/// Rows come in runs of a few names, so the last name found is checked before the dictionary.
struct RowGroups {
    /// The distinct names, first seen first.
    private(set) var names: [String] = []
    /// The rows of each name, ascending, aligned with `names`.
    private(set) var rows: [[Int]] = []
    private var codes: [String: Int] = [:]
    private var last: (name: String, code: Int)?

    init() {}

    /// Row `i` has name `names[i]`.
    init(_ names: [String]) {
        for (row, name) in names.enumerated() { add(row, name) }
    }

    mutating func add(_ row: Int, _ name: String) {
        let code: Int
        if let last, last.name == name {
            code = last.code
        } else if let known = codes[name] {
            code = known
        } else {
            code = names.count
            codes[name] = code
            names.append(name)
            rows.append([])
        }
        last = (name, code)
        rows[code].append(row)
    }

    /// The rows of `name`; empty when no row has it.
    func rows(of name: String) -> [Int] {
        codes[name].map { rows[$0] } ?? []
    }
}
