/// A file `streamgauge report` can write, by its `--format` name.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// `report.html`: one self-contained page with inline CSS and SVG charts.
    case html
    /// `report.md`: GitHub-flavoured Markdown with Mermaid charts.
    case md
    /// `report.json`: the `streamgauge.report/1` document.
    case json
    /// `items.csv`: one row per item with its stage entry dates.
    case csv

    /// The name of the file this format is written to.
    public var fileName: String {
        switch self {
        case .html: "report.html"
        case .md: "report.md"
        case .json: "report.json"
        case .csv: "items.csv"
        }
    }

    /// True for the files that list every item (`report.json`, `items.csv`): they are written together.
    var listsItems: Bool { self == .json || self == .csv }
}
