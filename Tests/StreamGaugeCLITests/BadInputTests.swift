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
        // Only a problem in one row (here the bad date) points to --lenient: the others are the whole file's.
        #expect(result.stderr.contains("note: --lenient skips") == (fixture == "bad-date.csv"), "\(result.stderr)")
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

    @Test func aWindowOfNoWeeksIsAUsageError() throws {
        // A zero or negative length is refused as a length (not taken for a missing value or an option).
        for length in ["0w", "-2w"] {
            let result = try CLI.run(["report", "x.csv", "--last", length])
            #expect(result.status == 64, "\(length)")
            #expect(result.stderr.contains("--last \(length) asks for no weeks; expected 1w or more"), "\(length)")
        }
    }

    @Test func aWindowLongerThanTwoThousandWeeksIsAUsageError() throws {
        // Such a window once made a report of hundreds of megabytes (every week listed), or ran out of memory.
        for window in [
            ["--last", "2001w"], ["--last", "100000000000w"], ["--from", "0001-01-01", "--to", "9999-12-31"],
        ] {
            let result = try CLI.run(["report", "x.csv"] + window)
            #expect(result.status == 64, "\(window)")
            #expect(result.stderr.contains("is too long; expected at most 2000 weeks (14000 days"), "\(window)")
        }
        // 2 000 weeks, and 14 000 days from --from to --to inclusive, are allowed.
        let sample = ReportEndToEndTests.sampleCSV.path
        let out = try CLI.scratchFolder().appendingPathComponent("report")
        let longest = try CLI.run(["report", sample, "--last", "2000w", "--format", "md", "--out", out.path])
        #expect(longest.status == 0, "\(longest.stderr)")
        let range = try CLI.run(["report", "x.csv", "--from", "2000-01-01", "--to", "2038-04-30", "--format", "md"])
        #expect(!range.stderr.contains("too long"), "\(range.stderr)")
    }

    @Test func aForecastDayOutsideTheNextTenYearsIsAnError() throws {
        let sample = ReportEndToEndTests.sampleCSV.path
        let config = ReportEndToEndTests.sampleConfig.path
        let before = try CLI.run(["forecast", sample, "--config", config, "--by", "2026-11-15"])
        #expect(before.status == 1)
        #expect(before.stderr.contains("error: the forecast counts from 2026-11-16; expected a day from then on"))
        let far = try CLI.run(["forecast", sample, "--config", config, "--by", "9999-12-31"])
        #expect(far.status == 1)
        #expect(far.stderr.contains("error: 9999-12-31 is more than ten years ahead; expected a day up to 2036-11-"))
    }
}
