import FlowModel
import Foundation

/// The local day of instants in one zone — what ``FlowModel/LocalClock/day(of:)`` says — without asking the
/// zone for every instant, which is slow and which a report of 100 000 items does a million times.
///
/// The zone's offset is looked up once per UTC day and kept for the whole day when it is the same at the day's
/// first and last second (zones change their offset at most once a day). On a day with a change, and for
/// instants beyond any export's range, the clock is asked for each instant.
struct LocalDays {
    let clock: LocalClock
    /// The UTC day (days since 1970) of `offsets[0]`.
    private var base = 0
    /// Seconds east of UTC per UTC day from `base`: ``unknown`` until looked up, ``changing`` on a day with
    /// a change.
    private var offsets: [Int32] = []

    private static let unknown = Int32.min
    private static let changing = Int32.max
    /// The most UTC days cached (about 270 years).
    private static let maximumSpan = 100_000

    init(clock: LocalClock) {
        self.clock = clock
    }

    mutating func day(of date: Date) -> Day {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e12,
            let offset = offset(onUTCDay: Int((seconds / 86_400).rounded(.down)))
        else { return clock.day(of: date) }
        let local = seconds + Double(offset)
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }

    /// The offset for every instant of UTC day `day`; `nil` when it changes that day or the day is not cached.
    private mutating func offset(onUTCDay day: Int) -> Int? {
        guard let slot = slot(day) else { return nil }
        var value = offsets[slot]
        if value == LocalDays.unknown {
            let first = clock.offset(at: Date(timeIntervalSince1970: Double(day) * 86_400))
            let last = clock.offset(at: Date(timeIntervalSince1970: Double(day + 1) * 86_400 - 1))
            value = first == last ? Int32(clamping: first) : LocalDays.changing
            offsets[slot] = value
        }
        return value == LocalDays.changing || value == LocalDays.unknown ? nil : Int(value)
    }

    /// The index of `day` in `offsets`, growing the cache to hold it; `nil` when that would make it too big.
    private mutating func slot(_ day: Int) -> Int? {
        if offsets.isEmpty {
            base = day - 64
            offsets = [Int32](repeating: LocalDays.unknown, count: 128)
        }
        if day >= base && day < base + offsets.count { return day - base }
        let slack = Swift.max(64, offsets.count)
        let lower = Swift.min(base, day - slack)
        let upper = Swift.max(base + offsets.count, day + 1 + slack)
        guard upper - lower <= LocalDays.maximumSpan else { return nil }
        var grown = [Int32](repeating: LocalDays.unknown, count: upper - lower)
        grown.replaceSubrange((base - lower)..<(base - lower + offsets.count), with: offsets)
        base = lower
        offsets = grown
        return day - base
    }
}
