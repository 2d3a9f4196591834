import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Exact error texts of the Jira REST JSON importer, at the line and column of the offending value.
@Suite struct JiraJSONErrorTests {
    @Test func badDateNamesTheFieldAndValue() throws {
        let text = """
            {"issues": [
              {"key": "A-1", "fields": {"created": "31/12/2024 10:00"}}]}
            """
        let (line, column) = JiraJSONFixture.position(of: "\"31/12", in: text)
        #expect(
            try JiraJSONFixture.error(text)
                == "input.json:\(line):\(column): error: unrecognized date '31/12/2024 10:00' in \"created\"; "
                + "expected an ISO 8601 timestamp like '2021-06-18T18:41:29.398+0000'")
    }

    @Test func lenientSkipsTheIssueWithTheBadDate() throws {
        let text = """
            [{"key": "A-1", "fields": {"created": "2024-01-01T00:00:00Z"}},
             {"key": "A-2", "fields": {"updated": "soon"}}]
            """
        let dataset = try JiraJSONFixture.load(text, options: ImportOptions(lenient: true))
        #expect(dataset.items.map(\.key) == ["A-1"])
        #expect(
            dataset.sources.first?.skipped == [
                "line 2: issue A-2: unrecognized date 'soon' in \"updated\"; expected an ISO 8601 timestamp like "
                    + "'2021-06-18T18:41:29.398+0000'"
            ])
    }

    @Test func historyWithAStatusChangeButNoTime() throws {
        let text = """
            {"key": "A-1", "changelog": {"histories": [
              {"items": [{"field": "status", "fromString": "Open", "toString": "Done"}]}]}}
            """
        let (line, column) = JiraJSONFixture.position(of: "{\"items\"", in: text)
        #expect(
            try JiraJSONFixture.error(text)
                == "input.json:\(line):\(column): error: a changelog history with a status change has no \"created\" "
                + "time; expected one like '2021-06-18T18:41:29.398+0000'")
    }

    @Test func objectsThatAreNoJiraResponse() throws {
        #expect(
            try JiraJSONFixture.error(#"{"journals": []}"#)
                == "input.json:1:1: error: expected a Jira REST response: a search page (\"issues\"), an issue "
                + "(\"key\", \"fields\"), a status list (\"statusCategory\") or a board configuration "
                + "(\"columnConfig\"); this object has none of them")
        #expect(
            try JiraJSONFixture.error(#""just text""#)
                == "input.json:1:1: error: expected a Jira REST response (an object or an array), found a string")
        #expect(
            // The 7 is the 18th byte.
            try JiraJSONFixture.error("[{\"key\": \"A-1\"}, 7]")
                == "input.json:1:18: error: expected a Jira issue or status object in the array, found a number")
        #expect(
            try JiraJSONFixture.error("{\"issues\": [\n  {\"fields\": {}}]}")
                == "input.json:2:3: error: an issue without a \"key\"; expected every issue to have one")
    }

    @Test func deepNestingInASkippedFieldIsAClearError() throws {
        let text = "{\"key\": \"A-1\", \"fields\": {\"description\": " + String(repeating: "[", count: 10_000)
        // `{`, `{` and 510 `[` fill the 512 levels; the 511th `[`, at the prefix's length + 511, is one too many.
        let column = "{\"key\": \"A-1\", \"fields\": {\"description\": ".utf8.count + 511
        #expect(
            try JiraJSONFixture.error(text)
                == "input.json:1:\(column): error: objects and arrays nested more than 512 deep; expected at most 512 levels"
        )
    }

    @Test func truncatedFileSaysWhatWasOpen() throws {
        let text = "{\"issues\": [\n  {\"key\": \"A-1\",\n   \"fields\": {\"summary\": \"x\""
        // The input ends on line 3 after `   "fields": {"summary": "x"` (28 bytes): the error is at column 29.
        #expect(
            try JiraJSONFixture.error(text) == "input.json:3:29: error: the file ends inside an object opened at line 3"
        )
    }
}
