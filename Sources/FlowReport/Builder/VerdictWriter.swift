import FlowMetrics

/// One plain-language line per notable change: the window against the period before it and the 12-week
/// baseline, aging work, discarded work and the bottleneck.
///
/// A change is notable when it is at least 20 % and at least 2 items (counts), 0.5 days (durations), 1 item
/// (load) or 5 points (efficiency).
struct VerdictWriter {
    var summary: FlowSummary
    var previous: FlowSummary?
    var baseline: FlowSummary?
    /// "the week before", or "the 14 days before" for other window lengths.
    var previousName: String
    /// Mean days per delivered item in each stage, now and in the period before (stage name → days).
    var stageDaysNow: [(name: String, days: Double)]
    var stageDaysBefore: [(name: String, days: Double)]
    var aging: [AgingRow]
    var agingBasis: Percentiles?
    var discarded: DiscardedSummary
    var bottleneck: StageRow?

    func verdicts() -> [String] {
        var lines: [String] = []
        if let previous {
            lines += againstPrevious(previous)
        }
        if let baseline {
            lines += againstBaseline(baseline)
        }
        if previous != nil && lines.isEmpty {
            lines.append("No notable change against \(previousName).")
        }
        if summary.velocity == 0 {
            lines.append("Nothing was delivered in the window.")
        }
        if let agingBasis {
            let old = aging.filter { $0.ageDays > agingBasis.p85 }
            if let oldest = old.first {
                lines.append(
                    "\(ReportText.items(old.count)) in progress \(old.count == 1 ? "is" : "are") older than the "
                        + "flow-time p85 of \(ReportText.days(agingBasis.p85)) days; the oldest, \(oldest.key), "
                        + "is \(ReportText.days(oldest.ageDays)) days in flow.")
            }
        }
        if let afterStart = discarded.afterStart, let daysSpent = discarded.daysSpent, afterStart > 0 {
            lines.append(
                "\(ReportText.items(afterStart)) \(afterStart == 1 ? "was" : "were") discarded "
                    + "after work had started (\(ReportText.days(daysSpent)) days in flow).")
        }
        if let bottleneck, bottleneck.totalDays > 0 {
            lines.append(
                "\(bottleneck.name) held the most waiting: \(ReportText.days(bottleneck.totalDays)) days over "
                    + "\(ReportText.items(bottleneck.items)) delivered in the window.")
        }
        return lines
    }

    private func againstPrevious(_ previous: FlowSummary) -> [String] {
        var lines: [String] = []
        if VerdictWriter.notable(Double(summary.velocity), Double(previous.velocity), minimum: 2) {
            lines.append(
                "Velocity \(VerdictWriter.direction(Double(summary.velocity), Double(previous.velocity))) from "
                    + "\(previous.velocity) to \(ReportText.items(summary.velocity)) against \(previousName).")
        }
        if let now = summary.flowTime?.p85, let before = previous.flowTime?.p85,
            VerdictWriter.notable(now, before, minimum: 0.5)
        {
            var line =
                "Flow time p85 \(VerdictWriter.direction(now, before)) from \(ReportText.days(before)) to "
                + "\(ReportText.days(now)) days"
            if let stage = mostChangedStage(rising: now > before) { line += ", mostly in \(stage)" }
            lines.append(line + ".")
        }
        if let now = summary.flowEfficiency, let before = previous.flowEfficiency, abs(now - before) >= 0.05 {
            lines.append(
                "Flow efficiency \(VerdictWriter.direction(now, before)) from \(ReportText.percent(before)) to "
                    + "\(ReportText.percent(now)).")
        }
        if let now = summary.load?.average, let before = previous.load?.average,
            VerdictWriter.notable(now, before, minimum: 1)
        {
            lines.append(
                "Load \(VerdictWriter.direction(now, before)) from \(ReportText.days(before)) to "
                    + "\(ReportText.days(now)) items on average.")
        }
        return lines
    }

    private func againstBaseline(_ baseline: FlowSummary) -> [String] {
        var lines: [String] = []
        let span = baseline.days % 7 == 0 ? "\(baseline.days / 7)-week" : "\(baseline.days)-day"
        if VerdictWriter.notable(Double(summary.velocity), Double(baseline.velocity), minimum: 2) {
            let side = summary.velocity > baseline.velocity ? "above" : "below"
            lines.append(
                "Velocity of \(summary.velocity) is \(side) the \(span) average of \(baseline.velocity) for a "
                    + "period this long.")
        }
        if let now = summary.flowTime?.p85, let before = baseline.flowTime?.p85,
            VerdictWriter.notable(now, before, minimum: 0.5)
        {
            let side = now > before ? "above" : "below"
            lines.append(
                "Flow time p85 of \(ReportText.days(now)) days is \(side) the \(span) p85 of "
                    + "\(ReportText.days(before)) days.")
        }
        return lines
    }

    /// The stage whose mean days per delivered item rose (or fell) the most since the period before.
    private func mostChangedStage(rising: Bool) -> String? {
        let before = Dictionary(stageDaysBefore.map { ($0.name, $0.days) }, uniquingKeysWith: { first, _ in first })
        var best: (name: String, change: Double)?
        for stage in stageDaysNow {
            let change = (stage.days - (before[stage.name] ?? 0)) * (rising ? 1 : -1)
            if change > 0, best.map({ change > $0.change }) ?? true { best = (stage.name, change) }
        }
        return best?.name
    }

    static func notable(_ now: Double, _ before: Double, minimum: Double) -> Bool {
        let change = abs(now - before)
        return change >= minimum && change >= 0.2 * abs(before)
    }

    static func direction(_ now: Double, _ before: Double) -> String { now > before ? "rose" : "fell" }
}
