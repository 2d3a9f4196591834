/// Forecast, discarded work and notes.
extension HTMLRenderer {
    func writeForecast(_ report: Report, into html: inout HTMLWriter) {
        html.section(.forecast) { html in
            guard let forecast = report.forecast else {
                html.absent(OutputProse.noForecast)
                return
            }
            html.element(
                "p", [("class", "lead")],
                text:
                    OutputProse.forecastMethod(basisWeeks: forecast.basisWeeks)
            )
            for (title, rows, note) in [
                (OutputProse.forecastHowMany, forecast.howMany, nil),
                (OutputProse.forecastWhenDone, forecast.whenDone, forecast.whenDoneNote),
            ] where !rows.isEmpty || note != nil {
                html.element("h3", text: title)
                guard rows.isEmpty, let note else {
                    var table = HTMLTable([.text("Question"), .number("50%"), .number("85%"), .number("95%")])
                    for row in rows {
                        table.append([.words(row.label), .text(row.p50), .text(row.p85), .text(row.p95)])
                    }
                    table.render(into: &html)
                    continue
                }
                html.absent(note)
            }
        }
    }

    func writeDiscarded(_ report: Report, into html: inout HTMLWriter) {
        html.section(.discarded) { html in
            let discarded = report.discarded
            guard discarded.count > 0 else {
                html.absent(OutputProse.noDiscarded)
                return
            }
            html.element(
                "p", [("class", "lead")],
                text: "Items that ended without delivering count in no velocity, flow time or lead time."
                    + (discarded.afterStart == nil ? " " + OutputProse.discardedWithoutHistory : ""))
            html.element("div", [("class", "facts")]) { html in
                fact("Discarded in the window", OutputText.count(discarded.count), unit: "items", into: &html)
                fact("Of those, after work started", OutputText.count(discarded.afterStart), unit: "items", into: &html)
                fact("Days spent on them", OutputText.days(discarded.daysSpent), unit: "days", into: &html)
            }
        }
    }

    private func fact(_ label: String, _ value: String, unit: String, into html: inout HTMLWriter) {
        html.element("div", [("class", "card")]) { html in
            html.element("h3", text: label)
            html.element("p", [("class", "value")]) { html in
                html.text(value)
                html.element("span", [("class", "unit")], text: unit)
            }
        }
    }

    func writeNotes(_ report: Report, into html: inout HTMLWriter) {
        html.section(.notes) { html in
            guard !report.notes.isEmpty else {
                html.absent(OutputProse.noNotes)
                return
            }
            html.element("ul", [("class", "verdicts")]) { html in
                for note in report.notes.prefix(Self.rowLimit) { html.element("li", text: note) }
            }
            if report.notes.count > Self.rowLimit {
                html.element(
                    "p", [("class", "more")], text: "+\(report.notes.count - Self.rowLimit) more in report.json")
            }
        }
    }
}
