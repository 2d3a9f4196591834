import Foundation
import Testing

/// `explain` and `forecast` on inputs whose answers were worked out by hand.
@Suite struct ExplainAndForecastTests {
    static let story = CLI.fixtures.appendingPathComponent("one-story.json").path
    static let config = CLI.fixtures.appendingPathComponent("one-story.yml").path

    /// PAY-7: created 11-02 09:15; To Do → In Progress 11-03 10:00; → In Review 11-07 22:00; → Done 11-10 10:00
    /// (the changelog lists these newest first). Flow start 11-03 10:00, flow end 11-10 10:00: flow time 7.0 days;
    /// lead time 8 days 45 minutes = 8.03125 days; active (Development) 4.5 days; wait (Review) 2.5 days;
    /// efficiency 4.5 / 7 = 64 %.
    @Test func explainShowsHowEveryNumberWasDerived() throws {
        let result = try CLI.run(["explain", Self.story, "--config", Self.config, "--item", "pay-7"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = [
            "  2026-11-03 10:00  To Do → In Progress",
            "  2026-11-07 22:00  In Progress → In Review",
            "  2026-11-10 10:00  In Review → Done",
            "  Development (active, status In Progress): 2026-11-03 10:00 → 2026-11-07 22:00  4.50 d",
            "Flow start: 2026-11-03 10:00  — first entry into an active or wait stage",
            "Flow end:   2026-11-10 10:00  — last entry into a done stage from a stage that is not done",
            "Flow time:  7.00 days = flow end − flow start",
            "Lead time:  8.03 days = flow end − created",
            "Active:     4.50 d in active stages between flow start and flow end (Development 4.50 d)",
            "Wait:       2.50 d in wait stages between flow start and flow end (Review 2.50 d)",
            "Flow efficiency of this item: 64 %",
        ]
        for line in expected { #expect(result.stdout.contains(line + "\n"), "missing: \(line)") }
    }

    @Test func theReportCountsWhatExplainShows() throws {
        let out = try CLI.scratchFolder()
        let result = try CLI.run(
            [
                "report", Self.story, "--config", Self.config, "--from", "2026-11-09", "--to", "2026-11-15", "--out",
                out.path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        #expect(json["history"] as? String == "full")
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(item["started"] as? String == "2026-11-03T10:00:00Z")
        #expect(item["done"] as? String == "2026-11-10T10:00:00Z")
        #expect(item["flowTimeDays"] as? Double == 7.0)
        #expect(item["leadTimeDays"] as? Double == 8.03125)
        #expect(item["activeDays"] as? Double == 4.5)
        #expect(item["waitDays"] as? Double == 2.5)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["velocity"] as? Int == 1)
        #expect(summary["flowEfficiency"] as? Double == 4.5 / 7)
    }

    @Test func explainNamesAnUnknownKey() throws {
        let result = try CLI.run(["explain", Self.story, "--item", "NOPE-1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: no item 'NOPE-1' in the exports; keys look like PAY-7"))
    }

    @Test func forecastIsDeterministicAndAnswersBothQuestions() throws {
        let sample = ReportEndToEndTests.sampleCSV.path
        let config = ReportEndToEndTests.sampleConfig.path
        let first = try CLI.run(["forecast", sample, "--config", config, "--items", "40"])
        let second = try CLI.run(["forecast", sample, "--config", config, "--items", "40"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("40 items delivered, counting from 2026-11-16, by\n  50 %: 2026-"))
        let byDate = try CLI.run(["forecast", sample, "--config", config, "--by", "2026-12-31"])
        #expect(byDate.stdout.contains("Items delivered from 2026-11-16 to 2026-12-31\n  50 %: "))
        // A team no item belongs to is a warning naming the teams there are.
        let misspelt = try CLI.run(["forecast", sample, "--config", config, "--items", "40", "--team", "Paymnts"])
        #expect(
            misspelt.stderr.contains(
                "warning: no items belong to the team asked for: Paymnts; teams in the data: Claims, Onboarding, Payments"
            ))
        #expect(misspelt.stdout == "No forecast: nothing was delivered in the weeks it would resample.\n")
        // A negative count is refused as a number, not taken for an option.
        let negative = try CLI.run(["forecast", sample, "--items", "-3"])
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("--items must be a positive number"))
        let neither = try CLI.run(["forecast", sample])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("give either --items N or --by DATE"))
    }
}
