import FlowModel

/// The sentences the HTML and Markdown reports share: why a section has nothing to show, and how to
/// read the numbers. One place, so both reports say the same thing.
enum OutputProse {
    // MARK: Why a section is empty

    static let noVerdicts = "No notable change against last week or the baseline."
    static let noWeeks = "No weeks to show: the data holds no deliveries or load in the weeks up to the window."
    static let noDistribution = "Nothing was delivered in the window and nothing is in progress at its end."
    static let noCumulativeFlow =
        "No cumulative flow diagram: it needs the status history of the items, which this export does not carry."
    static let noFlowTime =
        "Nothing was delivered in the window or the weeks before it, so there is no flow time to show."
    static let noStages =
        "No time in stage: it needs status history (or Jira's [CHART] Time in Status) and items delivered in the "
        + "window."
    static let noTimeInStatus =
        "No time per status: it needs Jira's [CHART] Time in Status field and items delivered in the window."
    static let noStatuses = "No statuses in the data."
    /// What the time in stage table shows, and where it comes from for a report without status history.
    static func stagesLead(history: HistoryLevel) -> String {
        let lead = "Total days the items delivered in the window spent in each stage, all visits counted."
        guard history == .none else { return lead }
        return lead + " Without status history these come from Jira's [CHART] Time in Status, which leaves out the "
            + "stay an item is still in; statuses it names only by an id that could not be named are left out."
    }
    static let noAging = "Nothing is in progress at the window's end."
    static let noTeams = "The data names no teams."
    static let noBusinessStream = "No business value stream is configured (businessStream in streamgauge.yml)."
    static let noSprints = "The data names no sprints."
    static let noForecast = "No forecast: it needs weeks of delivery history before the window."
    static let noDiscarded = "Nothing was discarded in the window."
    static let discardedWithoutHistory =
        "Without status history it is not known whether work had started on them, nor how long it went on."
    static let noNotes = "Nothing to note: every status was mapped and every row was read."

    // MARK: How to read the numbers

    /// How the window is compared; `previousName` is what ``OutputGlance`` calls the period before it.
    /// `baselineDays`: the baseline's length, shorter than 12 weeks when the data starts later.
    static func comparisons(previousName: String, baselineDays: Int? = nil) -> String {
        let baseline =
            baselineDays.map { $0 < 84 ? "the \($0) days before it (the data starts then)" : "the 12 weeks before it" }
            ?? "the 12 weeks before it"
        return "\(previousName) is the period of the window's length before it; the baseline is \(baseline), "
            + "with counts averaged to the window's length."
    }

    static let agingBasis =
        "An item above the p85 line has been in progress longer than 85% of the items delivered "
        + "in the window and the 12 weeks before it took."

    /// The forecast's two questions, as the tables' titles.
    static let forecastHowMany = "How many items"
    static let forecastWhenDone = "When the current load is done"

    static func forecastMethod(basisWeeks: Int) -> String {
        "Monte Carlo: the daily throughput of the last \(basisWeeks) weeks resampled in 10 000 trials. "
            + "85% means 85 of 100 trials did at least this well."
    }

    static let sprintTerms = "Committed is what was in the sprint at its start; say/do is completed ÷ committed."

    static let sprintDates =
        "Each sprint notes where its dates came from: the data, the configuration or its items' dates."

    static let sprints = sprintTerms + " " + sprintDates

    /// `Flow time of the 5 items delivered in the window: half within 3.2 days, …`.
    static func percentiles(_ measure: String, _ value: Percentiles) -> String {
        "\(measure) of the \(value.count) items delivered in the window: "
            + "half within \(OutputText.days(value.p50)) days, 85% within \(OutputText.days(value.p85)), "
            + "95% within \(OutputText.days(value.p95)); mean \(OutputText.days(value.mean))."
    }

    static let method =
        "Durations are elapsed calendar days; percentiles are nearest-rank. "
        + "Every item is listed in report.json and items.csv."
}
