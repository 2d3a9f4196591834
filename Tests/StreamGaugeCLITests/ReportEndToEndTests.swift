import Foundation
import Testing

/// `streamgauge report` run as a user runs it, on the shipped samples and the real exports.
@Suite struct ReportEndToEndTests {
    static let sampleCSV = CLI.packageRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv")
    static let sampleXML = CLI.packageRoot.appendingPathComponent("SampleExports/jira-cloud-export.xml")
    /// The samples' configuration: their CSV times are wall-clock times in Europe/Berlin.
    static let sampleConfig = CLI.packageRoot.appendingPathComponent("SampleExports/streamgauge.yml")

    @Test func sampleCSVGivesAllFourOutputs() throws {
        let out = try CLI.scratchFolder().appendingPathComponent("report")
        let result = try CLI.run(["report", Self.sampleCSV.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "quiet unless --verbose")

        let json = try CLI.json(out.appendingPathComponent("report.json"))
        #expect(json["schema"] as? String == "streamgauge.report/1")
        #expect(json["history"] as? String == "none")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 300)
        let window = try #require(json["window"] as? [String: Any])
        // The generator's data ends on Friday 2026-11-20, so the last complete week is 2026-W46.
        #expect(window["from"] as? String == "2026-11-09")
        #expect(window["to"] as? String == "2026-11-15")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect((summary["velocity"] as? Int ?? 0) > 0)
        #expect(summary["flowTime"] is NSNull, "a CSV export has no history, so flow time is unknown")
        let leadTime = try #require(summary["leadTime"] as? [String: Any])
        #expect((leadTime["p85"] as? Double ?? -1) >= (leadTime["p50"] as? Double ?? 0))

        let markdown = try CLI.read(out.appendingPathComponent("report.md"))
        #expect(markdown.contains("no status history"))
        #expect(markdown.contains("```mermaid"))
        #expect(!markdown.contains("<script>"))

        let html = try CLI.read(out.appendingPathComponent("report.html"))
        #expect(html.lowercased().hasPrefix("<!doctype html>"))
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=\"http"))

