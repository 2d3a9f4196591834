/// A GitHub-flavoured Markdown table. Every cell is escaped by ``MarkdownEscaping``.
struct MarkdownTable {
    enum Alignment {
        case left, right
    }

    struct Column {
        var title: String
        var alignment: Alignment

        static func left(_ title: String) -> Column { Column(title: title, alignment: .left) }
        static func right(_ title: String) -> Column { Column(title: title, alignment: .right) }
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    var markup: String {
        var lines = [line(columns.map(\.title))]
        lines.append("|" + columns.map { $0.alignment == .right ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for row in rows {
            let padded = row + Array(repeating: "", count: max(0, columns.count - row.count))
            lines.append(line(padded))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(MarkdownEscaping.inline).joined(separator: " | ") + " |"
    }
}
