/// A chart as the report shows it: a caption, a legend in HTML (readable at any width), the inline SVG,
/// and the chart's numbers in a `<details>` table.
struct HTMLFigure {
    enum Mark: String {
        case box, line, dashed, dot
    }

    struct LegendEntry {
        var name: String
        var color: String
        var mark: Mark = .box
    }

    var caption: String
    var note: String?
    var legend: [LegendEntry] = []
    var numbers: HTMLTable

    /// Number tables longer than this are left out of print.
    static let printedRows = 30
    /// Number tables with more columns than this do not fit a chart's column: the figure takes the whole
    /// row of the grid, its chart keeping a column's width.
    static let columnsInAColumn = 6

    func render(into html: inout HTMLWriter, chart: (inout HTMLWriter) -> Void) {
        let wide = numbers.columns.count > Self.columnsInAColumn
        html.element("figure", [("class", wide ? "chart wide" : "chart")]) { html in
            html.element("figcaption", text: caption)
            if let note { html.element("p", [("class", "figure-note")], text: note) }
            if !legend.isEmpty {
                html.element("ul", [("class", "legend")]) { html in
                    for entry in legend {
                        html.element("li") { html in
                            html.element(
                                "span",
                                [("class", "swatch " + entry.mark.rawValue), ("style", "--swatch:" + entry.color)],
                                text: "")
                            html.text(entry.name)
                        }
                    }
                }
            }
            chart(&html)
            // Long tables stay out of print; short ones print open under their chart.
            html.element("details", numbers.rows.count > Self.printedRows ? [("class", "long")] : []) { html in
                html.element("summary", text: "Numbers")
                numbers.render(into: &html)
            }
        }
    }
}
