import FlowMapping
import FlowModel
import Foundation

/// Counts every sprint's numbers over mapped items (SPEC §4 "Sprints").
public enum SprintTally {
    /// The numbers of every sprint in `periods` that at least one of `flows` was in, a row per team and sprint
    /// (SPEC §4): the sprint's configured team, else each member's own team — a sprint holding items of two teams
    /// gives a row for each. Ordered by team, then start, then name.
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
        // Each sprint's rows, by team number: one for a configured team, else one per team among its members
        // (most sprints have one, so a short list searched in order). Team names are numbered once per item.
        var teams = SprintNameNumbers()
        var counts = [[(team: Int, count: SprintCount)]](repeating: [], count: sprintPeriods.count)
        let configuredTeams = sprintPeriods.map { period in
            period.configuredTeam.map { teams.number(of: teamNames[$0] ?? $0) }
        }
        var joined: [(number: Int, membership: SprintMembership)] = []
        for flow in flows {
            // The three fields membership needs, read from the item in place (not a copy of the whole item).
            let sprints = flow.item.sprints
            let changes = flow.item.sprintChanges
            if sprints.isEmpty && changes.isEmpty { continue }
            let created = flow.item.created
            joined.removeAll(keepingCapacity: true)
            // Names numbered past the periods have none.
            for number in numbering.numbers(sprints: sprints, changes: changes) where number < counts.count {
                let period = sprintPeriods[number]
                guard !endedBefore(flow, period),
                    let membership = SprintMembership.of(
                        sprints: sprints, changes: changes, created: created, in: period)
                else { continue }
                joined.append((number, membership))
            }
            // "Carried over into a later sprint" is a sprint starting after this one's start, which one exists
            // exactly when the latest start of the item's sprints is after it.
            guard let latestStart = joined.lazy.map({ sprintPeriods[$0.number].start }).max() else { continue }
            let ownTeam = teams.number(of: flow.team)
            for (number, membership) in joined {
                let period = sprintPeriods[number]
                let team = configuredTeams[number] ?? ownTeam
                let row =
                    counts[number].firstIndex { $0.team == team }
                    ?? {
                        counts[number].append((team, SprintCount(period)))
                        return counts[number].count - 1
                    }()
                counts[number][row].count.add(flow, membership, inLaterSprint: latestStart > period.start)
            }
        }
        let rows = counts.flatMap { rows in
            rows.filter { !$0.count.isEmpty }.map { $0.count.finished(team: teams.names[$0.team]) }
        }
        return rows.sorted { left, right in
            if left.team != right.team { return left.team < right.team }
            if left.period.start != right.period.start { return left.period.start < right.period.start }
            return left.period.name < right.period.name
        }
    }

    /// True when the item was delivered or discarded before the sprint started: a sprint that still lists it
    /// (a closed item left in a later sprint) never had it to work on.
    static func endedBefore(_ flow: ItemFlow, _ period: SprintPeriod) -> Bool {
        guard flow.outcome == .delivered || flow.outcome == .discarded, let end = flow.flowEnd else { return false }
        return end < period.start
    }
}
