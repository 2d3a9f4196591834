import Foundation
import Testing

@testable import FlowReport

@Suite struct FileReplacementTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "streamgauge-replace-\(UUID().uuidString)")

    func write(_ text: String, _ name: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func anOldFileIsReplacedAndNothingIsLeftAtTheTemporaryName() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let final = try write("old", "report.json")
        let temporary = try write("new", ".report.json.tmp")
        #expect(FileReplacement.replace(final, with: temporary) == 0)
        #expect(read(final) == "new")
        #expect(names() == ["report.json"])
    }

    @Test func aNewNameIsARename() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = try write("new", ".items.csv.tmp")
        let final = folder.appendingPathComponent("items.csv").path
        #expect(FileReplacement.replace(final, with: temporary) == 0)
        #expect(read(final) == "new")
        #expect(names() == ["items.csv"])
    }

    @Test func anotherLinkToTheOldFileKeepsItsText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let final = try write("old", "report.md")
        let kept = folder.appendingPathComponent("kept.md").path
        try FileManager.default.linkItem(atPath: final, toPath: kept)
        let temporary = try write("new", ".report.md.tmp")
        #expect(FileReplacement.replace(final, with: temporary) == 0)
        #expect(read(final) == "new")
        #expect(read(kept) == "old")
        #expect(names() == ["kept.md", "report.md"])
    }

    @Test func aFolderInTheWayIsNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let final = folder.appendingPathComponent("report.html")
        try FileManager.default.createDirectory(at: final, withIntermediateDirectories: true)
        let temporary = try write("new", ".report.html.tmp")
        #expect(FileReplacement.replace(final.path, with: temporary) == EISDIR)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: final.path, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(read(temporary) == "new")
    }
}
