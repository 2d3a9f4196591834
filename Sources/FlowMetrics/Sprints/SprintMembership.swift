import FlowModel
import Foundation

/// Whether an item was in a sprint at its start, joined or left it while it ran, and was in it at its end.
public struct SprintMembership: Sendable, Hashable {
    /// In the sprint at its ``SprintPeriod/commitment`` (its start, or the end of a whole-day sprint's first
    /// day): "committed".
    public var atStart: Bool
    /// Not in it at its start, but put in while it ran.
    public var added: Bool
    /// In it at its start or added, but no longer in it at its end.
    public var removed: Bool
    /// True when the item's sprint changes said so; false when the fallback rule (created before the start)
    /// decided.
    public var fromHistory: Bool

    public init(atStart: Bool, added: Bool, removed: Bool, fromHistory: Bool) {
        self.atStart = atStart
        self.added = added
        self.removed = removed
        self.fromHistory = fromHistory
    }

    /// In the sprint's scope at its end: committed or added, and not removed.
    public var inScope: Bool { (atStart || added) && !removed }

    /// How `item` took part in `period`; `nil` when it was never in the sprint while it ran.
    ///
    /// With sprint changes for the sprint, membership at an instant replays them (before the first change the
    /// item is in the sprint exactly when that change removes it), and an item counts only from its creation.
    /// Without them, an item that lists the sprint was in it from its creation: committed when created at or
    /// before the commitment, added when created while the sprint ran; removals are unknown. Commitment is read
    /// at ``SprintPeriod/commitment``: the start, or the end of the first day of a whole-day sprint.
    public static func of(_ item: WorkItem, in period: SprintPeriod) -> SprintMembership? {
        of(sprints: item.sprints, changes: item.sprintChanges, created: item.created, in: period)
    }

    /// How an item that lists `sprints`, has `changes` and was `created` then took part in `period` (the
    /// fields ``of(_:in:)`` reads, for callers that hold them without the whole item).
    static func of(
        sprints: [String], changes allChanges: [SprintChange], created: Date?, in period: SprintPeriod
    ) -> SprintMembership? {
        let changes = allChanges.isEmpty ? allChanges : allChanges.filter { $0.sprint == period.name }
        guard let first = changes.first else {
            guard sprints.contains(period.name) else { return nil }
            guard let created else {
                return SprintMembership(atStart: true, added: false, removed: false, fromHistory: false)
            }
            if created <= period.commitment {
                return SprintMembership(atStart: true, added: false, removed: false, fromHistory: false)
            }
            guard created <= period.end else { return nil }
            return SprintMembership(atStart: false, added: true, removed: false, fromHistory: false)
        }
        let initially = !first.added
        func isIn(at instant: Date) -> Bool {
            if let created, created > instant { return false }
            return changes.last { $0.at <= instant }?.added ?? initially
        }
        let atStart = isIn(at: period.commitment)
        let atEnd = isIn(at: period.end)
        let createdDuring = created.map { $0 > period.commitment && $0 <= period.end } ?? false
        let joined = changes.contains { $0.added && $0.at > period.commitment && $0.at <= period.end }
        let added = !atStart && (joined || (createdDuring && initially) || atEnd)
        guard atStart || added else { return nil }
        return SprintMembership(atStart: atStart, added: added, removed: !atEnd, fromHistory: true)
    }
}
