import Foundation

/// Files for the CSV and Jira CSV tests: fixtures beside the tests, the shared real samples, and
/// temporary files written from bytes.
enum CSVFixture {
    /// `Tests/FlowImportTests/Fixtures/csv/`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csv")

    /// The repository root: two folders above `Tests/FlowImportTests/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `<repo>/../shared/samples/real/jira-csv/`.
    static let realSamples = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/samples/real/jira-csv")

    /// The path of fixture `name`.
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `bytes` to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("streamgauge-csv-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "input.csv") throws -> String {
        try temporaryFile(Array(text.utf8), name: name)
    }
}
