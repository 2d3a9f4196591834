import FlowMapping
import FlowModel
import Foundation

/// Resolves the dates of every sprint the items name: from the data where the export has both a start and
/// an end, else from the configuration's `sprints:` list, else from the items in the sprint (SPEC §4).
public struct SprintCalendar: Sendable {
    /// Sprints with whatever dates the export carries, by name.
    public var dataSprints: [String: Sprint]
    /// Sprints the configuration dates.
    public var configured: [ConfiguredSprint]
    public var clock: LocalClock

    public init(dataSprints: [String: Sprint], configured: [ConfiguredSprint], clock: LocalClock) {
        self.dataSprints = dataSprints
        self.configured = configured
        self.clock = clock
    }

    /// The period of every sprint that at least one of `flows` names, by name.
    public func periods(_ flows: [ItemFlow]) -> [String: SprintPeriod] {
        var members: [String: [ItemFlow]] = [:]
        for flow in flows {
            let sprints = flow.item.sprints
            let changes = flow.item.sprintChanges
            if sprints.isEmpty && changes.isEmpty { continue }
            for name in SprintCalendar.names(sprints: sprints, changes: changes) {
                members[name, default: []].append(flow)
            }
        }
        var periods: [String: SprintPeriod] = [:]
        for (name, flows) in members {
            if let period = period(name, members: flows) { periods[name] = period }
        }
        return periods
    }

    /// Every sprint named by `sprints` or `changes`, listed ones first.
    static func names(sprints: [String], changes: [SprintChange]) -> [String] {
        guard !changes.isEmpty else { return sprints }
        var names = sprints
        for change in changes where !names.contains(change.sprint) { names.append(change.sprint) }
        return names
    }

    private func period(_ name: String, members: [ItemFlow]) -> SprintPeriod? {
        let sprint = dataSprints[name]
        let configured = configured.first { SprintCalendar.sameName($0.name, name) }
        if let start = sprint?.start, let end = sprint?.completed ?? sprint?.end, start <= end {
            return SprintPeriod(
                name: name, state: sprint?.state, configuredTeam: configured?.team, start: start, end: end,
                startDay: clock.day(of: start), endDay: clock.day(of: end), datesFrom: .data)
        }
        if let configured {
            return wholeDays(
                name, state: sprint?.state, team: configured.team, from: configured.start, to: configured.end,
                source: .config)
        }
        // The first instant any member shows life (flow start, else the aging start, the end or the creation)
        // to the last flow end; a sprint none of whose items ever moved ends where it starts.
        let starts = members.compactMap { $0.flowStart ?? $0.agingStart ?? $0.flowEnd ?? $0.item.created }
        guard let first = starts.min() else { return nil }
        let last = members.compactMap(\.flowEnd).max() ?? first
        return wholeDays(
            name, state: sprint?.state, team: nil, from: clock.day(of: first), to: clock.day(of: max(first, last)),
            source: .items)
    }

    private func wholeDays(
        _ name: String, state: String?, team: String?, from: Day, to: Day, source: SprintDatesSource
    ) -> SprintPeriod {
        SprintPeriod(
            name: name, state: state, configuredTeam: team, start: clock.start(of: from), end: clock.end(of: to),
            startDay: from, endDay: to, datesFrom: source)
    }

    static func sameName(_ left: String, _ right: String) -> Bool {
        left.trimmingCharacters(in: .whitespaces).lowercased()
            == right.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
