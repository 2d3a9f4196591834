import Foundation
import Testing

/// Every real export in `../shared/samples/real`, of every format, gives a report with its items.
@Suite struct RealExportsTests {
    static func files(in folder: String) -> [String] {
        let url = CLI.realSamples.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }

    /// `report.json` of `streamgauge report PATH ARGUMENTS --format json` into `out`, after checking it succeeded.
    static func reportJSON(_ path: String, _ arguments: [String] = [], out: URL) throws -> [String: Any] {
        let result = try CLI.run(["report", path] + arguments + ["--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try CLI.json(out.appendingPathComponent("report.json"))
    }

    static let folders = ["jira-csv", "jira-rss", "jira-entities", "jira-json", "azure-devops", "other"]

    /// Files that are not exports of items on their own: Jira's status list and board configuration (they
    /// add status categories or nothing), checked with the exports they accompany in `jiraJSONFolderTogether`.
    static let companions: Set<String> = [
        "jira-json/jirametrics-statuses.json", "jira-json/jirametrics-board-configuration.json",
    ]

    @Test(arguments: folders.flatMap(files(in:)).filter { !companions.contains($0) })
    func realExportReports(file: String) throws {
        let out = try CLI.scratchFolder()
        let result = try CLI.run(["report", CLI.realSamples.appendingPathComponent(file).path, "--out", out.path])
        #expect(result.status == 0, "\(file): \(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["key"] as? String)?.isEmpty == false })
        for name in ["report.html", "report.md", "items.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
        }
    }

    /// `init` writes a configuration that loads back for every real export, however few of its statuses a
    /// sample shows (several have no status that ends delivered work).
    @Test(arguments: folders.flatMap(files(in:)).filter { !companions.contains($0) })
    func initConfigurationLoadsBack(file: String) throws {
        let path = CLI.realSamples.appendingPathComponent(file).path
        let starter = try CLI.run(["init", path])
        #expect(starter.status == 0, "\(file): \(starter.stderr)")
        #expect(starter.stdout.contains("    kind: done\n"), "\(file)")
        let out = try CLI.scratchFolder()
        let config = out.appendingPathComponent("streamgauge.yml")
        try starter.stdout.write(to: config, atomically: true, encoding: .utf8)
        let result = try CLI.run(["report", path, "--config", config.path, "--format", "json", "--out", out.path])
        #expect(result.status == 0, "\(file): \(result.stderr)")
    }

    @Test func jiraJSONFolderTogether() throws {
        let out = try CLI.scratchFolder()
        let inputs = Self.files(in: "jira-json").map { CLI.realSamples.appendingPathComponent($0).path }
        let result = try CLI.run(["report"] + inputs + ["--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        #expect((json["items"] as? [[String: Any]])?.count == 31)
    }

    /// A Jira CSV without a `Status Category` column (2018) gives no category: SPEC §3 puts its statuses in the
    /// backlog, names like "In Progress" notwithstanding, and the notes say so; `init` places them by name.
    @Test func statusesWithoutACategoryGoToTheBacklogUntilAConfigurationPlacesThem() throws {
        let path = CLI.realSamples.appendingPathComponent("jira-csv/herokudeploy-cloud2018-3sprints.csv").path
        let out = try CLI.scratchFolder()
        let json = try Self.reportJSON(path, out: out)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 90)
        #expect(items.allSatisfy { $0["outcome"] as? String == "notStarted" && $0["stage"] as? String == "To Do" })
        let load = try #require(json["loadByCategory"] as? [[String: Any]])
        #expect(load.compactMap { $0["category"] as? String } == ["To Do", "In Progress", "Done", "Unknown"])
        #expect(load.compactMap { $0["count"] as? Int } == [0, 0, 0, 90])
        let capabilities = try #require(json["capabilities"] as? [String])
        #expect(capabilities.contains { $0.contains("This export gives no status category for any status in use now") })
        let notes = try #require(json["notes"] as? [String])
        #expect(
            notes.contains {
                $0.hasPrefix("Status 'In Progress' is named by no stage and the export gives no category for it")
            })

        let starter = try CLI.run(["init", path])
        let config = out.appendingPathComponent("streamgauge.yml")
        try starter.stdout.write(to: config, atomically: true, encoding: .utf8)
        let placed = try #require(
            try Self.reportJSON(path, ["--config", config.path], out: out)["items"] as? [[String: Any]])
        #expect(placed.count { $0["outcome"] as? String == "inProgress" } == 4)
    }

    /// A stage-dates CSV gives every item a history made of the days it entered each stage, and says so.
    @Test func aHistoryMadeOfStageDatesIsCalledSo() throws {
        let path = CLI.realSamples.appendingPathComponent("other/actionableagile-stage-dates.csv").path
        let json = try Self.reportJSON(path, out: try CLI.scratchFolder())
        #expect(json["history"] as? String == "partial")
        let capabilities = try #require(json["capabilities"] as? [String])
        #expect(capabilities.first?.hasPrefix("Every item carries a status history, some made from the dates") == true)
    }

    @Test func theRealSamplesAreThere() {
        #expect(Self.files(in: "jira-csv").count == 10)
        #expect(Self.files(in: "jira-rss").count == 8)
    }
}
