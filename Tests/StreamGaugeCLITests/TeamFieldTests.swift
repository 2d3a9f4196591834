import Foundation
import Testing

/// A team rule that reads a field: the import keeps that field (and only the fields rules need).
@Suite struct TeamFieldTests {
    private func teams(config: String?) throws -> [String] {
        let folder = try CLI.scratchFolder()
        var arguments = [
            "report", ReportEndToEndTests.sampleCSV.path, "--out", folder.appendingPathComponent("out").path,
        ]
        if let config {
            let file = folder.appendingPathComponent("streamgauge.yml")
            try config.write(to: file, atomically: true, encoding: .utf8)
            arguments += ["--config", file.path]
        }
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(folder.appendingPathComponent("out/report.json"))
        let teams = try #require(json["teams"] as? [[String: Any]])
        return teams.compactMap { $0["name"] as? String }
    }

    @Test func aTeamFieldRuleReadsTheKeptField() throws {
        // The sample's `Custom field (Team)` holds Claims, Onboarding and Payments; by default teams are the
        // project keys CLM, ONB and PAY.
        #expect(try teams(config: nil) == ["CLM", "ONB", "PAY"])
        #expect(try teams(config: "teams:\n  by: field\n  field: Team\n") == ["Claims", "Onboarding", "Payments"])
        // The field as the CSV's header names it.
        #expect(try teams(config: "teams:\n  by: Custom field (Team)\n") == ["Claims", "Onboarding", "Payments"])
    }

    @Test func aTeamFieldNoItemHasIsNoted() throws {
        // `components` (as in a business step's match) is no team rule: read as a field that no item has.
        let folder = try CLI.scratchFolder()
        let file = folder.appendingPathComponent("streamgauge.yml")
        try "teams:\n  by: components\n".write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run([
            "report", ReportEndToEndTests.sampleCSV.path, "--config", file.path, "--out", out.path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let notes = try #require(json["notes"] as? [String])
        #expect(
            notes.contains(
                "No item has the field 'components' that the configuration's teams: by: names, so every item is in "
                    + "'No team'. Expected project, component, label or a field of the export (such as Team)."))
    }

    @Test func aLabelRuleReadsTheLabelsAReportOtherwiseSkips() throws {
        // A report reads no labels unless the configuration matches them: by label, the sample's teams are its
        // items' first labels among these, and the items without one of them are "No team".
        let teams = try teams(config: "teams:\n  by: label\n  labels: [claims, onboarding, payments]\n")
        #expect(teams == ["No team", "claims", "onboarding", "payments"])
    }
}
