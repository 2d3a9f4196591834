/// A table inside a horizontally scrolling wrapper, so a wide table never widens the page. Every cell's
/// text is escaped by ``HTMLWriter``. A table with a `limit` shows that many rows and says how many more.
struct HTMLTable {
    struct Column {
        var title: String
        /// Right-aligned with tabular figures.
        var numeric: Bool

        static func text(_ title: String) -> Column { Column(title: title, numeric: false) }
        static func number(_ title: String) -> Column { Column(title: title, numeric: true) }
    }

    enum Cell {
        case text(String)
        /// Free text from an export (a title): may wrap, direction from its content.
        case prose(String)
        /// A longer generated text (a distribution) that may wrap.
        case wrap(String)
        /// A small label with a tone class (`p95`, `unmapped`).
        case badge(String, tone: String)
        case empty
    }

    var columns: [Column]
    var rows: [[Cell]] = []
    /// Rows shown at most; the rest are counted in a line under the table.
    var limit: Int?
    /// Says where the rows not shown can be found.
    var moreText = "in report.json"

    init(_ columns: [Column], limit: Int? = nil) {
        self.columns = columns
        self.limit = limit
    }

    mutating func append(_ cells: [Cell]) {
        rows.append(cells)
    }

    mutating func append(texts: [String]) {
        rows.append(texts.map { .text($0) })
    }

    func render(into html: inout HTMLWriter) {
        let shown = limit.map { min($0, rows.count) } ?? rows.count
        html.element("div", [("class", "table-wrap")]) { html in
            // Tables of many columns print smaller so they fit the page.
            html.element("table", columns.count > 9 ? [("class", "wide")] : []) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for column in columns {
                            html.element(
                                "th", column.numeric ? [("class", "num"), ("scope", "col")] : [("scope", "col")],
                                text: column.title)
                        }
                    }
                }
                html.element("tbody") { html in
                    for row in rows.prefix(shown) {
                        html.element("tr") { html in
                            for (index, cell) in row.enumerated() {
                                let numeric = index < columns.count && columns[index].numeric
                                render(cell, numeric: numeric, into: &html)
                            }
                        }
                    }
                }
            }
        }
        if shown < rows.count {
            html.element("p", [("class", "more")], text: "+\(rows.count - shown) more \(moreText)")
        }
    }

    private func render(_ cell: Cell, numeric: Bool, into html: inout HTMLWriter) {
        let attributes: HTMLWriter.Attributes = numeric ? [("class", "num")] : []
        switch cell {
        case .text(let value):
            html.element("td", attributes, text: value)
        case .prose(let value):
            html.element("td", [("class", "prose"), ("dir", "auto")], text: value)
        case .wrap(let value):
            html.element("td", [("class", "wrap")], text: value)
        case .badge(let value, let tone):
            html.element("td", attributes) { html in
                html.element("span", [("class", "badge " + tone)], text: value)
            }
        case .empty:
            html.element("td", attributes, text: "")
        }
    }
}
