import Foundation
import Testing

@testable import FlowReport

@Suite struct HTMLRendererTests {
    let html = HTMLRenderer().render(ReportFixture.report())

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func everySectionHasItsHeading() {
        for section in HTMLSection.allCases {
            #expect(html.contains("<section id=\"\(section.rawValue)\""), "\(section.rawValue)")
            #expect(html.contains(">\(section.title)</h2>"), "\(section.title)")
        }
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"))
    }

    @Test func everyChartIsOneSVGWithATextAlternativeAndItsNumbers() {
        let figures = count("<figure class=\"chart\">", in: html)
        // Trends 3, distribution 1, cumulative flow 1, flow time 2, stages 1, time in status 1, load 1,
        // aging 1, teams 2, business stream 2: 15.
        #expect(figures == 15)
        #expect(count("<svg ", in: html) == figures)
        #expect(count("<svg viewBox=\"0 0 480 ", in: html) == figures)
        #expect(count("role=\"img\" aria-label=\"", in: html) >= figures)
        #expect(count("<summary>Numbers</summary>", in: html) == figures)
    }

    @Test func pageIsSelfContained() {
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
    }

    @Test func exportTextIsEscapedEverywhere() {
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; a | b *c*"))
        #expect(html.contains("=HYPERLINK(\"x\")"))
        // In the aging chart's tooltip and in attributes nothing raw gets through either.
        #expect(!html.contains("<script>"))
        #expect(html.contains("<title>PAY-31 · &lt;script&gt;"))
        let attack = HTMLRenderer().render(titled("\"><img src=x onerror=alert(1)>"))
        #expect(!attack.contains("<img"))
        #expect(attack.contains("<h1 dir=\"auto\">\"&gt;&lt;img src=x onerror=alert(1)&gt;</h1>"))
    }

    @Test func exportTextInAttributesIsEscaped() {
        var report = ReportFixture.report()
        report.stages[3].name = "Re\"view' onmouseover=\"x"
        let page = HTMLRenderer().render(report)
        // The stage name reaches the chart's aria-label attribute with its quotes as entities.
        #expect(page.contains("Re&quot;view&#39; onmouseover=&quot;x 9.5"))
        // Text content may keep the quotes; no tag may gain the attribute.
        let tags = page.split(separator: "<").map { $0.prefix { $0 != ">" } }
        #expect(tags.contains { $0.contains("onmouseover=&quot;x") })
        #expect(!tags.contains { $0.contains("onmouseover=\"") })
    }

    private func titled(_ title: String) -> Report {
        var report = ReportFixture.report()
        report.title = title
        return report
    }

    @Test func sectionsWithoutDataSayWhy() {
        let empty = HTMLRenderer().render(ReportFixture.empty())
        for reason in [
            "No weeks to show", "No cumulative flow diagram", "no flow time to show", "No time in stage",
            "No time per status", "Nothing is in progress", "The data names no teams",
            "No business value stream is configured", "The data names no sprints", "No forecast",
            "Nothing was discarded",
        ] {
            #expect(empty.contains(reason), "\(reason)")
        }
        #expect(!empty.contains("<svg"))
    }

    @Test func agingTableIsCappedAtFiftyRows() {
        let page = HTMLRenderer().render(ReportFixture.large(items: 2_000))
        // 200 aging rows: 50 shown, 150 counted.
        #expect(count("<td>OLD-", in: page) == 50)
        #expect(page.contains("+150 more in report.json"))
    }

    @Test func pageStaysUnderTwoMegabytesForAHundredThousandItems() {
        let page = HTMLRenderer().render(ReportFixture.large(items: 100_000))
        #expect(page.utf8.count < 2_000_000)
        #expect(!page.contains("BIG-99999<"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        #expect(html == HTMLRenderer().render(ReportFixture.report()))
    }
}
