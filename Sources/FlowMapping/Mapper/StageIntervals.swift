import FlowModel
import Foundation

/// Turns a status history into stage intervals (SPEC §4).
enum StageIntervals {
    /// The history oldest first. Exports list it either way (Jira REST can be newest first), so a list
    /// that runs backwards is reversed before a stable sort by time, which keeps same-instant changes in
    /// the order they happened. A list already in order is returned as it is.
    static func sorted(_ history: [StatusChange]) -> [StatusChange] {
        guard let first = history.first, let last = history.last else { return [] }
        let ordered = first.at > last.at ? Array(history.reversed()) : history
        if isAscending(ordered) { return ordered }
        return ordered.enumerated()
            .sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
            .map(\.element)
    }

    /// True when no change is earlier than the one before it.
    private static func isAscending(_ history: [StatusChange]) -> Bool {
        var index = 1
        while index < history.count {
            guard history[index - 1].at <= history[index].at else { return false }
            index += 1
        }
        return true
    }

    /// The intervals of an item created at `created` with `history` (oldest first) and `current` status.
    ///
    /// The first interval starts at `created` (or at the first change when `created` is unknown or later) in
    /// the first change's `from` status — or its `to` when `from` is nil (created in it). Each change ends
    /// the open interval and opens one in its `to` status; a change into the status the item is already in
    /// changes nothing. With no changes the item sits in `current` since `created`. The last interval is open.
    /// `currentStage` is where `current` goes with the item's own status category.
    static func build(
        history: [StatusChange], created: Date?, current: String, resolver: inout StatusResolver,
        currentStage: Int
    ) -> [StageInterval] {
        guard let first = history.first else {
            guard let created else { return [] }
            return [StageInterval(stage: currentStage, status: current, start: created, end: nil)]
        }
        let currentKey = resolver.resolve(current).key
        func stage(_ resolved: (key: Int, stage: Int, spelling: Int32)) -> Int {
            resolved.key == currentKey ? currentStage : resolved.stage
        }
        // `resolved.spelling` numbers the spelling that opened the interval (the first of a run of statuses
        // with the same key).
        var resolved = resolver.resolve(first.from ?? first.to)
        var start = min(created ?? first.at, first.at)
        var intervals: [StageInterval] = []
        intervals.reserveCapacity(history.count + 1)
        for index in history.indices {
            let next = resolver.resolve(history[index].to)
            guard next.key != resolved.key else { continue }
            let at = history[index].at
            intervals.append(
                StageInterval(stage: stage(resolved), statusNumber: resolved.spelling, start: start, end: at))
            resolved = next
            start = at
        }
        intervals.append(StageInterval(stage: stage(resolved), statusNumber: resolved.spelling, start: start, end: nil))
        return intervals
    }
}
