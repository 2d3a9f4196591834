import Foundation
import Testing

/// Every real export in `../shared/samples/real`, of every format, gives a report with its items.
@Suite struct RealExportsTests {
    static func files(in folder: String) -> [String] {
        let url = CLI.realSamples.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
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

    @Test func theRealSamplesAreThere() {
        #expect(Self.files(in: "jira-csv").count == 10)
        #expect(Self.files(in: "jira-rss").count == 8)
    }
}
