import FlowMapping
import Foundation

/// Aging work in progress (SPEC §4): items in progress at an instant and how long they have been in flow.
public enum AgingWork {
    /// One item in progress and its age in days.
    public struct Entry: Sendable {
        /// The item.
        public var flow: ItemFlow
        /// Days from its flow start (or, without history, from when it entered the In Progress category) to
        /// the instant.
        public var ageDays: Double
        /// The stage it was in at the instant (its current stage when it has no history).
        public var stage: Int
        /// The status it was in at the instant.
        public var status: String
    }

    /// The items in progress at the end of the day whose next midnight is `instant` (a window's end), oldest
    /// first (ties by key).
    ///
    /// With history: the items in the load then (``LoadSeries/inProgress(_:at:)``: flow start before `instant`,
    /// no flow end before it). Without: items in progress at export time that had entered the In Progress
    /// category before `instant`.
    public static func entries(_ flows: [ItemFlow], at instant: Date) -> [Entry] {
        var entries: [Entry] = []
        for flow in flows {
            if flow.intervals.isEmpty {
                guard flow.outcome == .inProgress, let start = flow.agingStart, start < instant else { continue }
                entries.append(
                    Entry(
                        flow: flow, ageDays: instant.timeIntervalSince(start) / 86_400, stage: flow.stage,
                        status: flow.item.status))
                continue
            }
            guard let start = flow.flowStart, start < instant, flow.flowEnd.map({ $0 >= instant }) ?? true
            else { continue }
            let interval = flow.intervals.last { $0.start < instant } ?? flow.intervals[0]
            entries.append(
                Entry(
                    flow: flow, ageDays: instant.timeIntervalSince(start) / 86_400, stage: interval.stage,
                    status: interval.status))
        }
        return entries.sorted {
            $0.ageDays != $1.ageDays ? $0.ageDays > $1.ageDays : $0.flow.item.key < $1.flow.item.key
        }
    }
}
