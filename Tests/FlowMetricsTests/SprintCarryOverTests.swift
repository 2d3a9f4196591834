import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// Items that outlive their sprint: carried through two sprints, or finished after the sprint closed.
@Suite struct SprintCarryOverTests {
    @Test func anItemCarriedThroughTwoSprints() throws {
        // X is put in S1 on day −1, moved on into S2 when S1 closes (day 14, S2's start) and into S3 on day 28;
        // it is delivered on day 30. S1 and S2 each: committed 1, not completed 1, carried over 1, say/do 0.
        // S3: committed 1, completed 1, say/do 1.
        let flows = [
            SprintFixture.member(
                "X", created: -3, sprints: ["S1", "S2", "S3"],
                changes: [(-1, "S1", true), (14, "S2", true), (28, "S3", true)], start: 2, end: 30)
        ]
        let numbers = SprintFixture.numbers(flows)
        for name in ["S1", "S2"] {
            let sprint = try #require(numbers[name])
            #expect(sprint.committed == 1, "\(name)")
            #expect(sprint.added == 0, "\(name)")
            #expect(sprint.completed == 0, "\(name)")
            #expect(sprint.notCompleted == 1, "\(name)")
            #expect(sprint.carriedOver == 1, "\(name)")
            #expect(sprint.sayDo == 0, "\(name)")
        }
        let last = try #require(numbers["S3"])
        #expect(last.committed == 1)
        #expect(last.completed == 1)
        #expect(last.carriedOver == 0)
        #expect(last.sayDo == 1)
        // Flow time 30 − 2 = 28 days.
        #expect(last.flowTimeP85 == 28)
    }

    @Test func anItemCompletedAfterItsSprintClosed() throws {
        // Y is in S1 from day −1 and delivered on day 16, after S1 ended (end of day 13), in no later sprint:
        // committed 1, completed 0, not completed 1, carried over 0, say/do 0, no flow time for S1.
        let flows = [
            SprintFixture.member("Y", created: -3, sprints: ["S1"], changes: [(-1, "S1", true)], start: 3, end: 16)
        ]
        let sprint = try #require(SprintFixture.numbers(flows)["S1"])
        #expect(sprint.committed == 1)
        #expect(sprint.completed == 0)
        #expect(sprint.notCompleted == 1)
        #expect(sprint.carriedOver == 0)
        #expect(sprint.sayDo == 0)
        #expect(sprint.flowTimeP85 == nil)
    }
}
