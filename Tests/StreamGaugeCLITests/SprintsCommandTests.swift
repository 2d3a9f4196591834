import Foundation
import Testing

/// `streamgauge sprints` run as a user runs it on the shipped CSV sample and its configuration.
///
/// The expected numbers were worked out independently of StreamGauge with a short Python script over the
/// CSV: sprint dates from the configuration (Europe/Berlin whole days), an item in a sprint when it lists it,
/// committed when created by the end of the sprint's first day (its planning day), added when created later while
/// it ran; completed when Done with a
/// resolution other than Won't Do/Duplicate and resolved (else Status Category Changed) inside the sprint;
/// carried over when not completed and in a later sprint. The CSV has no sprint-change history.
@Suite struct SprintsCommandTests {
    static let sampleCSV = CLI.packageRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv")
    static let sampleConfig = CLI.packageRoot.appendingPathComponent("SampleExports/streamgauge.yml")

    /// A row's numbers as the JSON gives them (to nine decimals), in the order the test compares them.
    static func numbers(_ row: [String: Any]) -> [Double?] {
        [
            "committed", "added", "removed", "completed", "notCompleted", "carriedOver", "sayDo", "pointsCommitted",
            "pointsCompleted",
        ].map { (row[$0] as? NSNumber).map { ($0.doubleValue * 1e9).rounded() / 1e9 } }
    }

    @Test func comparesTheLastSprintsOfThreeTeams() throws {
        let out = try CLI.scratchFolder().appendingPathComponent("sprints")
        let result = try CLI.run([
            "sprints", Self.sampleCSV.path, "--config", Self.sampleConfig.path, "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["report.html", "report.md", "report.json", "items.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let sprints = try #require(json["sprints"] as? [[String: Any]])
        // Six per team (the default --last), the newest that started by the data's last day (2026-11-20):
        // ONB Sprint 40 started 2026-11-18 and is in; ONB Sprint 41 (2026-12-02) is not.
        #expect(sprints.count == 18)
        #expect(sprints.compactMap { $0["team"] as? String }.filter { $0 == "Claims" }.count == 6)
        let byName = Dictionary(
            uniqueKeysWithValues: sprints.compactMap { row in
                (row["sprint"] as? String).map { ($0, row) }
            })
        let claims = try #require(byName["CLM Sprint 13"])
        #expect(claims["team"] as? String == "Claims")
        #expect(claims["start"] as? String == "2026-11-09")
        #expect(claims["end"] as? String == "2026-11-22")
        #expect(claims["datesFrom"] as? String == "config")
        // 13 committed (a fourteenth, CLM-927, lists the sprint but was done on 13 October, before it started; 4 of
        // the 13 were created on the first day, 9 November), 4 added, none removed (unknown without history), 12
        // completed, 5 not, none carried (no later sprint lists them), say/do 12 ÷ 13, points 37 committed and 26
        // completed.
        #expect(Self.numbers(claims) == [13, 4, 0, 12, 5, 0, 0.923076923, 37, 26])
        let onboarding = try #require(byName["ONB Sprint 40"])
        #expect(onboarding["team"] as? String == "Onboarding")
        // Say/do 3 ÷ 12.
        #expect(Self.numbers(onboarding) == [12, 2, 0, 3, 11, 0, 0.25, 35.5, 6.5])
        let payments = try #require(byName["PAY Sprint 19"])
        #expect(payments["team"] as? String == "Payments")
        // Say/do 9 ÷ 14; 4 of the 6 not completed are in PAY Sprint 20.
        #expect(Self.numbers(payments) == [14, 1, 0, 9, 6, 4, 0.642857143, 29, 22])
        #expect(payments["flowTimeP85"] is NSNull, "a CSV export has no history, so flow time is unknown")

        let window = try #require(json["window"] as? [String: Any])
        // From the first kept sprint's start (CLM Sprint 8, 2026-08-31) to the data's last day.
        #expect(window["from"] as? String == "2026-08-31")
        #expect(window["to"] as? String == "2026-11-20")
        let notes = try #require(json["notes"] as? [String])
        #expect(notes.contains { $0.contains("no sprint-change history") })
        let markdown = try CLI.read(out.appendingPathComponent("report.md"))
        #expect(markdown.contains("| Payments | PAY Sprint 19 |"))
    }

    @Test func sprintChangeHistoryAndSprintDatesFromJiraJSON() throws {
        // Fixtures/sprint-history.json: ABC Sprint 7 ran 4 March 08:00 – 15 March 16:00 (completed), ABC Sprint 8
        // from 18 March. ABC-1 (3 points) was put in S7 on 1 March and went In Progress 5 March → Done 8 March
        // (flow time 3 days); ABC-2 was put in on 1 March and taken out on 6 March; ABC-3 was put in on 7 March
        // (after the start), started 11 March and moved on into S8 when S7 closed. S7: committed 2 (ABC-1,
        // ABC-2), added 1, removed 1, completed 1, not completed 1 (ABC-3), carried over 1, say/do 1 ÷ 2, points
        // 3 and 3, flow time p85 3. S8: ABC-3 committed, not completed; no item in it has points.
        let out = try CLI.scratchFolder().appendingPathComponent("sprints")
        let fixture = CLI.fixtures.appendingPathComponent("sprint-history.json")
        let result = try CLI.run(["sprints", fixture.path, "--format", "json", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let sprints = try #require(json["sprints"] as? [[String: Any]])
        #expect(sprints.compactMap { $0["sprint"] as? String } == ["ABC Sprint 7", "ABC Sprint 8"])
        let first = try #require(sprints.first)
        #expect(first["state"] as? String == "closed")
        #expect(first["start"] as? String == "2024-03-04")
        #expect(first["end"] as? String == "2024-03-15")
        #expect(first["datesFrom"] as? String == "data")
        #expect(Self.numbers(first) == [2, 1, 1, 1, 1, 1, 0.5, 3, 3])
        #expect(first["flowTimeP85"] as? Double == 3)
        let second = try #require(sprints.last)
        #expect(second["state"] as? String == "active")
        #expect(Self.numbers(second) == [1, 0, 0, 0, 1, 0, 0, nil, nil])
        let notes = try #require(json["notes"] as? [String])
        #expect(!notes.contains { $0.contains("no sprint-change history") })
    }

    @Test func teamAndLastNarrowTheSprints() throws {
        let out = try CLI.scratchFolder().appendingPathComponent("sprints")
        let result = try CLI.run([
            "sprints", Self.sampleCSV.path, "--config", Self.sampleConfig.path, "--team", "Payments", "--last", "2",
            "--format", "json", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let sprints = try #require(json["sprints"] as? [[String: Any]])
        #expect(sprints.compactMap { $0["sprint"] as? String } == ["PAY Sprint 19", "PAY Sprint 20"])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    }

    @Test func rejectsANonPositiveLast() throws {
        let result = try CLI.run(["sprints", Self.sampleCSV.path, "--last", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--last must be a positive number of sprints"))
    }
}
