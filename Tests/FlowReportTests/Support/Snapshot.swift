import Foundation
import Testing

/// Compares text with a file in `Snapshots/`, byte for byte.
///
/// With `STREAMGAUGE_RECORD=1` the file is rewritten and the test fails, so a fresh recording never
/// passes silently; a missing file is recorded and fails too.
enum Snapshot {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["STREAMGAUGE_RECORD"] == "1"
        guard !recording, let recorded = try? Data(contentsOf: file) else {
            do {
                try Data(text.utf8).write(to: file)
                Issue.record(
                    "recorded snapshot \(name); check it and run again without STREAMGAUGE_RECORD",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard recorded != Data(text.utf8) else { return }
        let expected = String(decoding: recorded, as: UTF8.self).components(separatedBy: "\n")
        let actual = text.components(separatedBy: "\n")
        let line =
            zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, actual.count)
        let want = line < expected.count ? expected[line] : "<end of file>"
        let got = line < actual.count ? actual[line] : "<end of file>"
        Issue.record(
            "snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(set STREAMGAUGE_RECORD=1 to re-record)",
            sourceLocation: sourceLocation)
    }
}
