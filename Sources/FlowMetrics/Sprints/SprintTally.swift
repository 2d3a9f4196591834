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
        // Sprints are numbered once, so that the hundreds of thousands of memberships below are kept and
        // compared as integers rather than looked up by name.
        let names = periods.keys.sorted()
        var numbering = SprintNameNumbers(names: names)
        let sprintPeriods = names.compactMap { periods[$0] }
        var members = [[SprintMember]](repeating: [], count: names.count)
        // Per flow, the latest start of the sprints it took part in: "carried over into a later sprint" is a
        // sprint starting after this one's start, which one exists exactly when the latest start is after it.
        var latestStartOfFlow = [Date](repeating: .distantPast, count: flows.count)
        for (index, flow) in flows.enumerated() {
            // The three fields membership needs, read from the item in place (not a copy of the whole item).
            let sprints = flow.item.sprints
            let changes = flow.item.sprintChanges
            if sprints.isEmpty && changes.isEmpty { continue }
            let created = flow.item.created
            let numbers = numbering.numbers(sprints: sprints, changes: changes)
            // What the tally reads of the item, read now, in the flows' order.
            let facts = SprintMember.Facts(flow)
            // Names numbered past the periods have none.
            for number in numbers where number < sprintPeriods.count {
                guard !endedBefore(flow, sprintPeriods[number]),
                    let membership = SprintMembership.of(
                        sprints: sprints, changes: changes, created: created, in: sprintPeriods[number])
                else { continue }
                members[number].append(SprintMember(flow: index, membership: membership, facts: facts))
                latestStartOfFlow[index] = max(latestStartOfFlow[index], sprintPeriods[number].start)
            }
        }
        let rows = members.indices.compactMap { number -> SprintNumbers? in
            guard !members[number].isEmpty else { return nil }
            let period = sprintPeriods[number]
            return tally(
                period, members: members[number], teamNames: teamNames,
                inLaterSprint: { flow in latestStartOfFlow[flow] > period.start })
        }
        return rows.sorted { left, right in
            if left.team != right.team { return left.team < right.team }
            if left.period.start != right.period.start { return left.period.start < right.period.start }
            return left.period.name < right.period.name
        }
    }

    /// One sprint's numbers over its `members`; `inLaterSprint` says whether a member (by its position in the
    /// flows) took part in a sprint that started later.
    static func tally(
        _ period: SprintPeriod, members: [SprintMember], teamNames: [String: String], inLaterSprint: (Int) -> Bool
    ) -> SprintNumbers {
        var numbers = SprintNumbers(
            period: period, team: team(period, members.lazy.map(\.facts.team), teamNames: teamNames))
        var flowTimes: [Double] = []
        var completedByFlowItem = SmallTally()
        var pointsCommitted = 0.0
        var pointsCompleted = 0.0
        var anyPoints = false
        for member in members {
            let (membership, flow) = (member.membership, member.facts)
            let points = flow.storyPoints
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
                completedByFlowItem.add(flow.flowItem)
                if let days = flow.flowTimeDays { flowTimes.append(days) }
            } else {
                numbers.notCompleted += 1
                if inLaterSprint(member.flow) { numbers.carriedOver += 1 }
            }
        }
        numbers.completedByFlowItem = completedByFlowItem.dictionary
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

    /// The configured team (by its display name), else the team most of the sprint's items belong to.
    static func team(
        _ period: SprintPeriod, _ teams: some Sequence<String>, teamNames: [String: String]
    ) -> String {
        if let configured = period.configuredTeam { return teamNames[configured] ?? configured }
        var tally = SmallTally()
        for team in teams { tally.add(team) }
        let best = tally.dictionary.max { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        }
        return best?.key ?? ""
    }
}
