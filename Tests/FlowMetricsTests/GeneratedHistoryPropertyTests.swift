import FlowMapping
import FlowMetrics
import FlowModel
import Foundation
import Testing

/// Properties that must hold for any history: checked over 300 random histories from a seeded generator.
@Suite struct GeneratedHistoryPropertyTests {
    static let statuses = ["Open", "In Progress", "In Review", "QA", "Done", "Closed", "Cancelled", "Blocked"]

    /// Random items: 0–8 moves each, 0–3 days apart, some listed newest first, some with a discarded resolution.
    static func items(count: Int) -> [WorkItem] {
        var random = SplitMix64(seed: 42)
        func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        return (0..<count).map { number in
            let created = uniform() * 40
            var time = created
            var status = statuses[random.nextIndex(below: 2)]
            var moves: [(Double, String?, String)] = []
            for _ in 0..<random.nextIndex(below: 9) {
                time += uniform() * 3
                let next = statuses[random.nextIndex(below: statuses.count)]
                moves.append((time, status, next))
                status = next
            }
            if random.nextIndex(below: 4) == 0 { moves.reverse() }
            return Fixture.item(
                "G-\(number)", type: number % 3 == 0 ? "Bug" : "Story", created: created, moves, status: status,
                resolution: random.nextIndex(below: 10) == 0 ? "Duplicate" : nil)
        }
    }

    static let flows = Fixture.flows(items(count: 300), asOf: 80)

    @Test func flowTimeIsActivePlusWaitPlusOtherTimeBetweenStartAndEnd() throws {
        // The intervals tile time from creation, so over [start, end] every second is in exactly one stage:
        // flow time = active + wait + time in backlog, done and discarded stages in between.
        let kinds = Fixture.kinds()
        var checked = 0
        for flow in Self.flows where flow.outcome == .delivered {
            let start = try #require(flow.flowStart)
            let end = try #require(flow.flowEnd)
            #expect(start <= end)
            var other = 0.0
            for interval in flow.intervals where !kinds[interval.stage].isInFlow {
                let upper = min(interval.end ?? end, end)
                other += max(0, upper.timeIntervalSince(max(interval.start, start)))
            }
            let sum = (flow.activeSeconds ?? .nan) + (flow.waitSeconds ?? .nan) + other
            #expect(abs(sum - end.timeIntervalSince(start)) < 1e-6, "\(flow.item.key)")
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test func loadIsNeverNegativeAndMatchesTheDefinitionEveryDay() {
        let window = Fixture.window(from: 0, days: 60)
        let load = LoadSeries(flows: Self.flows, window: window)
        #expect(load.samples.allSatisfy { $0 >= 0 })
        #expect(load.samples.contains { $0 > 0 })
        for (index, instant) in window.dayEnds.enumerated() {
            #expect(load.samples[index] == LoadSeries.inProgress(Self.flows, at: instant).count)
        }
    }

    @Test func weeklyVelocitiesSumToTheWindows() {
        let weeks = (0..<8).map { Velocity.delivered(Self.flows, in: Fixture.window(from: 7 * $0, days: 7)).count }
        let whole = Velocity.delivered(Self.flows, in: Fixture.window(from: 0, days: 56)).count
        #expect(weeks.reduce(0, +) == whole)
        #expect(whole > 0)
    }

    @Test func cumulativeFlowCountsEveryCreatedItemOnce() {
        // At each day's end, the stages together hold every item created by then.
        let window = Fixture.window(from: 0, days: 60)
        let series = CumulativeFlowSeries(flows: Self.flows, window: window, stageCount: Fixture.kinds().count)
        for (index, instant) in window.dayEnds.enumerated() {
            let created = Self.flows.count { ($0.intervals.first?.start ?? .distantFuture) <= instant }
            #expect(series.counts[index].reduce(0, +) == created)
        }
    }
}
