import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Locates the fixtures of the non-Jira trackers and writes small inputs to temporary files.
enum TrackerFixture {
    /// `Tests/FlowImportTests/Fixtures/trackers/NAME`.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/trackers/\(name)").path
    }

    /// `../shared/samples/real/FOLDER/NAME` beside the package.
    static func realSample(_ folder: String, _ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/samples/real/\(folder)/\(name)").path
    }

    /// A temporary file named `name` holding `text`.
    static func temporaryFile(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trackers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Imports `file` the way the command line does: format sniffed, unless `options` forces one.
    static func load(_ file: String, options: ImportOptions = ImportOptions()) throws -> Dataset {
        try Importer.load([file], options: options)
    }

    /// The text of the error importing `text` (saved as `name`) throws, as `file…: error: message` with the
    /// temporary path replaced by `name`; `nil` when it imports.
    static func error(_ text: String, name: String, options: ImportOptions = ImportOptions()) throws -> String? {
        let path = try temporaryFile(text, name: name)
        do {
            _ = try Importer.load([path], options: options)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: path, with: name)
        }
    }

    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        Date.utc(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
