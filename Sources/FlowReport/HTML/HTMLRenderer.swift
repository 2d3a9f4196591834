import FlowModel

/// Renders a ``Report`` as one self-contained HTML page: inline CSS and SVG charts, no script, no
/// resource loaded from anywhere, readable at 375 px and printable.
///
/// Every chart has a text alternative (`role="img"`, `aria-label`, `<title>`) and its numbers in a
/// `<details>` table. Long lists are capped (aging at 50 rows, the scatter at the most recent points), so
/// the page stays small however many items the report holds; every item is in `report.json` and
/// `items.csv`. All export text goes through ``HTMLWriter``'s escaping.
public struct HTMLRenderer: Sendable {
    /// Aging rows listed before "+N more".
    static let agingLimit = 50
    /// Dots drawn on the aging chart and the flow-time scatter at most (the most recent / oldest first).
    static let pointLimit = 1500
    /// Rows of the long tables (sprints, statuses, scatter numbers, cumulative flow days) before "+N more".
    static let rowLimit = 200

    /// A renderer; it holds no state.
    public init() {}

    /// The whole page, ending with a line break.
    public func render(_ report: Report) -> String {
        var html = HTMLWriter(reservingCapacity: 200_000)
        html.trustedMarkup("<!doctype html>\n")
        html.element("html", [("lang", "en")]) { html in
            html.element("head") { html in
                html.leaf("meta", [("charset", "utf-8")])
                html.leaf("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                html.leaf("meta", [("name", "generator"), ("content", "StreamGauge")])
                html.element(
                    "title", text: report.title + " — flow report, \(report.window.from) to \(report.window.to)")
                html.element("style") { html in html.trustedMarkup(HTMLStyle.css) }
            }
            html.element("body") { html in
                html.element("div", [("class", "page")]) { html in
                    writeHeader(report, into: &html)
                    html.element("main") { html in
                        writeGlance(report, into: &html)
                        writeVerdicts(report, into: &html)
                        writeTrends(report, into: &html)
                        writeDistribution(report, into: &html)
                        writeCumulativeFlow(report, into: &html)
                        writeFlowTime(report, into: &html)
                        writeStages(report, into: &html)
                        writeTimeInStatus(report, into: &html)
                        writeLoad(report, into: &html)
                        writeAging(report, into: &html)
                        writeTeams(report, into: &html)
                        writeBusinessStream(report, into: &html)
                        writeSprints(report, into: &html)
                        writeSprintTrend(report, into: &html)
                        writeForecast(report, into: &html)
                        writeDiscarded(report, into: &html)
                        writeNotes(report, into: &html)
                    }
                    writeFooter(report, into: &html)
                }
            }
        }
        html.trustedMarkup("\n")
        return html.output
    }

    /// Colours of the flow item types, the same in every chart.
    func flowItemColors(_ report: Report) -> [String: String] {
        Palette.colors(for: flowItemOrder(report))
    }

    /// The report's flow item types, then any other type the window's or the weeks' numbers name.
    func flowItemOrder(_ report: Report) -> [String] {
        let summary = report.summary
        var named = Set<String>(summary.velocityByFlowItem.keys)
        named.formUnion(summary.distribution.keys)
        named.formUnion(summary.distributionInProgress.keys)
        for week in report.weeks { named.formUnion(week.velocityByFlowItem.keys) }
        return report.flowItems + named.subtracting(report.flowItems).sorted()
    }
}
