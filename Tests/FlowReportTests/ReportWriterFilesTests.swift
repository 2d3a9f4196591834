import Foundation
import Testing

@testable import FlowReport

/// `ReportWriter` streams each format into a temporary file and renames it: the four files are complete, equal to
/// what the renderers give in memory, and no temporary file is left behind, whether the write works or fails.
@Suite struct ReportWriterFilesTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("streamgauge-files-\(UUID().uuidString)")
    }

    /// Every name in `folder`, hidden ones included.
    func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func writesAllFourFilesAndNoTemporaryOnes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A hidden file shows that the listing below would show the hidden `.report.json.….tmp` files too.
        try Data("x".utf8).write(to: folder.appendingPathComponent(".keep"))
        let report = ReportFixture.report()
        let writer = ReportWriter(formats: Set(OutputFormat.allCases))
        try writer.write(report, to: folder)
        #expect(contents(of: folder) == [".keep", "items.csv", "report.html", "report.json", "report.md"])
        for format in OutputFormat.allCases {
            let data = try Data(contentsOf: folder.appendingPathComponent(format.fileName))
            #expect(!data.isEmpty, "\(format.fileName)")
            // What was streamed to disk is what the renderer gives in memory.
            #expect(String(decoding: data, as: UTF8.self) == writer.render(report, as: format), "\(format.fileName)")
        }
        let json = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        // The fixture has six items.
        #expect((parsed["items"] as? [Any])?.count == 6)
    }

    @Test func aReportLargerThanOneBlockIsWrittenWhole() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var report = ReportFixture.report()
        // 6 items × 1 500 = 9 000 items, each at least 175 bytes of CSV (and more of JSON): over 1 MiB of both,
        // so each is written in several 1 MiB blocks.
        report.items = Array(repeating: ReportFixture.items, count: 1_500).flatMap { $0 }
        let writer = ReportWriter(formats: [.json, .csv])
        try writer.write(report, to: folder)
        let json = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        let csv = try Data(contentsOf: folder.appendingPathComponent("items.csv"))
        #expect(json.count > 1 << 20)
        #expect(csv.count > 1 << 20)
        #expect(String(decoding: json, as: UTF8.self) == writer.render(report, as: .json))
        #expect(String(decoding: csv, as: UTF8.self) == writer.render(report, as: .csv))
        let parsed = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((parsed["items"] as? [Any])?.count == 9_000)
        #expect(contents(of: folder) == ["items.csv", "report.json"])
    }

    @Test func aFolderThatCannotBeWrittenToIsAnErrorAndLeavesNoTemporaryFile() throws {
        let root = temporaryFolder()
        defer {
            chmod(root.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        let locked = root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        #expect(chmod(locked.path, 0o555) == 0)
        // Permissions do not stop the superuser: when a file can be made in the locked folder anyway, the output
        // goes under a regular file instead, where nothing can be made by anyone.
        let probe = locked.appendingPathComponent("probe")
        let permissionsHold = !FileManager.default.createFile(atPath: probe.path, contents: nil)
        try? FileManager.default.removeItem(at: probe)
        let file = root.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let target = permissionsHold ? locked : file.appendingPathComponent("out")

        let error = #expect(throws: OutputError.self) {
            try ReportWriter(formats: Set(OutputFormat.allCases)).write(ReportFixture.report(), to: target)
        }
        switch error {
        case .cannotWrite(let path, let reason)? where permissionsHold:
            #expect(path.hasPrefix(locked.path + "/."))
            #expect(path.hasSuffix(".tmp"))
            #expect(reason == "permission denied")
        case .cannotCreateFolder(let path, let reason)? where !permissionsHold:
            #expect(path == target.path)
            #expect(reason == "not a directory")
        default:
            Issue.record("unexpected error \(String(describing: error)) (permissions hold: \(permissionsHold))")
        }
        #expect(contents(of: locked).isEmpty)
        #expect(contents(of: root) == ["locked", "plain-file"])
    }
}
