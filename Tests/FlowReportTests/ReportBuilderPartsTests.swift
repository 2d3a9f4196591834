import FlowMapping
import FlowModel
import Foundation
import Testing

@testable import FlowReport

/// The builder's small helpers: key order, histogram buckets, sentence numbers.
@Suite struct ReportBuilderPartsTests {
    @Test func keysSortAsPeopleReadThem() {
        let keys = ["PAY-10", "ONB-2", "PAY-2", "PAY-007", "pay-1", "PAY-2a"]
        #expect(keys.sorted(by: KeyOrder.precedes) == ["ONB-2", "PAY-2", "PAY-2a", "PAY-007", "PAY-10", "pay-1"])
    }

    @Test func histogramBinsWidenToStayFew() {
        // Max 30 days: 1-day bins would need 31, 2-day 16, 5-day 7 → width 5: [0,5) [5,10) … [30,35).
        let bins = HistogramBins.bins([0, 4.9, 5, 30])
        #expect(bins.map(\.lowerDays) == [0, 5, 10, 15, 20, 25, 30])
        #expect(bins.map(\.count) == [2, 1, 0, 0, 0, 0, 1])
        #expect(HistogramBins.bins([]).isEmpty)
    }

    @Test func sentenceNumbersHaveOneDecimalAndNoNegativeZero() {
        #expect(ReportText.days(8.94) == "8.9")
        #expect(ReportText.days(-0.01) == "0.0")
        #expect(ReportText.percent(0.8095) == "81 %")
        #expect(ReportText.items(1) == "1 item")
    }
}

@Suite struct ReportBuilderEmptyTests {
    @Test func anEmptyDatasetGivesAnEmptyReportForTheWeekBeforeGeneration() {
        // Nothing in the data: "now" is the generation time, Wed 2026-11-25, so the window is W47.
        let report = ReportBuilder(valueStream: ValueStream(), generatedAt: Date.utc(year: 2026, month: 11, day: 25))
            .build(Dataset(), window: .automatic)
        #expect(report.window.from.description == "2026-11-16")
        #expect(report.summary.velocity == 0)
        #expect(report.items.isEmpty)
        #expect(report.forecast == nil)
        #expect(report.previous == nil)
        #expect(report.weeks.map(\.week) == ["2026-W47"])
        #expect(report.capabilities.first?.hasPrefix("The exports hold no items") == true)
        #expect(report.verdicts == ["Nothing was delivered in the window."])
    }
}

@Suite struct ReportBuilderHistogramLimitTests {
    @Test func absurdSpansStillGiveAFewBins() {
        // 100 000 days (a mistyped year) is past the widest preset width: width ⌈100 000 / 11⌉ = 9 091.
        let bins = HistogramBins.bins([1, 100_000])
        #expect(bins.count <= HistogramBins.maximumBins)
        #expect(bins.map(\.count).reduce(0, +) == 2)
    }

    @Test func scatterPointsSortByDoneDayThenDaysThenKey() {
        func point(_ key: String, _ day: Int, _ days: Double) -> ScatterPoint {
            ScatterPoint(key: key, done: Day(ordinal: day), days: days)
        }
        let points = [
            point("PAY-3", 20, 1.5), point("PAY-1", 18, 4), point("PAY-2", 20, 1.5), point("ONB-9", 20, 0.5),
            point("PAY-4", 18, 2),
        ]
        // Day 18: 2 days before 4; day 20: 0.5, then the two 1.5-day points by key.
        #expect(
            ReportBuilder.sortedByDoneDaysAndKey(points).map(\.key) == ["PAY-4", "PAY-1", "ONB-9", "PAY-2", "PAY-3"])
        // Days spread too far apart to lay out one by one are sorted by comparison, into the same order.
        let farApart = points + [point("CLM-1", 500_000, 1), point("CLM-2", -3, 9)]
        #expect(
            ReportBuilder.sortedByDoneDaysAndKey(farApart).map(\.key)
                == ["CLM-2", "PAY-4", "PAY-1", "ONB-9", "PAY-2", "PAY-3", "CLM-1"])
        #expect(ReportBuilder.sortedByDoneDaysAndKey([]).isEmpty)
    }
}
