import FlowModel
import Foundation

/// Turns ``ParsedDate``s into instants: with the text's own offset where it has one, else as wall-clock
/// time in the clock's zone (the earlier instant in a daylight-saving overlap, see ``LocalClock``).
///
/// Zone lookups are slow next to parsing, so the offset of each local day without a transition is
/// looked up once and kept in an array by day (see ``DayOffsets``).
struct InstantConverter {
    let clock: LocalClock
    /// Seconds east of UTC for local days that have no transition.
    private var offsets = DayOffsets()
    /// The zone's offset when it never changes (UTC, fixed zones).
    private let fixedOffset: Int?

    init(clock: LocalClock) {
        self.clock = clock
        let zone = clock.timeZone
        let changes =
            zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) != nil
            || zone.nextDaylightSavingTimeTransition(after: Date()) != nil
        fixedOffset = changes ? nil : zone.secondsFromGMT(for: Date())
    }

    /// The instant `date` names when numeric dates are read in `order`.
    mutating func instant(_ date: ParsedDate, order: DateOrder) -> Date {
        let (month, day) = date.monthAndDay(order)
        let dayOrdinal = Day.ordinal(year: Int(date.year), month: month, day: day)
        let wallSeconds =
            dayOrdinal * 86_400 + Int(date.hour) * 3600 + Int(date.minute) * 60 + Int(date.seconds)
        let fraction = Double(date.nanoseconds) / 1_000_000_000
        if let offsetMinutes = date.offsetMinutes {
            return Date(timeIntervalSince1970: Double(wallSeconds - Int(offsetMinutes) * 60) + fraction)
        }
        return Date(timeIntervalSince1970: seconds(wallSeconds: wallSeconds, day: dayOrdinal, fraction: fraction))
    }

    /// Seconds since 1970 UTC of a wall-clock time in the clock's zone: `wallSeconds` counted from local
    /// 1970-01-01 00:00, on the local day `day` (its ordinal), plus `fraction`.
    mutating func seconds(wallSeconds: Int, day: Int, fraction: Double) -> Double {
        if let offset = offsetThroughout(day: day) { return Double(wallSeconds - offset) + fraction }
        return clock.instant(localSeconds: Double(wallSeconds) + fraction).timeIntervalSince1970
    }

    /// The zone's offset during the whole local day, or `nil` when it changes that day.
    private mutating func offsetThroughout(day: Int) -> Int? {
        if let fixedOffset { return fixedOffset }
        switch offsets[day] {
        case .known(let offset): return offset
        case .changing: return nil
        case .unknown:
            let offset = lookUpOffset(day: day)
            offsets[day] = offset.map { .known($0) } ?? .changing
            return offset
        }
    }

    private func lookUpOffset(day: Int) -> Int? {
        // Every instant of the local day lies within 14 hours of the UTC day with the same date.
        let from = Date(timeIntervalSince1970: Double(day * 86_400 - 14 * 3600))
        let to = Date(timeIntervalSince1970: Double((day + 1) * 86_400 + 14 * 3600))
        let offset = clock.offset(at: from)
        if let transition = clock.timeZone.nextDaylightSavingTimeTransition(after: from), transition < to {
            return nil
        }
        return clock.offset(at: to) == offset ? offset : nil
    }
}
