import Foundation
import Testing

/// `streamgauge sprints` gives the same numbers from every shipped sample format wherever the formats carry the
/// same information (issue #7): the samples are one simulation written as a Jira CSV, XML, site backup and REST
/// JSON pages.
///
/// - The site backup and the REST JSON both carry the Sprint field's change history and the sprints' own dates
///   and states, so every number of every sprint must agree.
/// - The CSV and the XML carry neither: both fall back to the configured sprint calendar and to "created before
///   the start". They differ only where the CSV knows more: Claims does not set a resolution, and only the CSV's
///   `Status Category Changed` says when its items were done. For Payments and Onboarding, which set one, every
///   number must agree.
@Suite struct SprintFormatAgreementTests {
    static let samples = CLI.packageRoot.appendingPathComponent("SampleExports")

    /// The `sprints` rows of one run, by sprint name.
    static func sprints(_ exports: [String]) throws -> [String: [String: Any]] {
        let out = try CLI.scratchFolder().appendingPathComponent("sprints")
        let inputs = exports.map { samples.appendingPathComponent($0).path }
        let config = samples.appendingPathComponent("streamgauge.yml").path
        let result = try CLI.run(
            ["sprints"] + inputs + ["--config", config, "--last", "20", "--format", "json", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let rows = try #require(json["sprints"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["sprint"] as? String).map { ($0, row) } })
    }

    /// The fields of a row that differ from `other`'s, with both values, for a readable failure.
    static func differences(_ row: [String: Any], _ other: [String: Any]) -> [String] {
        Set(row.keys).union(other.keys).sorted().compactMap { key in
            let left = row[key].map { "\($0)" } ?? "absent"
            let right = other[key].map { "\($0)" } ?? "absent"
            return left == right ? nil : "\(key): \(left) vs \(right)"
        }
    }

    @Test func siteBackupAndRESTJSONAgreeOnEverySprint() throws {
        let backup = try Self.sprints(["jira-backup/entities.xml"])
        let json = try Self.sprints([
            "jira-rest-json/page-001.json", "jira-rest-json/page-002.json", "jira-rest-json/page-003.json",
        ])
        // Three teams, ten or eleven sprints each up to the export (PAY 12–21, ONB 31–41, CLM 5–14), less the
        // ones that had no item yet.
        #expect(backup.count >= 25)
        #expect(Set(backup.keys) == Set(json.keys))
        for (name, row) in backup {
            let other = try #require(json[name])
            #expect(Self.differences(row, other).isEmpty, "\(name): \(Self.differences(row, other))")
            #expect(row["datesFrom"] as? String == "data", "\(name)")
        }
        // Both carry the sprint-change history, so removals are known: the simulation takes some items out
        // of their sprint when they go back to To Do.
        #expect(backup.values.contains { ($0["removed"] as? Int ?? 0) > 0 })
    }

    @Test func csvAndXMLAgreeForTheTeamsThatSetAResolution() throws {
        let csv = try Self.sprints(["jira-cloud-export.csv"])
        let xml = try Self.sprints(["jira-cloud-export.xml"])
        #expect(Set(csv.keys) == Set(xml.keys))
        let compared = csv.filter { $0.value["team"] as? String != "Claims" }
        #expect(compared.count >= 15)
        for (name, row) in compared {
            let other = try #require(xml[name])
            #expect(Self.differences(row, other).isEmpty, "\(name): \(Self.differences(row, other))")
            #expect(row["datesFrom"] as? String == "config", "\(name)")
        }
    }
}
