import Testing

@testable import FlowImport

/// The other trackers are told apart from Jira by header names and top-level JSON keys, and Jira's own
/// exports are left to the Jira importers.
@Suite struct TrackerSnifferTests {
    @Test(
        arguments: [
            ("\u{FEFF}ID,Work Item Type,Title,Assigned To,State,Tags", ExportFormat.azureDevOpsCSV),
            ("\"ID\";\"Work Item Type\";\"Title\"", .azureDevOpsCSV),
            ("Issue ID,URL,Title,State,Description,Author,Author Username", .gitLabCSV),
            ("ID,Team,Title,Description,Status,Estimate,Priority,Project ID", nil),
            ("ID,Team,Title,Status,Created,Started,Completed", .linearCSV),
            ("Summary,Issue key,Issue id,Issue Type,Status,Team,Started", nil),
            ("key,from,to,at", nil),
        ] as [(String, ExportFormat?)])
    func csvHeader(line: String, expected: ExportFormat?) {
        let firstLine = line.drop { $0 == "\u{FEFF}" }
        #expect(TrackerSniffer.csvFormat(firstLine: firstLine) == expected)
    }

    @Test(
        arguments: [
            ("{\"issues\":[{\"id\":1,\"tracker\" : {\"id\":1}}]}", ExportFormat.redmineJSON),
            ("{\"issue\":{\"id\":1,\"journals\":[]}}", .redmineJSON),
            ("{\"id\":\"b\",\"cards\":[],\"actions\":[]}", .trelloJSON),
            ("[{\"number\":1,\"createdAt\":\"2025-11-03T09:00:00Z\"}]", .gitHubJSON),
            (
                "{\"expand\":\"names\",\"issues\":[{\"key\":\"A-1\",\"fields\":{\"summary\":\"\\\"tracker\\\": x\"}}]}",
                nil
            ),
            ("[{\"key\":\"A-1\",\"fields\":{\"created\":\"2025\",\"number\":1,\"createdAt\":1}}]", nil),
        ] as [(String, ExportFormat?)])
    func jsonKeys(text: String, expected: ExportFormat?) {
        #expect(TrackerSniffer.jsonFormat(text) == expected)
    }

    @Test func keysAreFoundAsBytesWithWhiteSpaceBeforeTheColon() {
        func has(_ name: String, _ text: String) -> Bool { TrackerSniffer.hasKey(name, in: Array(text.utf8)) }
        #expect(has("issues", #"{"issues": []}"#))
        #expect(has("issues", "{\"issues\" \t\r\n : []}"))
        // A value that reads like the key is not a key; a later real key still counts.
        #expect(!has("issues", #"{"title": "issues"}"#))
        #expect(has("issues", #"{"title": "issues", "issues": 1}"#))
        // Quotes are part of the match: "issue" is not found inside "issues" or "subissue".
        #expect(!has("issue", #"{"issues": 1, "subissue": 2}"#))
        #expect(!has("issue", #"{"is"#))
        #expect(has("é", #"{"é":1}"#))
    }
}
