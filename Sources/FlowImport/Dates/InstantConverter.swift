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
        let dayOrdinal = Self.dayOrdinal(year: Int(date.year), month: month, day: day)
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

    /// Days since 1970-01-01 for a civil date: ``FlowModel/Day/ordinal(year:month:day:)`` (Howard
    /// Hinnant's days_from_civil), repeated here so that it is inlined on this hot path.
    @inline(__always)
    static func dayOrdinal(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
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
