import FlowModel

/// The page header, the capabilities banner, the contents and the footer.
extension HTMLRenderer {
    func writeHeader(_ report: Report, into html: inout HTMLWriter) {
        html.element("header") { html in
            html.element("p", [("class", "eyebrow")], text: "Flow report")
            html.element("h1", [("dir", "auto")], text: report.title)
            html.element("p", [("class", "meta")]) { html in
                html.element("b", text: "\(report.window.from) to \(report.window.to)")
                html.text(" (\(report.window.timeZone)) · " + historyText(report.history))
                if !report.teams.isEmpty {
                    html.text(" · ")
                    html.element("b", text: report.teams.count == 1 ? "Team: " : "Teams: ")
                    html.text(report.teams.joined(separator: ", "))
                }
            }
            if !report.sources.isEmpty {
                html.element("ul", [("class", "sources"), ("aria-label", "Sources")]) { html in
                    for source in report.sources { writeSource(source, into: &html) }
                }
            }
        }
        if !report.capabilities.isEmpty {
            html.element("div", [("class", "banner"), ("role", "note")]) { html in
                html.element("p", text: "What this data supports")
                html.element("ul") { html in
                    for line in report.capabilities { html.element("li", text: line) }
                }
            }
        }
        html.element("nav", [("class", "toc"), ("aria-label", "Sections")]) { html in
            html.element("ul") { html in
                for section in HTMLSection.allCases {
                    html.element("li") { html in
                        html.element("a", [("href", "#" + section.rawValue)], text: section.title)
                    }
                }
            }
        }
    }

    private func writeSource(_ source: SourceSummary, into html: inout HTMLWriter) {
        html.element("li") { html in
            html.element("span", [("dir", "auto")], text: source.file)
            var facts = [source.formatName, "\(source.items) items"]
            if source.statusChanges > 0 { facts.append("\(source.statusChanges) status changes") }
            facts.append(historyText(source.history))
            html.text(" — " + facts.joined(separator: ", "))
            if !source.skipped.isEmpty {
                html.element("details") { html in
                    html.element(
                        "summary",
                        text: source.skipped.count == 1 ? "1 row skipped" : "\(source.skipped.count) rows skipped")
                    html.element("ul") { html in
                        for reason in source.skipped.prefix(Self.rowLimit) { html.element("li", text: reason) }
                    }
                    if source.skipped.count > Self.rowLimit {
                        html.element("p", [("class", "more")], text: "+\(source.skipped.count - Self.rowLimit) more")
                    }
                }
            }
        }
    }

    func historyText(_ level: HistoryLevel) -> String {
        switch level {
        case .full: "full status history"
        case .partial: "partial status history"
        case .none: "no status history"
        }
    }

    func writeFooter(_ report: Report, into html: inout HTMLWriter) {
        html.element("footer") { html in
            html.element("p") { html in
                html.text(
                    "Generated " + OutputTimestamp.iso(report.generatedAt) + " by StreamGauge (" + Report.schema + "). "
                )
                html.text(
                    OutputProse.method
                )
            }
        }
    }
}
