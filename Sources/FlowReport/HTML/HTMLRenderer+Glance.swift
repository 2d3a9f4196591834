/// At a glance (cards) and verdicts.
extension HTMLRenderer {
    func writeGlance(_ report: Report, into html: inout HTMLWriter) {
        html.section(.glance) { html in
            let glance = OutputGlance(report)
            html.element(
                "p", [("class", "lead")],
                text: OutputProse.comparisons(
                    previousName: glance.previousName, baselineDays: report.baseline?.days))
            html.element("div", [("class", "cards")]) { html in
                for row in glance.rows { writeCard(row, previousName: glance.previousName, into: &html) }
                writeDistributionCard(report, into: &html)
            }
        }
    }

    private func writeCard(_ row: OutputGlance.Row, previousName: String, into html: inout HTMLWriter) {
        html.element("div", [("class", "card")]) { html in
            html.element("h3", text: row.label)
            html.element("p", [("class", "value")]) { html in
                html.text(row.now)
                if !row.unit.isEmpty && row.now != OutputText.missing {
                    html.element("span", [("class", "unit")], text: row.unit)
                }
            }
            html.element("dl") { html in
                comparison(previousName, row.previous, row.changeFromPrevious, into: &html)
                comparison("Baseline", row.baseline, row.changeFromBaseline, into: &html)
            }
        }
    }

    /// `Last week   6.1 +2.8`: the earlier value and the change from it.
    private func comparison(_ label: String, _ before: String, _ change: String, into html: inout HTMLWriter) {
        html.element("div") { html in
            html.element("dt", text: label)
            html.element("dd") { html in
                html.text(before)
                if before != OutputText.missing && change != OutputText.missing {
                    html.text(" ")
                    html.element("span", [("class", "delta")], text: change)
                }
            }
        }
    }

    private func writeDistributionCard(_ report: Report, into html: inout HTMLWriter) {
        let shares = report.summary.distribution
        let colors = flowItemColors(report)
        html.element("div", [("class", "card wide")]) { html in
            html.element("h3", text: "Flow distribution, delivered")
            guard !shares.isEmpty else {
                html.element("p", [("class", "absent")], text: "Nothing was delivered in the window.")
                return
            }
            let keys = OutputOrdering.keys(of: shares, preferred: report.flowItems)
            html.element(
                "div",
                [
                    ("class", "shares"), ("role", "img"),
                    ("aria-label", OutputGlance.distribution(shares, order: report.flowItems)),
                ]
            ) { html in
                for key in keys where (shares[key] ?? 0) > 0 {
                    let percent = SVGNumber.format((shares[key] ?? 0) * 100)
                    html.element(
                        "span",
                        [
                            ("style", "width:\(percent)%;--swatch:\(colors[key] ?? Palette.grey)"),
                            ("title", key + " " + OutputText.percent(shares[key])),
                        ], text: "")
                }
            }
            html.element("ul", [("class", "legend")]) { html in
                for key in keys where (shares[key] ?? 0) > 0 {
                    html.element("li") { html in
                        html.element(
                            "span", [("class", "swatch box"), ("style", "--swatch:" + (colors[key] ?? Palette.grey))],
                            text: "")
                        html.text(key + " " + OutputText.percent(shares[key]))
                    }
                }
            }
            html.element("dl") { html in
                for (label, summary) in [
                    (OutputGlance.previousName(report), report.previous), ("Baseline", report.baseline),
                ] {
                    html.element("div") { html in
                        html.element("dt", text: label)
                        html.element("dd", [("class", "pieces")]) { html in
                            // `Feature 58% ·` pieces, so a narrow card wraps between types.
                            let pieces = OutputGlance.distributionPieces(
                                summary?.distribution ?? [:], order: report.flowItems)
                            for (index, piece) in pieces.enumerated() {
                                if index > 0 { html.text(" ") }
                                html.element("span", text: piece)
                            }
                        }
                    }
                }
            }
        }
    }

    func writeVerdicts(_ report: Report, into html: inout HTMLWriter) {
        html.section(.verdicts) { html in
            guard !report.verdicts.isEmpty else {
                html.absent(OutputProse.noVerdicts)
                return
            }
            html.element("ul", [("class", "verdicts")]) { html in
                for verdict in report.verdicts { html.element("li", text: verdict) }
            }
        }
    }
}
