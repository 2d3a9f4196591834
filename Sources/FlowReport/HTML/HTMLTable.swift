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
        /// A small label with a tone class (`p95`, `unmapped`).
        case badge(String, tone: String)
        /// Pieces that each stay on one line; the cell wraps only between them (`2026-11-02 –`, `2026-11-13`).
        case pieces([String])
        /// A distribution: a thin 100 % bar, then each part with its swatch, wrapping between parts.
        case shares([Share])
        case empty

        /// Text that may wrap between its words, never inside one (`2026-11-21` stays whole).
        static func words(_ text: String) -> Cell {
            .pieces(text.split(separator: " ").map(String.init))
        }
    }

    /// One part of a ``Cell/shares(_:)`` cell.
    struct Share {
        var name: String
        /// 0…1.
        var share: Double
        var color: String
    }

    var columns: [Column]
    var rows: [[Cell]] = []
    /// Rows shown at most; the rest are counted in a line under the table.
    var limit: Int?
    /// Says where the rows not shown can be found.
    var moreText = "in report.json"
    /// Headings of groups of rows (a team's sprints), by the index of the group's first row.
    var groups: [Int: String] = [:]

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

    /// Starts a group of rows under a heading row; the rows appended next belong to it.
    mutating func group(_ heading: String) {
        groups[rows.count] = heading
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
                    for (number, row) in rows.prefix(shown).enumerated() {
                        if let heading = groups[number] {
                            html.element("tr", [("class", "group")]) { html in
                                html.element(
                                    "th", [("colspan", String(columns.count)), ("scope", "rowgroup")], text: heading)
                            }
                        }
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
        case .badge(let value, let tone):
            html.element("td", attributes) { html in
                html.element("span", [("class", "badge " + tone)], text: value)
            }
        case .pieces(let pieces):
            html.element("td", [("class", "pieces")]) { html in
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { html.text(" ") }
                    html.element("span", text: piece)
                }
            }
        case .shares(let shares):
            render(shares, into: &html)
        case .empty:
            html.element("td", attributes, text: "")
        }
    }

    private func render(_ shares: [Share], into html: inout HTMLWriter) {
        let parts = shares.filter { $0.share > 0 }
        guard !parts.isEmpty else {
            html.element("td", text: OutputText.missing)
            return
        }
        html.element("td", [("class", "mix")]) { html in
            // The bar repeats the text after it, so screen readers skip it.
            html.element("span", [("class", "shares"), ("aria-hidden", "true")]) { html in
                for part in parts {
                    let width = SVGNumber.format(min(part.share, 1) * 100)
                    html.element("span", [("style", "width:\(width)%;--swatch:\(part.color)")], text: "")
                }
            }
            for (index, part) in parts.enumerated() {
                if index > 0 { html.text(" ") }
                html.element("span", [("class", "part")]) { html in
                    html.element("span", [("class", "swatch"), ("style", "--swatch:" + part.color)], text: "")
                    html.text(part.name + " " + OutputText.percent(part.share))
                }
            }
        }
    }
}
