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
        var numbering = SprintNameNumbers()
        var spans: [MemberSpan] = []
        for flow in flows {
            let sprints = flow.item.sprints
            let changes = flow.item.sprintChanges
            if sprints.isEmpty && changes.isEmpty { continue }
            let numbers = numbering.numbers(sprints: sprints, changes: changes)
            if spans.count < numbering.names.count {
                spans.append(contentsOf: repeatElement(MemberSpan(), count: numbering.names.count - spans.count))
            }
            let shown = flow.flowStart ?? flow.agingStart ?? flow.flowEnd ?? flow.item.created
            // The member's last sign of life: its flow end, else the later of when it showed and its creation, so
            // that the sprint holds every member, finished or not.
            let end = flow.flowEnd ?? Self.later(shown, flow.item.created)
            for number in numbers { spans[number].add(shown: shown, end: end) }
        }
        var periods: [String: SprintPeriod] = [:]
        for (number, name) in numbering.names.enumerated() {
            if let period = period(name, span: spans[number]) { periods[name] = period }
        }
        return periods
    }

    /// What a sprint's dates from its items need (see ``period(_:span:)``), gathered member by member.
    private struct MemberSpan {
        var first: Date?
        var last: Date?

        mutating func add(shown: Date?, end: Date?) {
            if let shown, first.map({ shown < $0 }) ?? true { first = shown }
            if let end, last.map({ end > $0 }) ?? true { last = end }
        }
    }

    /// The later of two instants, either of which may be unknown.
    private static func later(_ left: Date?, _ right: Date?) -> Date? {
        guard let left, let right else { return left ?? right }
        return max(left, right)
    }

    /// Every sprint named by `sprints` or `changes`, listed ones first.
    static func names(sprints: [String], changes: [SprintChange]) -> [String] {
        guard !changes.isEmpty else { return sprints }
        var names = sprints
        for change in changes where !names.contains(change.sprint) { names.append(change.sprint) }
        return names
    }

    private func period(_ name: String, span: MemberSpan) -> SprintPeriod? {
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
        // to the last (a member's flow end, else the later of that instant and its creation): every member is in
        // the sprint while it runs.
        guard let first = span.first else { return nil }
        let last = span.last ?? first
        return wholeDays(
            name, state: sprint?.state, team: nil, from: clock.day(of: first), to: clock.day(of: max(first, last)),
            source: .items)
    }

    private func wholeDays(
        _ name: String, state: String?, team: String?, from: Day, to: Day, source: SprintDatesSource
    ) -> SprintPeriod {
        SprintPeriod(
            name: name, state: state, configuredTeam: team, start: clock.start(of: from), end: clock.end(of: to),
            commitment: clock.end(of: from), startDay: from, endDay: to, datesFrom: source)
    }

    static func sameName(_ left: String, _ right: String) -> Bool {
        left.trimmingCharacters(in: .whitespaces).lowercased()
            == right.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
