import FlowModel
import Foundation

/// Turns ``ParsedDate``s into instants: with the text's own offset where it has one, else as wall-clock
/// time in the clock's zone (the earlier instant in a daylight-saving overlap, see ``LocalClock``).
///
/// Zone lookups are slow next to parsing, so the offset of each local day without a transition is
/// looked up once.
struct InstantConverter {
    let clock: LocalClock
    /// Seconds east of UTC for local days (by ordinal) that have no transition; `nil` for days that do.
    private var offsetsByDay: [Int: Int?] = [:]
    /// The zone's offset when it never changes (UTC, fixed zones).
    private let fixedOffset: Int?
    /// The last day looked up and its offset: dates in an export cluster.
    private var lastDay: (day: Int, offset: Int?)?

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
        if let offset = offsetThroughout(day: dayOrdinal) {
            return Date(timeIntervalSince1970: Double(wallSeconds - offset) + fraction)
        }
        return clock.instant(localSeconds: Double(wallSeconds) + fraction)
    }

    /// The zone's offset during the whole local day, or `nil` when it changes that day.
    private mutating func offsetThroughout(day: Int) -> Int? {
        if let fixedOffset { return fixedOffset }
        if let lastDay, lastDay.day == day { return lastDay.offset }
        let offset = lookUpOffset(day: day)
        lastDay = (day, offset)
        return offset
    }

    private mutating func lookUpOffset(day: Int) -> Int? {
        if let cached = offsetsByDay[day] { return cached }
        // Every instant of the local day lies within 14 hours of the UTC day with the same date.
        let from = Date(timeIntervalSince1970: Double(day * 86_400 - 14 * 3600))
        let to = Date(timeIntervalSince1970: Double((day + 1) * 86_400 + 14 * 3600))
        var offset: Int? = clock.offset(at: from)
        if let transition = clock.timeZone.nextDaylightSavingTimeTransition(after: from), transition < to {
            offset = nil
        } else if clock.offset(at: to) != offset {
            offset = nil
        }
        offsetsByDay[day] = offset
        return offset
    }
}
