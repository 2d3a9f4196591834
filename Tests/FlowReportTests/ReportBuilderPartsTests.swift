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
}
