import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation
import Testing

/// Which sprints the weekly report and the sprints report show.
@Suite struct ReportBuilderSprintsTests {
    static func day(_ month: Int, _ day: Int) -> Day { Day(ordinal: Day.ordinal(year: 2026, month: month, day: day)) }

    /// Six one-item Payments sprints; their last days are 1, 8, 13, 15, 20 and 29 November 2026.
    static let sprints = [
        ("A", day(10, 19), day(11, 1)), ("B", day(11, 2), day(11, 8)), ("C", day(11, 9), day(11, 13)),
        ("D", day(11, 14), day(11, 15)), ("E", day(11, 16), day(11, 20)), ("F", day(11, 21), day(11, 29)),
    ].map { ConfiguredSprint(name: $0.0, team: nil, start: $0.1, end: $0.2) }

    static let stream = ValueStream(teamNames: ["PAY": "Payments"], sprints: sprints)

    /// Each sprint holds one item created on 1 October; the data's newest timestamp is 22 November.
    static let dataset = Dataset(
        items: sprints.map { sprint in
            WorkItem(
                key: "PAY-" + sprint.name, status: "To Do", statusCategory: .toDo, project: "PAY",
                created: Date.utc(year: 2026, month: 10, day: 1), updated: Date.utc(year: 2026, month: 11, day: 22),
                sprints: [sprint.name], source: "jira-csv")
        },
        sources: [SourceSummary(file: "e.csv", format: "jira-csv", formatName: "Jira CSV", items: 6, history: .none)])

    static let builder = ReportBuilder(valueStream: stream, generatedAt: Date.utc(year: 2026, month: 11, day: 30))

    @Test func weeklyReportShowsSprintsEndingInTheWindowAndThreeBefore() {
        // Window 16–22 November: E ends in it; B, C and D are the three latest that ended before it; A is older
        // and F ends after the window.
        let report = Self.builder.build(Self.dataset, window: .week(Week(containing: Self.day(11, 16))))
        #expect(report.sprints.map(\.sprint) == ["B", "C", "D", "E"])
        #expect(report.sprints.allSatisfy { $0.team == "Payments" && $0.datesFrom == "config" })
        // Each item was created before its sprint started and never finished: committed 1, not completed 1.
        #expect(report.sprints.map(\.committed) == [1, 1, 1, 1])
        #expect(report.sprints.map(\.notCompleted) == [1, 1, 1, 1])
        #expect(report.sprints.allSatisfy { !$0.fromHistory })
    }

    @Test func sprintsReportKeepsTheLastStartedSprintsPerTeam() {
        // F starts 21 November, before the newest timestamp (22 November), so the last two are E and F; the
        // window runs from E's first day to the data's last day (F ends later).
        let report = Self.builder.buildSprints(Self.dataset, last: 2)
        #expect(report.sprints.map(\.sprint) == ["E", "F"])
        #expect(report.window.from == Self.day(11, 16))
        #expect(report.window.to == Self.day(11, 22))
        #expect(report.notes.contains { $0.contains("no sprint-change history") })
    }
}
