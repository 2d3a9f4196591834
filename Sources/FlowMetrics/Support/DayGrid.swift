import FlowModel
import Foundation

/// The ends of consecutive local days, and which of those days an instant falls in — found with a guess
/// and a step or two instead of asking the time zone.
///
/// Every window, sample and bucket of a report is a run of these days. The grid's first day is padding: no
/// window starts on it, so that the start of every window (the end of the day before it) is in the grid.
/// Positions are what a binary search over the day ends gives, so they agree exactly with
/// ``MetricWindow/contains(_:)`` and the end-of-day samples of ``MetricWindow/dayEnds``.
public struct DayGrid: Sendable {
    /// The day whose end is `ends[0]`.
    public let first: Day
    /// `ends[i]`: the end of day `first + i` (the next local midnight), seconds since the reference date.
    let ends: [Double]

    /// The days `from − 1` through `to` in `clock`'s zone.
    public init(from: Day, to: Day, clock: LocalClock) {
        let lower = min(from, to).advanced(by: -1)
        first = lower
        ends = (lower...max(from, to)).map { clock.end(of: $0).timeIntervalSinceReferenceDate }
    }

    /// The days of `window` and the one before it, taken from the window's own instants.
    public init(covering window: MetricWindow) {
        first = window.from.advanced(by: -1)
        ends = [window.start.timeIntervalSinceReferenceDate] + window.dayEnds.map(\.timeIntervalSinceReferenceDate)
    }

    /// The number of days.
    var count: Int { ends.count }

    /// True when every day of `window` is in the grid after its first day.
    func covers(_ window: MetricWindow) -> Bool {
        first < window.from && window.to <= first.advanced(by: count - 1)
    }

    /// The grid indices of `window`'s first and last day (the grid must cover it).
    func range(of window: MetricWindow) -> ClosedRange<Int> {
        first.distance(to: window.from)...first.distance(to: window.to)
    }

    /// The number of day ends at or before `time` (seconds since the reference date): the index of the day
    /// that holds it, `0` before the grid's first day ends, `count` from its last day's end on. `nil` for NaN.
    func position(_ time: Double) -> Int? {
        guard !time.isNaN else { return nil }
        guard let last = ends.last, time >= ends[0] else { return 0 }
        guard time < last else { return ends.count }
        var index = Int(((time - ends[0]) / 86_400).rounded(.down)) + 1
        index = Swift.max(1, Swift.min(index, ends.count - 1))
        while index > 0 && ends[index - 1] > time { index -= 1 }
        while index < ends.count && ends[index] <= time { index += 1 }
        return index
    }
}