        let csv = try CLI.read(out.appendingPathComponent("items.csv"))
        #expect(csv.hasPrefix("key,title,type,flowItem,team,status,stage,outcome"))
        #expect(csv.contains("'=HYPERLINK"), "formula cells are neutralised")
    }

    /// The CSV and XML samples hold the same simulated issues. They carry the same information except that
    /// the XML export has no `Status Category Changed`, so a Done item without a resolved date (the Claims team
    /// sets no resolutions) has no known completion there. Every other number must agree.
    @Test func xmlOfTheSameDataGivesTheSameNumbers() throws {
        let folder = try CLI.scratchFolder()
        func report(_ input: URL, _ name: String, teams: [String] = []) throws -> [String: Any] {
            let out = folder.appendingPathComponent(name)
            let arguments = [
                "report", input.path, "--out", out.path, "--config", Self.sampleConfig.path, "--format", "json",
            ]
            let result = try CLI.run(arguments + teams.flatMap { ["--team", $0] })
            #expect(result.status == 0, "\(result.stderr)")
            return try CLI.json(out.appendingPathComponent("report.json"))
        }
        let fromCSV = try report(Self.sampleCSV, "csv")
        let fromXML = try report(Self.sampleXML, "xml")
        let csvItems = try #require(fromCSV["items"] as? [[String: Any]])
        let xmlItems = try #require(fromXML["items"] as? [[String: Any]])
        let xmlByKey = Dictionary(uniqueKeysWithValues: xmlItems.map { ($0["key"] as? String ?? "", $0) })
        #expect(csvItems.count == xmlItems.count)
        var unknownInXML: Set<String> = []
        for item in csvItems {
            let key = item["key"] as? String ?? ""
            let other = try #require(xmlByKey[key], "\(key) is missing from the XML report")
            for field in ["type", "flowItem", "team", "status", "stage", "created"] {
                #expect("\(item[field] ?? "")" == "\(other[field] ?? "")", "\(key).\(field)")
            }
            if other["done"] is NSNull, !(item["done"] is NSNull) {
                unknownInXML.insert(item["team"] as? String ?? "")
            } else {
                #expect("\(item["done"] ?? "")" == "\(other["done"] ?? "")", "\(key).done")
            }
        }
        #expect(unknownInXML == ["Claims"])

        let teams = ["Payments", "Onboarding"]
        let csvTeams = try report(Self.sampleCSV, "csv-teams", teams: teams)
        let xmlTeams = try report(Self.sampleXML, "xml-teams", teams: teams)
        for key in ["window", "summary", "weeks", "teams"] {
            let left = try JSONSerialization.data(withJSONObject: csvTeams[key] ?? NSNull(), options: [.sortedKeys])
            let right = try JSONSerialization.data(withJSONObject: xmlTeams[key] ?? NSNull(), options: [.sortedKeys])
            #expect(left == right, "\(key) differs between the CSV and XML exports of the same data")
        }
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let folder = try CLI.scratchFolder()
        for run in ["a", "b"] {
            #expect(
                try CLI.run(["report", Self.sampleCSV.path, "--out", folder.appendingPathComponent(run).path]).status
                    == 0)
        }
        for file in ["report.html", "report.md", "report.json", "items.csv"] {
            let first = try Data(contentsOf: folder.appendingPathComponent("a/\(file)"))
            let second = try Data(contentsOf: folder.appendingPathComponent("b/\(file)"))
            #expect(first == second, "\(file) differs between two runs")
        }
    }

    /// The `window` of the JSON report of the sample CSV made with `flags`.
    private func window(_ flags: [String]) throws -> [String: Any] {
        let out = try CLI.scratchFolder()
        let result = try CLI.run(["report", Self.sampleCSV.path] + flags + ["--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try CLI.json(out.appendingPathComponent("report.json"))["window"] as? [String: Any])
    }

    @Test func weekFlagSetsTheWindow() throws {
        let window = try window(["--week", "2026-W45"])
        #expect(window["from"] as? String == "2026-11-02")
        #expect(window["to"] as? String == "2026-11-08")
    }

    @Test func aTeamNoItemBelongsToIsWarnedOf() throws {
        func run(_ teams: [String]) throws -> CLI.Result {
            let out = try CLI.scratchFolder()
            return try CLI.run(
                [
                    "report", Self.sampleCSV.path, "--config", Self.sampleConfig.path, "--format", "md", "--out",
                    out.path,
                ]
                    + teams.flatMap { ["--team", $0] })
        }
        let misspelt = try run(["Payments", "Paymnts"])
        #expect(misspelt.status == 0, "\(misspelt.stderr)")
        #expect(
            misspelt.stderr.contains(
                "warning: no items belong to the team asked for: Paymnts; teams in the data: Claims, Onboarding, Payments"
            ))
        let known = try run(["payments"])
        #expect(known.status == 0 && !known.stderr.contains("warning"), "\(known.stderr)")
    }

    @Test func aTimeZoneNameInLowerCaseIsTheZone() throws {
        #expect(try window(["--timezone", "america/new_york"])["timezone"] as? String == "America/New_York")
    }

    @Test func anOffsetFromUTCIsAZoneAndOnePastFourteenHoursIsRefused() throws {
        #expect(try window(["--timezone", "+05:30"])["timezone"] as? String == "GMT+0530")
        let out = try CLI.scratchFolder()
        let refused = try CLI.run(["report", Self.sampleCSV.path, "--timezone", "+15:00", "--out", out.path])
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "unknown time zone '+15:00'; expected an IANA name like 'Europe/Berlin' or an offset like '+05:30'"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
    }

    @Test func escapingSurvivesEveryOutput() throws {
        let out = try CLI.scratchFolder()
        let input = CLI.fixtures.appendingPathComponent("escaping.csv")
        let result = try CLI.run([
            "report", input.path, "--out", out.path, "--from", "2026-11-20", "--to", "2026-11-26",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try CLI.read(out.appendingPathComponent("report.html"))
        #expect(!html.contains("<script>alert(1)</script>"))
        let markdown = try CLI.read(out.appendingPathComponent("report.md"))
        #expect(!markdown.contains("<script>"))
        let csv = try CLI.read(out.appendingPathComponent("items.csv"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    }
}
