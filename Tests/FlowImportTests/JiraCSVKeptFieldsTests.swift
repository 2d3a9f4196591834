import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JiraCSVKeptFieldsTests {
    private func load(_ kept: ImportOptions.KeptFields) throws -> [WorkItem] {
        try Importer.load([CSVFixture.path("jira-small.csv")], options: ImportOptions(keptFields: kept)).items
    }

    /// The items without their fields, to show that keeping fewer changes nothing else.
    private func withoutFields(_ items: [WorkItem]) -> [WorkItem] {
        items.map { item in
            var copy = item
            copy.fields = [:]
            return copy
        }
    }

    @Test func onlyTheNamedFieldsAreKept() throws {
        let every = try load(.all)
        // jira-small.csv: PAY-7 has every field; PAY-8 and PAY-9 have `Issue id` and `Project name` only;
        // OPS-3 has `Issue id` only. `Team` is PAY-7's `Custom field (Team)`.
        #expect(try load(.standard).map(\.fields) == [["Team": "Falcons"], [:], [:], [:]])
        // Names match without regard to case, white space or a `Custom field (…)` around them; dates that go
        // to `fields` (`Start date`, `Due date`, `Last Viewed`) are read only when kept.
        let named = try load(.named([" custom field (RANK)", "Start date", "last viewed", "Project Name"]))
        #expect(
            named.map(\.fields) == [
                [
                    "Rank": "0|i00lh3:", "Start date": "2026-11-03", "Last Viewed": "2026-11-11T08:00:00Z",
                    "Project name": "Payments",
                ],
                ["Project name": "Payments"], ["Project name": "Payments"], [:],
            ])
        #expect(try load(.named([])).map(\.fields) == [[:], [:], [:], [:]])
        #expect(withoutFields(named) == withoutFields(every))
        #expect(withoutFields(try load(.named([]))) == withoutFields(every))
        #expect(every[0].fields.count == 9)
    }

    @Test func namesMatchTheWayTeamRulesFindFields() {
        let team = ImportOptions.KeptFields.named(["Team"])
        #expect(team.keeps("Team") && team.keeps(" team ") && team.keeps("Custom field (Team)"))
        #expect(team.keeps("custom field ( TEAM )"))
        #expect(!team.keeps("Teams") && !team.keeps("Custom field (Team 2)"))
        #expect(ImportOptions.KeptFields.named(["Custom field (Team)"]).keeps("Team"))
        #expect(ImportOptions.KeptFields.all.keeps("anything"))
        #expect(!ImportOptions.KeptFields.named([]).keeps("Team"))
    }

    @Test func unreadFieldsAreLeftEmptyAndNothingElseChanges() throws {
        let path = CSVFixture.path("jira-small.csv")
        let every = try Importer.load([path], options: ImportOptions()).items
        let unread: ImportOptions.UnreadFields = [
            .assignee, .reporter, .priority, .fixVersions, .labels, .components, .parents,
        ]
        let fewer = try Importer.load([path], options: ImportOptions(unreadFields: unread)).items
        // PAY-7 has every one of them.
        #expect(every[0].assignee != nil && every[0].reporter != nil && every[0].priority != nil)
        #expect(!every[0].labels.isEmpty && !every[0].components.isEmpty && !every[0].fixVersions.isEmpty)
        #expect(fewer.allSatisfy { $0.assignee == nil && $0.reporter == nil && $0.priority == nil })
        #expect(fewer.allSatisfy { $0.labels.isEmpty && $0.components.isEmpty && $0.fixVersions.isEmpty })
        // PAY-7's epic and parent are PAY-1; OPS-3 names PAY-7 as its parent.
        #expect(every[0].epic == "PAY-1" && every[0].parent == "PAY-1" && every[3].parent == "PAY-7")
        #expect(fewer.allSatisfy { $0.epic == nil && $0.parent == nil })
        let cleared = every.map { item in
            var copy = item
            copy.assignee = nil
            copy.reporter = nil
            copy.priority = nil
            copy.labels = []
            copy.components = []
            copy.fixVersions = []
            copy.epic = nil
            copy.parent = nil
            return copy
        }
        #expect(fewer == cleared)
        // One kind skipped leaves the others.
        let noPeople = try Importer.load([path], options: ImportOptions(unreadFields: [.assignee, .reporter])).items
        #expect(noPeople[0].assignee == nil && noPeople[0].priority == every[0].priority)
        #expect(noPeople[0].labels == every[0].labels && noPeople[3].parent == "PAY-7")
        // A kept `Parent id` field is read with the parents it names, whatever the caller skips.
        let keptID = try Importer.load(
            [path], options: ImportOptions(keptFields: .named(["Parent id"]), unreadFields: [.parents])
        ).items
        #expect(keptID[0].fields["Parent id"] == "10000" && keptID[0].parent == "PAY-1")
    }
}
