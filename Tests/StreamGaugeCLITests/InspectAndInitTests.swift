import Foundation
import Testing

/// `inspect` and `init` on the shipped samples.
@Suite struct InspectAndInitTests {
    @Test func inspectNamesFormatCountsDatesAndMapping() throws {
        let result = try CLI.run([
            "inspect", ReportEndToEndTests.sampleCSV.path, "--config", ReportEndToEndTests.sampleConfig.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("jira-cloud-export.csv: Jira CSV export, 300 items, 0 status changes, history: none")
        )
        #expect(result.stdout.contains("Items: 300\n"))
        #expect(result.stdout.contains("Dates: 2026-07-27 to 2026-11-20 (Europe/Berlin)\n"))
        #expect(result.stdout.contains("Statuses, and where the configuration places them:"))
        let cancelled = try #require(result.stdout.split(separator: "\n").first { $0.contains("Cancelled") })
        #expect(cancelled.hasSuffix("Discarded (discarded)"))
    }

    @Test func initTakesTheTimeZoneABackupNames() throws {
        // The sample backup's header says its server ran in Europe/Berlin: without --config or --timezone, the
        // starter file reads its times there; --timezone wins.
        let backup = CLI.packageRoot.appendingPathComponent("SampleExports/jira-backup/entities.xml").path
        let starter = try CLI.run(["init", backup])
        #expect(starter.status == 0, "\(starter.stderr)")
        #expect(starter.stdout.contains("\ntimezone: \"Europe/Berlin\"\n"))
        let forced = try CLI.run(["init", backup, "--timezone", "America/New_York"])
        #expect(forced.stdout.contains("\ntimezone: \"America/New_York\"\n"))
        // A CSV names no zone: UTC.
        let csv = try CLI.run(["init", ReportEndToEndTests.sampleXML.path])
        #expect(csv.stdout.contains("\ntimezone: \"UTC\"\n"))
    }

    @Test func initWritesAConfigurationTheReportAccepts() throws {
        let folder = try CLI.scratchFolder()
        let starter = try CLI.run(["init", ReportEndToEndTests.sampleXML.path])
        #expect(starter.status == 0, "\(starter.stderr)")
        #expect(starter.stdout.contains("kind: discarded"))
        let config = folder.appendingPathComponent("streamgauge.yml")
        try starter.stdout.write(to: config, atomically: true, encoding: .utf8)
        let report = try CLI.run([
            "report", ReportEndToEndTests.sampleXML.path, "--config", config.path, "--out",
            folder.appendingPathComponent("out").path,
            "--format", "json",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try CLI.json(folder.appendingPathComponent("out/report.json"))
        let notes = json["notes"] as? [String] ?? []
        #expect(!notes.contains { $0.contains("is named by no stage") }, "the starter file places every status")
    }
}
