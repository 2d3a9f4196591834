import Foundation
import Testing

@testable import FlowReport

@Suite struct ReportWriterTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("streamgauge-writer-\(UUID().uuidString)")
    }

    func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// With `STREAMGAUGE_DUMP_DIR` set, the fixture's files are written there, to look at in a browser.
    @Test func writesEverySelectedFormatIntoANewFolder() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let dump = ProcessInfo.processInfo.environment["STREAMGAUGE_DUMP_DIR"].map { URL(fileURLWithPath: $0) }
        let folder = dump ?? root.appendingPathComponent("nested/out")
        let report = ReportFixture.report()
        try ReportWriter(formats: Set(OutputFormat.allCases)).write(report, to: folder)
        #expect(contents(of: folder) == ["items.csv", "report.html", "report.json", "report.md"])
        let json = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json == JSONRenderer().render(report))
    }

    @Test func writesOnlyTheChosenFormatsAndReplacesOldFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("report.md"))
        try ReportWriter(formats: [.md, .csv]).write(ReportFixture.report(), to: folder)
        #expect(contents(of: folder) == ["items.csv", "report.md"])
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Payments &amp; Onboarding — flow report"))
    }

    @Test func aFileInThePlaceOfTheFolderIsAnError() throws {
        let file = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("x".utf8).write(to: file)
        #expect(throws: OutputError.cannotCreateFolder(path: file.path, reason: "a file with that name exists")) {
            try ReportWriter(formats: [.json]).write(ReportFixture.report(), to: file)
        }
    }

    @Test func aFailedReplaceLeavesNoTemporaryFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder named report.json cannot be replaced by a file.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("report.json"), withIntermediateDirectories: true)
        let error = #expect(throws: OutputError.self) {
            try ReportWriter(formats: Set(OutputFormat.allCases)).write(ReportFixture.report(), to: folder)
        }
        guard case .cannotReplace(let path, _) = error else {
            Issue.record("expected cannotReplace, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("report.json"))
        #expect(!contents(of: folder).contains { $0.hasSuffix(".tmp") })
    }

    @Test func errorsPrintAsPathColonError() {
        #expect(
            OutputError.cannotWrite(path: "out/report.html", reason: "no space left on device").description
                == "out/report.html: error: cannot write the report: no space left on device")
    }
}
