/// The sections of the HTML report, in page order, with their anchors and headings.
enum HTMLSection: String, CaseIterable {
    case glance, verdicts, trends, distribution
    case cumulativeFlow = "cumulative-flow"
    case flowTime = "flow-time"
    case stages
    case timeInStatus = "time-in-status"
    case load, aging, teams, business, sprints, forecast, discarded, notes

    var title: String {
        switch self {
        case .glance: "At a glance"
        case .verdicts: "Verdicts"
        case .trends: "Trends"
        case .distribution: "Flow distribution"
        case .cumulativeFlow: "Cumulative flow"
        case .flowTime: "Flow time"
        case .stages: "Where time goes"
        case .timeInStatus: "Time in status"
        case .load: "Load by status"
        case .aging: "Aging work in progress"
        case .teams: "Teams"
        case .business: "Business value stream"
        case .sprints: "Sprints"
        case .forecast: "Forecast"
        case .discarded: "Discarded work"
        case .notes: "Notes"
        }
    }
}

extension HTMLWriter {
    /// `<section id=…><h2>…</h2>…</section>`.
    mutating func section(_ section: HTMLSection, _ content: (inout HTMLWriter) -> Void) {
        element("section", [("id", section.rawValue), ("aria-labelledby", section.rawValue + "-title")]) { html in
            html.element("h2", [("id", section.rawValue + "-title")], text: section.title)
            content(&html)
        }
    }

    /// The short line a section shows instead of its content when the data cannot support it.
    mutating func absent(_ reason: String) {
        element("p", [("class", "absent")], text: reason)
    }
}
