import Foundation
import Testing

/// Every real Jira CSV and XML export in `../shared/samples/real` gives a report with its items.
@Suite struct RealExportsTests {
    static func files(in folder: String) -> [String] {
        let url = CLI.realSamples.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }

    @Test(arguments: files(in: "jira-csv") + files(in: "jira-rss"))
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

    @Test func theRealSamplesAreThere() {
        #expect(Self.files(in: "jira-csv").count == 10)
        #expect(Self.files(in: "jira-rss").count == 8)
    }
}
