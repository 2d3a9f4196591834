/// A Mermaid chart for Markdown: `xychart-beta` (bars and lines over categories) or `pie`.
///
/// Labels pass through ``MermaidEscaping``; numbers are written with one decimal, and a value the data
/// cannot give is drawn as 0 (Mermaid has no gaps), which the renderer says next to the chart.
struct MermaidChart {
    private(set) var lines: [String]

    /// `xychart-beta` with a categorical x-axis, a y-axis from 0 to `yMaximum`, one `bar` series and any
    /// number of `line` series.
    static func xy(
        title: String, categories: [String], yLabel: String, yMaximum: Double, bar: [Double?]? = nil,
        lines series: [[Double?]] = []
    ) -> MermaidChart {
        var lines = ["xychart-beta"]
        lines.append("    title \"" + MermaidEscaping.label(title, maximumLength: 100) + "\"")
        lines.append("    x-axis [" + categories.map(quoted).joined(separator: ", ") + "]")
        lines.append("    y-axis " + quoted(yLabel) + " 0 --> " + number(yMaximum))
        if let bar { lines.append("    bar [" + bar.map(number).joined(separator: ", ") + "]") }
        for values in series { lines.append("    line [" + values.map(number).joined(separator: ", ") + "]") }
        return MermaidChart(lines: lines)
    }

    /// `pie` with one slice per positive value, labelled.
    static func pie(title: String, slices: [(label: String, value: Double)]) -> MermaidChart {
        var lines = ["pie showData", "    title " + MermaidEscaping.label(title, maximumLength: 100)]
        for slice in slices where slice.value > 0 {
            lines.append("    " + quoted(slice.label) + " : " + number(slice.value))
        }
        return MermaidChart(lines: lines)
    }

    private static func quoted(_ label: String) -> String {
        "\"" + MermaidEscaping.label(label) + "\""
    }

    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "0" }
        let text = OutputText.days(value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
