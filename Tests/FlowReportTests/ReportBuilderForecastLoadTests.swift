import FlowMapping
import FlowModel
import Foundation
import Testing

@testable import FlowReport

/// "When the current load is done" answers only for a load the data gives: unknown without status history
/// (the JSON says null), nothing to answer when nothing is in progress, and the same in every output.
@Suite struct ReportBuilderForecastLoadTests {
    /// The claims items alone: a CSV export, no history (see ``ReportBuilderNoHistoryTests``).
    static let noHistory = ReportBuilderNoHistoryTests.report

    /// PAY-1, PAY-2 and PAY-3 only: all three done by d2.5, so nothing is in progress at the end of W47.
    static let allDone: Report = {
        var dataset = ReportBuilderDataset.dataset
        dataset.items = dataset.items.filter { ["PAY-1", "PAY-2", "PAY-3"].contains($0.key) }
        dataset.sources = [dataset.sources[0]]
        return ReportBuilder(valueStream: ReportBuilderDataset.stream, generatedAt: ReportBuilderDataset.d(30))
            .build(dataset, window: .week(ReportBuilderDataset.week47))
    }()

    @Test func withoutHistoryTheLoadIsUnknownAndNotForecast() throws {
        // CLM-1 (d3) and CLM-2 (d6.5) were delivered in the basis, so there is a forecast; CLM-3 is in progress
        // at export time, yet how many were in progress at the window's end cannot be known.
        let forecast = try #require(Self.noHistory.forecast)
        #expect(forecast.howMany.count == 2)
        #expect(forecast.inProgress == nil)
        #expect(forecast.whenDone.isEmpty)
        #expect(forecast.whenDoneNote == ReportBuilder.unknownLoad)
        // The aging rows still list CLM-3: the forecast does not take their count for the load.
        #expect(Self.noHistory.aging.map(\.key) == ["CLM-3"])
    }

    @Test func withHistoryTheLoadAtTheEndIsForecast() throws {
        // PAY-4 and ONB-2 are in the load at the end of d7, and CLM-3 (no history, partial data) ages from d2:
        // the three aging rows.
        let forecast = try #require(ReportBuilderDataset.report().forecast)
        #expect(forecast.inProgress == 3)
        #expect(forecast.whenDone.map(\.label) == ["The 3 items in progress at the window's end, all done by"])
        #expect(forecast.whenDoneNote == nil)
    }

    @Test func nothingInProgressIsSaidNotForecastAsZero() throws {
        let forecast = try #require(Self.allDone.forecast)
        #expect(Self.allDone.aging.isEmpty)
        #expect(forecast.inProgress == 0)
        #expect(forecast.whenDone.isEmpty)
        #expect(forecast.whenDoneNote == ReportBuilder.nothingInProgress)
    }

    @Test func everyOutputSaysTheLoadIsUnknown() throws {
        let note = ReportBuilder.unknownLoad
        let markdown = MarkdownRenderer().render(Self.noHistory)
        #expect(markdown.contains("**When the current load is done:** _\(MarkdownEscaping.inline(note))_\n"))
        #expect(!markdown.contains("in progress at the window's end, all done by"))

        let html = HTMLRenderer().render(Self.noHistory)
        #expect(
            html.contains(
                "<h3>When the current load is done</h3><p class=\"absent\">\(HTMLEscaping.text(note))</p></section>"))
        #expect(!html.contains("in progress at the window&#39;s end, all done by"))
        #expect(!html.contains("in progress at the window's end, all done by"))

        let json = JSONRenderer().render(Self.noHistory)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let forecast = try #require(document["forecast"] as? [String: Any])
        #expect(forecast["inProgress"] is NSNull)
        #expect(forecast["whenDone"] is NSNull)
        #expect(forecast["whenDoneNote"] as? String == note)
        #expect((forecast["howMany"] as? [Any])?.count == 2)
    }

    @Test func aKnownEmptyLoadIsZeroWithNoRowsInJSON() throws {
        let json = JSONRenderer().render(Self.allDone)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let forecast = try #require(document["forecast"] as? [String: Any])
        #expect(forecast["inProgress"] as? Int == 0)
        #expect((forecast["whenDone"] as? [Any])?.isEmpty == true)
        #expect(forecast["whenDoneNote"] as? String == ReportBuilder.nothingInProgress)
    }
}
