/// The "at a glance" rows shared by the HTML cards and the Markdown table: each metric of the window
/// beside last week's and the baseline's, with the changes, as display text.
struct OutputGlance {
    /// One metric.
    struct Row {
        var label: String
        /// Unit shown after the value in the HTML cards (`days`, `items`), empty for percents.
        var unit: String
        var now: String
        var previous: String
        var changeFromPrevious: String
        var baseline: String
        var changeFromBaseline: String
    }

    var rows: [Row]
    /// What the previous period is called: `Last week` for a weekly report, else `Previous 14 days`.
    var previousName: String

    init(_ report: Report) {
        let now = report.summary
        let previous = report.previous
        let baseline = report.baseline
        func days(_ label: String, _ value: (FlowSummary) -> Double?) -> Row {
            Row(
                label: label, unit: "days", now: OutputText.days(value(now)),
                previous: OutputText.days(previous.flatMap(value)),
                changeFromPrevious: OutputText.change(value(now), from: previous.flatMap(value)),
                baseline: OutputText.days(baseline.flatMap(value)),
                changeFromBaseline: OutputText.change(value(now), from: baseline.flatMap(value)))
        }
        func count(_ label: String, _ value: (FlowSummary) -> Int?) -> Row {
            Row(
                label: label, unit: "items", now: OutputText.count(value(now)),
                previous: OutputText.count(previous.flatMap(value)),
                changeFromPrevious: OutputText.change(value(now), from: previous.flatMap(value)),
                baseline: OutputText.count(baseline.flatMap(value)),
                changeFromBaseline: OutputText.change(value(now), from: baseline.flatMap(value)))
        }
        var rows = [count("Velocity", { $0.velocity })]
        rows.append(days("Flow time p50", { $0.flowTime?.p50 }))
        rows.append(days("Flow time p85", { $0.flowTime?.p85 }))
        rows.append(days("Lead time p85", { $0.leadTime?.p85 }))
        let efficiency: (FlowSummary) -> Double? = { $0.flowEfficiency }
        rows.append(
            Row(
                label: "Flow efficiency", unit: "", now: OutputText.percent(efficiency(now)),
                previous: OutputText.percent(previous.flatMap(efficiency)),
                changeFromPrevious: OutputText.changeInPoints(efficiency(now), from: previous.flatMap(efficiency)),
                baseline: OutputText.percent(baseline.flatMap(efficiency)),
                changeFromBaseline: OutputText.changeInPoints(efficiency(now), from: baseline.flatMap(efficiency))))
        rows.append(count("Load at end", { $0.load?.end }))
        var average = days("Load, daily average", { $0.load?.average })
        average.unit = "items"
        rows.append(average)
        self.rows = rows
        self.previousName = Self.previousName(report)
    }

    static func previousName(_ report: Report) -> String {
        let days = report.previous?.days ?? report.summary.days
        return days == 7 || days == 0 ? "Last week" : "Previous \(days) days"
    }

    /// `Feature 58% · Defect 33%` for a distribution, in the report's flow item order; `—` when empty.
    static func distribution(_ shares: [String: Double], order: [String]) -> String {
        distributionPieces(shares, order: order).joined(separator: " ")
    }

    /// ``distribution(_:order:)`` in pieces a narrow space may break between: `Feature 58% ·`, `Defect 33%`.
    static func distributionPieces(_ shares: [String: Double], order: [String]) -> [String] {
        let keys = OutputOrdering.keys(of: shares, preferred: order)
        guard !keys.isEmpty else { return [OutputText.missing] }
        return keys.enumerated().map { index, key in
            key + " " + OutputText.percent(shares[key]) + (index < keys.count - 1 ? " ·" : "")
        }
    }
}
