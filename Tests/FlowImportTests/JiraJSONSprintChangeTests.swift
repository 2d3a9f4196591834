import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Changelog `Sprint` items become the item's sprint changes.
@Suite struct JiraJSONSprintChangeTests {
    @Test func listsSplitAtCommaSpaceOnly() {
        let at = Date(timeIntervalSince1970: 0)
        // "S1, S2" → " S2 ,S3, S4,5": the second list splits at ", " only, into " S2 ,S3" and "S4,5", trimmed
        // to "S2 ,S3" and "S4,5" (a comma without a space after it is part of a name). So S1 and S2 leave
        // (removals first, in list order), then "S2 ,S3" and "S4,5" join.
        let changes = JiraJSONSprintChange.changes(at: at, from: "S1, S2", to: " S2 ,S3, S4,5")
        #expect(changes.map(\.sprint) == ["S1", "S2", "S2 ,S3", "S4,5"])
        #expect(changes.map(\.added) == [false, false, true, true])
        // Empty lists and empty parts give nothing; a trailing ", " leaves no empty name.
        #expect(JiraJSONSprintChange.changes(at: at, from: "", to: "A, , B, ").map(\.sprint) == ["A", "B"])
        #expect(JiraJSONSprintChange.changes(at: at, from: "A", to: "A").isEmpty)
    }

    @Test func sprintListsBeforeAndAfterGiveAddedAndRemoved() throws {
        // Newest first, as Jira Cloud writes changelogs. Oldest: put in S1 (09:00 on 1 March); then moved to S2
        // at the same time as S1 stays (carried over, 10 March 17:00); then taken out of S2 (12 March 08:00).
        let text = """
            {"issues": [{"key": "ABC-1", "fields": {"summary": "x", "created": "2024-02-28T09:00:00.000+0000"},
              "changelog": {"histories": [
                {"created": "2024-03-12T08:00:00.000+0000", "items": [
                  {"field": "Sprint", "fieldtype": "custom", "from": "1, 2", "fromString": "S1, S2", "to": "1",
                   "toString": "S1"}]},
                {"created": "2024-03-10T17:00:00.000+0000", "items": [
                  {"field": "Sprint", "fieldtype": "custom", "from": "1", "fromString": "S1", "to": "1, 2",
                   "toString": "S1, S2"},
                  {"field": "status", "fieldtype": "jira", "fromString": "To Do", "toString": "In Progress"}]},
                {"created": "2024-03-01T09:00:00.000+0000", "items": [
                  {"fromString": "", "toString": "S1", "field": "Sprint", "fieldtype": "custom"}]}
              ]}}]}
            """
        let item = try #require(try JiraJSONFixture.load(text).items.first)
        let at = { (day: Int, hour: Int) in Date.utc(year: 2024, month: 3, day: day, hour: hour) }
        #expect(
            item.sprintChanges == [
                SprintChange(at: at(1, 9), sprint: "S1", added: true),
                SprintChange(at: at(10, 17), sprint: "S2", added: true),
                SprintChange(at: at(12, 8), sprint: "S2", added: false),
            ])
        #expect(item.history.count == 1, "the status item beside a sprint item is still read")
    }
}
