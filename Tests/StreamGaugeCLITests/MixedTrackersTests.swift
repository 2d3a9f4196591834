import Foundation
import Testing

/// One report from a Jira export and an Azure DevOps export together: items from both, each with its source.
@Suite struct MixedTrackersTests {
    @Test func jiraAndAzureDevOpsInOneReport() throws {
        let out = try CLI.scratchFolder()
        let jira = CLI.packageRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv").path
        let azure = CLI.fixtures.appendingPathComponent("azure-devops-query.csv").path
        let result = try CLI.run(["report", jira, azure, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(out.appendingPathComponent("report.json"))
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.map { $0["format"] as? String } == ["jira-csv", "azure-devops-csv"])
        let items = try #require(json["items"] as? [[String: Any]])
        // 300 Jira rows (300 distinct keys, counted with Python's csv module) and the fixture's 3 work items.
        #expect(items.filter { $0["source"] as? String == "jira-csv" }.count == 300)
        let azureItems = items.filter { $0["source"] as? String == "azure-devops-csv" }
        // 101 went Closed (delivered), 102 is Active, 103 was Removed: the resolution "Removed" is discarded.
        #expect(azureItems.map { $0["key"] as? String } == ["101", "102", "103"])
        #expect(azureItems.map { $0["outcome"] as? String } == ["delivered", "inProgress", "discarded"])
        // 101: Activated 11/4/2025 2:30:00 PM, Closed 11/12/2025 10:15:00 AM: 7 days 19 h 45 min = 7.822917 days.
        let flowTime = try #require(azureItems.first?["flowTimeDays"] as? Double)
        #expect(abs(flowTime - (7 + 19.75 / 24)) < 1e-9)
    }
}
