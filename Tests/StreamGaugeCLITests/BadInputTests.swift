import Foundation
import Testing

/// Bad input gets a clear error naming the file and the line, a non-zero exit, and no report (SPEC §7).
@Suite struct BadInputTests {
    @Test(arguments: [
        ("empty.csv", "empty.csv: error: the file is empty"),
        ("header-only.csv", "header-only.csv"),
        ("unclosed-quote.csv", "unclosed-quote.csv:2"),
        ("bad-date.csv", "bad-date.csv"),
        ("truncated.xml", "truncated.xml:"),
        ("binary.bin", "binary.bin: error: this is a binary file"),
        ("no-such-file.csv", "no-such-file.csv: error: no such file"),
    ])
    func badInputFailsCleanly(fixture: String, expected: String) throws {
        let out = try CLI.scratchFolder().appendingPathComponent("report")
        let input = CLI.fixtures.appendingPathComponent(fixture)
        let result = try CLI.run(["report", input.path, "--out", out.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "no report is left behind")
    }

    @Test func badDateNamesRecordColumnAndValue() throws {
        let out = try CLI.scratchFolder().appendingPathComponent("report")
        let result = try CLI.run([
            "report", CLI.fixtures.appendingPathComponent("bad-date.csv").path, "--out", out.path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'31/13/26 9:00'"))
        #expect(result.stderr.contains("\"Created\""))
    }

    @Test func unknownWeekIsAUsageError() throws {
        let result = try CLI.run(["report", "x.csv", "--week", "2026-W99"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unrecognized week '2026-W99'"))
    }
}
