import FlowModel
import Foundation

/// A span of whole days in the configured zone, both ends inclusive, with the instants it covers.
public struct MetricWindow: Sendable, Hashable {
    /// The first day.
    public let from: Day
    /// The last day (inclusive).
    public let to: Day
    /// Local midnight at the start of `from`.
    public let start: Date
    /// Local midnight after `to` (exclusive).
    public let end: Date
    /// The end of each day (the next local midnight), oldest first: the instants daily samples are taken at.
    public let dayEnds: [Date]

    /// The days `from` through `to` (swapped when given backwards) in `clock`'s zone.
    public init(from: Day, to: Day, clock: LocalClock) {
        self.from = min(from, to)
        self.to = max(from, to)
        start = clock.start(of: self.from)
        end = clock.end(of: self.to)
        dayEnds = (self.from...self.to).map { clock.end(of: $0) }
    }

    /// Every day of the window, first to last.
    public var days: [Day] { Array(from...to) }

    /// True when `date` falls on one of the window's days.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// True when `date` is known and falls on one of the window's days.
    public func contains(_ date: Date?) -> Bool { date.map(contains) ?? false }
}
