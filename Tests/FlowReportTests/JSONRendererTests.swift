import Foundation
import Testing

@testable import FlowReport

@Suite struct JSONRendererTests {
    @Test func fixtureMatchesSnapshot() {
        Snapshot.expect(JSONRenderer().render(ReportFixture.report()), matches: "report.json")
    }

    @Test func outputIsValidJSONAndByteIdenticalAcrossRuns() throws {
        let first = JSONRenderer().render(ReportFixture.report())
        #expect(first == JSONRenderer().render(ReportFixture.report()))
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        let document = try #require(parsed)
        #expect(document["schema"] as? String == "streamgauge.report/1")
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == ReportFixture.items.count)
        // Titles survive the round trip unchanged.
        #expect(items[1]["title"] as? String == ReportFixture.hostileTitle)
        #expect(items[2]["title"] as? String == ReportFixture.formulaTitle)
    }

    @Test func keysFollowTheSpecOrder() throws {
        let text = JSONRenderer().render(ReportFixture.report())
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { line in
            String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(
            topLevel == [
                "schema", "title", "generatedAt", "window", "history", "sources", "teamNames", "capabilities",
                "summary",
                "previous", "baseline", "verdicts", "flowItems", "weeks", "stages", "bottleneck", "loadByCategory",
                "statuses", "timeInStatus", "aging", "agingFlowTime", "cumulativeFlow", "durationBasis", "scatter",
                "histogram", "discarded", "teams",
                "businessSteps", "sprints", "forecast", "notes", "stageNames", "items",
            ])
    }

    @Test func missingValuesAreNullAndKeysAreAlwaysPresent() throws {
        let text = JSONRenderer().render(ReportFixture.empty())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["previous", "baseline", "bottleneck", "cumulativeFlow", "forecast", "agingFlowTime"] {
            #expect(document[key] is NSNull, "\(key) should be null")
        }
        let summary = try #require(document["summary"] as? [String: Any])
        for key in ["flowTime", "leadTime", "flowEfficiency", "load", "velocityPerWeek"] {
            #expect(summary[key] is NSNull, "summary.\(key) should be null")
        }
        #expect(summary["velocity"] as? Int == 0)
        let item = try #require((document["items"] as? [[String: Any]])?.first)
        for key in ["created", "started", "done", "flowTimeDays", "leadTimeDays", "activeDays", "waitDays"] {
            #expect(item[key] is NSNull, "items[0].\(key) should be null")
        }
        #expect((item["stageEntries"] as? [String: Any])?["Backlog"] is NSNull)
        #expect(
            document["window"] as? [String: String] == [
                "from": "2026-11-16", "to": "2026-11-22", "timezone": "Europe/Berlin",
            ])
    }

    @Test func nonFiniteNumbersBecomeNull() throws {
        var report = ReportFixture.empty()
        report.summary.flowEfficiency = .nan
        report.summary.load = Load(end: 0, average: .infinity)
        let text = JSONRenderer().render(report)
        #expect(text.contains("\"flowEfficiency\": null"))
        #expect(text.contains("\"average\": null"))
        #expect(!text.contains("nan") && !text.contains("inf"))
    }
}
