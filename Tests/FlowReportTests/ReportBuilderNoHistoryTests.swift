import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation
import Testing

/// A report from a CSV export alone: nothing that needs history is invented (SPEC §4, last paragraph).
@Suite struct ReportBuilderNoHistoryTests {
    static let claimsOnly: Dataset = {
        var dataset = ReportBuilderDataset.dataset
        dataset.items = dataset.items.filter { $0.key.hasPrefix("CLM") }
        dataset.items[0].timeInStatus = [
            StatusTime(statusID: "3", timesEntered: 1, seconds: 2 * 86_400),
            StatusTime(statusID: "10001", timesEntered: 2, seconds: 86_400),
        ]
        dataset.items[1].timeInStatus = [StatusTime(statusID: "3", timesEntered: 1, seconds: 4 * 86_400)]
        dataset.statusNames = ["3": "In Progress"]
        // The category of a status the chart names comes from the items now in it, as a CSV export gives it.
        dataset.statusCategories = ["In Progress": .inProgress]
        dataset.sources = [dataset.sources[1]]
        return dataset
    }()

    static let report = ReportBuilder(valueStream: ValueStream(), generatedAt: ReportBuilderDataset.d(30))
        .build(claimsOnly, window: .week(ReportBuilderDataset.week47))

    @Test func onlyLeadTimeAndVelocityAreComputed() {
        let summary = Self.report.summary
        // CLM-1 resolved d3 (lead 6), CLM-2 category changed to Done d6.5 (lead 8).
        #expect(summary.velocity == 2)
        #expect(summary.leadTime == Percentiles(p50: 6, p85: 8, p95: 8, mean: 7, count: 2))
        #expect(summary.flowTime == nil)
        #expect(summary.flowEfficiency == nil)
        #expect(summary.load == nil)
        #expect(summary.distributionInProgress == [:])
        // Without a flow start, whether discarded items had started, and for how long, is unknown: null.
        #expect(Self.report.discarded.afterStart == nil)
        #expect(Self.report.discarded.daysSpent == nil)
        #expect(Self.report.history == HistoryLevel.none)
        // Time in stage from Time in Status: id 3 (In Progress → the In Progress stage) over CLM-1 (2 days) and
        // CLM-2 (4 days): p50 rank 1 → 2, p85 rank ⌈1.7⌉ = 2 → 4, total 6; id 10001 has no name and is left out.
        #expect(Self.report.stages.map(\.items) == [0, 2, 0])
        #expect(Self.report.stages.map(\.p50Days) == [nil, 2, nil])
        #expect(Self.report.stages.map(\.p85Days) == [nil, 4, nil])
        #expect(Self.report.stages.map(\.totalDays) == [0, 6, 0])
        #expect(Self.report.cumulativeFlow == nil)
        #expect(Self.report.durationBasis == "lead time")
        #expect(Self.report.agingFlowTime == nil)
    }

    @Test func timeInStageSaysItComesFromTimeInStatus() {
        let markdown = MarkdownRenderer().render(Self.report)
        let html = HTMLRenderer().render(Self.report)
        for text in [markdown, html] {
            #expect(text.contains("these come from Jira's"))
            #expect(text.contains("leaves out the stay an item is still in"))
        }
    }

    @Test func theReportSaysWhatIsMissingAndWhy() {
        let capabilities = Self.report.capabilities
        #expect(
            capabilities.first
                == "These exports carry no status history: flow time, flow efficiency, flow load over time and "
                + "cumulative flow need one (a Jira backup, or REST JSON with its changelog).")
        #expect(capabilities.contains { $0.hasSuffix("time in stage comes from it too, for the ids it could name.") })
        #expect(
            capabilities.contains(
                "Lead time runs from created to resolved (or to Status Category Changed for Done items without a "
                    + "resolved date)."))
        #expect(capabilities.contains { $0.hasPrefix("Aging counts from when an item entered the In Progress") })
    }

    @Test func loadIsByCategoryAndAgingFromTheCategoryChange() {
        // Default mapping: CLM-3 and CLM-4 are In Progress, CLM-1 and CLM-2 Done.
        #expect(Self.report.loadByCategory.map(\.count) == [0, 2, 2])
        // CLM-3 entered In Progress at d2: 5 days at the window's end (d7); CLM-4 has no date, so no age.
        #expect(Self.report.aging.map(\.key) == ["CLM-3"])
        #expect(Self.report.aging.map(\.ageDays) == [5])
        #expect(Self.report.aging.map(\.beyond) == [nil])
    }

    @Test func timeInStatusComesFromTheChartFieldOfDeliveredItems() {
        // Status 3 (In Progress): CLM-1 2 days, CLM-2 4 days → p50 rank 1 → 2, p85 rank 2 → 4, total 6.
        // Status 10001, never named: CLM-1 1 day.
        #expect(
            Self.report.timeInStatus == [
                StatusTimeRow(status: "In Progress", items: 2, p50Days: 2, p85Days: 4, totalDays: 6),
                StatusTimeRow(status: "status 10001", items: 1, p50Days: 1, p85Days: 1, totalDays: 1),
            ])
    }

    @Test func theHistogramAndScatterUseLeadTime() {
        // Lead times 6 and 8 fit 1-day bins from 0 to 9: bins [6, 7) and [8, 9) hold one each.
        let histogram = Self.report.histogram
        #expect(histogram.count == 9)
        #expect(histogram.map(\.count) == [0, 0, 0, 0, 0, 0, 1, 0, 1])
        #expect(Self.report.scatter.map(\.days) == [6, 8])
    }
}
