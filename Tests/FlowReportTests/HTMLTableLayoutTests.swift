import Testing

@testable import FlowReport

/// The HTML tables that must fit 1280 px without scrolling: the teams' distribution as a small bar with one
/// wrapping part per type, sprints grouped by team with dates that break only between days, forecast questions
/// that break only between words.
@Suite struct HTMLTableLayoutTests {
    let html = HTMLRenderer().render(ReportFixture.report())

    /// The part of the page inside `<section id="id">`.
    func section(_ id: String, of page: String) throws -> Substring {
        let start = try #require(page.range(of: "<section id=\"\(id)\""))
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        return page[start.lowerBound..<end.upperBound]
    }

    @Test func teamDistributionIsABarAndOnePartPerType() throws {
        let teams = try section("teams", of: html)
        // Onboarding delivered Feature 50 % and Defect 50 %: two segments of 50 %, Feature blue and Defect
        // vermillion as in every chart, then the two parts, each with its swatch.
        #expect(
            teams.contains(
                "<td class=\"mix\"><span class=\"shares\" aria-hidden=\"true\">"
                    + "<span style=\"width:50%;--swatch:#0072B2\"></span><span style=\"width:50%;--swatch:#D55E00\"></span>"
                    + "</span><span class=\"part\"><span class=\"swatch\" style=\"--swatch:#0072B2\"></span>Feature 50%</span> "
                    + "<span class=\"part\"><span class=\"swatch\" style=\"--swatch:#D55E00\"></span>Defect 50%</span></td>"
            ))
        // Payments: 2 of 3 Feature, 1 of 3 Defect → segments 66.7 % and 33.3 % wide, labelled 67% and 33%.
        #expect(teams.contains("<span style=\"width:66.7%;--swatch:#0072B2\"></span>"))
        #expect(teams.contains("</span>Feature 67%</span> <span class=\"part\">"))
        // Types with no share (Risk, Debt) get neither a segment nor a part; no cell is the old joined text.
        #expect(!teams.contains("Risk 0%"))
        #expect(!teams.contains("Feature 50% · Defect 50%"))
    }

    @Test func anEmptyDistributionIsADash() throws {
        var report = ReportFixture.report()
        report.teamRows[0].summary.distribution = [:]
        let teams = try section("teams", of: HTMLRenderer().render(report))
        #expect(teams.contains("<td>—</td></tr>"))
    }

    @Test func sprintsAreGroupedByTeamWithBreakableDates() throws {
        let sprints = try section("sprints", of: html)
        // The fixture's sprints: Payments' first, then Onboarding's; their dates came from the data and the
        // items, so each row says where.
        #expect(
            sprints.contains(
                "<tr class=\"group\"><th colspan=\"11\" scope=\"rowgroup\">Payments</th></tr><tr><td>PAY Sprint 12</td>"
            ))
        #expect(sprints.contains("<tr class=\"group\"><th colspan=\"11\" scope=\"rowgroup\">Onboarding</th></tr>"))
        #expect(!sprints.contains("<th scope=\"col\">Team</th>"))
        #expect(
            sprints.contains(
                "<td class=\"pieces\"><span>2026-11-02 –</span> <span>2026-11-13</span> <span>(data)</span></td>"))
        // An unknown end stays a dash.
        #expect(sprints.contains("<td class=\"pieces\"><span>2026-11-09 –</span> <span>—</span> <span>(items)</span>"))
        #expect(sprints.contains("<th scope=\"col\">Dates (from)</th>"))
    }

    @Test func oneDateSourceIsSaidOnceUnderTheSprints() throws {
        var report = ReportFixture.report()
        report.sprints[1].datesFrom = "data"
        let sprints = try section("sprints", of: HTMLRenderer().render(report))
        #expect(sprints.contains("<th scope=\"col\">Dates</th>"))
        #expect(!sprints.contains("(data)"))
        #expect(sprints.contains("<p class=\"more\">Every sprint's dates come from the data.</p>"))
    }

    @Test func forecastQuestionsBreakOnlyBetweenWords() throws {
        let forecast = try section("forecast", of: html)
        #expect(
            forecast.contains(
                "<td class=\"pieces\"><span>Items</span> <span>done</span> <span>by</span> <span>2026-12-06</span> "
                    + "<span>(2</span> <span>weeks)</span></td><td class=\"num\">10</td>"))
    }

    @Test func aWideNumbersTableTakesTheGridsWholeRow() throws {
        // The cumulative flow's numbers have a day column and five stages (six columns): they fit a chart's column.
        #expect(try section("cumulative-flow", of: html).contains("<figure class=\"chart\">"))
        var report = ReportFixture.report()
        let flow = try #require(report.cumulativeFlow)
        report.cumulativeFlow = CumulativeFlow(
            days: flow.days, stages: flow.stages + ["Test", "Deploy"], counts: flow.counts.map { $0 + [1, 1] })
        // Seven stages make eight columns, more than the six a chart's column holds.
        #expect(
            try section("cumulative-flow", of: HTMLRenderer().render(report)).contains("<figure class=\"chart wide\">"))
    }

    @Test func theHistogramNamesItsAxis() throws {
        #expect(try section("flow-time", of: html).contains("class=\"unit\">days of flow time</text>"))
    }

    @Test func comparisonsNameThePreviousPeriodAsTheCardsDo() throws {
        // A weekly report compares with last week; the lead says so in the cards' words.
        #expect(html.contains("<p class=\"lead\">Last week is the period of the window's length before it;"))
        var report = ReportFixture.report()
        report.previous?.days = 14
        report.summary.days = 14
        #expect(HTMLRenderer().render(report).contains("<p class=\"lead\">Previous 14 days is the period"))
    }
}
