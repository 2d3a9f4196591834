import FlowMapping
import FlowModel
import Foundation

/// Counts every sprint's numbers over mapped items (SPEC §4 "Sprints").
public enum SprintTally {
    /// The numbers of every sprint in `periods` that at least one of `flows` was in, ordered by team, then
    /// start, then name.
    ///
    /// - Parameters:
    ///   - teamNames: display names by the value a configured sprint's `team` may use (`PAY` → `Payments`).
    public static func numbers(
        _ flows: [ItemFlow], periods: [String: SprintPeriod], teamNames: [String: String] = [:]
    ) -> [SprintNumbers] {
        var members: [String: [(flow: ItemFlow, membership: SprintMembership)]] = [:]
        for flow in flows {
            for name in SprintCalendar.names(of: flow.item) {
                guard let period = periods[name], !endedBefore(flow, period),
                    let membership = SprintMembership.of(flow.item, in: period)
                else { continue }
                members[name, default: []].append((flow, membership))
            }
        }
        let rows = members.compactMap { name, members in
            periods[name].map { tally($0, members: members, periods: periods, teamNames: teamNames) }
        }
        return rows.sorted { left, right in
            if left.team != right.team { return left.team < right.team }
            if left.period.start != right.period.start { return left.period.start < right.period.start }
            return left.period.name < right.period.name
        }
    }

    static func tally(
        _ period: SprintPeriod, members: [(flow: ItemFlow, membership: SprintMembership)],
        periods: [String: SprintPeriod], teamNames: [String: String]
    ) -> SprintNumbers {
        var numbers = SprintNumbers(period: period, team: team(period, members.map(\.flow), teamNames: teamNames))
        var flowTimes: [Double] = []
        var pointsCommitted = 0.0
        var pointsCompleted = 0.0
        var anyPoints = false
        for (flow, membership) in members {
            let points = flow.item.storyPoints
            anyPoints = anyPoints || points != nil
            if !membership.fromHistory { numbers.fromHistory = false }
            if membership.atStart {
                numbers.committed += 1
                pointsCommitted += points ?? 0
            }
            if membership.added { numbers.added += 1 }
            if membership.removed { numbers.removed += 1 }
            guard membership.inScope else { continue }
            if flow.outcome == .delivered, let end = flow.flowEnd, period.contains(end) {
                numbers.completed += 1
                pointsCompleted += points ?? 0
                numbers.completedByFlowItem[flow.flowItem, default: 0] += 1
                if let days = flow.flowTimeDays { flowTimes.append(days) }
            } else {
                numbers.notCompleted += 1
                if inLaterSprint(flow, than: period, periods: periods) { numbers.carriedOver += 1 }
            }
        }
        numbers.sayDo = numbers.committed > 0 ? Double(numbers.completed) / Double(numbers.committed) : nil
        numbers.pointsCommitted = anyPoints ? pointsCommitted : nil
        numbers.pointsCompleted = anyPoints ? pointsCompleted : nil
        numbers.flowTimeP85 = Percentile.nearestRank(flowTimes.sorted(), percent: 85)
        return numbers
    }

    /// True when the item was delivered or discarded before the sprint started: a sprint that still lists it
    /// (a closed item left in a later sprint) never had it to work on.
    static func endedBefore(_ flow: ItemFlow, _ period: SprintPeriod) -> Bool {
        guard flow.outcome == .delivered || flow.outcome == .discarded, let end = flow.flowEnd else { return false }
        return end < period.start
    }

    /// True when the item is in a sprint that starts after `period` starts, with work left when it starts.
    static func inLaterSprint(_ flow: ItemFlow, than period: SprintPeriod, periods: [String: SprintPeriod]) -> Bool {
        SprintCalendar.names(of: flow.item).contains { name in
            guard name != period.name, let later = periods[name], later.start > period.start,
                !endedBefore(flow, later)
            else { return false }
            return SprintMembership.of(flow.item, in: later) != nil
        }
    }

    /// The configured team (by its display name), else the team most of the sprint's items belong to.
    static func team(_ period: SprintPeriod, _ flows: [ItemFlow], teamNames: [String: String]) -> String {
        if let configured = period.configuredTeam { return teamNames[configured] ?? configured }
        var counts: [String: Int] = [:]
        for flow in flows { counts[flow.team, default: 0] += 1 }
        let best = counts.max { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        }
        return best?.key ?? ""
    }
}
