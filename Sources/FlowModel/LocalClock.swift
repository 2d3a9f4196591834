import Foundation

/// Converts between instants and the wall-clock days and times of one time zone.
///
/// Windows, days and weeks in reports are whole days in the configured zone; timestamps that
/// carry no offset (Jira CSV, backups) are read as wall-clock time in it.
public struct LocalClock: Sendable {
    public let timeZone: TimeZone
    /// Set when the zone never changes its offset, so no lookup is needed.
    private let fixedOffset: Int?

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.timeZone = timeZone
        let now = Date()
        let hasTransitions =
            timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) != nil
            || timeZone.nextDaylightSavingTimeTransition(after: now) != nil
        self.fixedOffset = hasTransitions ? nil : timeZone.secondsFromGMT(for: now)
    }

    /// The zone's name for people: its identifier, with Foundation's `GMT` for UTC shown as `UTC`.
    public var zoneName: String {
        timeZone.reportName
    }

    /// Seconds east of UTC at `date`.
    public func offset(at date: Date) -> Int {
        fixedOffset ?? timeZone.secondsFromGMT(for: date)
    }

    /// The wall-clock day that `date` falls on.
    public func day(of date: Date) -> Day {
        let local = date.timeIntervalSince1970 + Double(offset(at: date))
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }

    /// The instant a wall-clock day begins (local midnight).
    public func start(of day: Day) -> Date {
        instant(localSeconds: Double(day.ordinal) * 86_400)
    }

    /// The instant a wall-clock day ends: the start of the next day.
    public func end(of day: Day) -> Date { start(of: day.advanced(by: 1)) }

    /// The instant of a wall-clock time given as seconds since 1970-01-01 00:00 local time.
    ///
    /// In a gap (spring forward) the time is read with the offset before the change; in an overlap
    /// (fall back) the earlier of the two instants is chosen.
    public func instant(localSeconds: Double) -> Date {
        if let fixedOffset { return Date(timeIntervalSince1970: localSeconds - Double(fixedOffset)) }
        // The offsets a day either side bracket any change near this wall-clock time.
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - 86_400))
        let after = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds + 86_400))
        let candidates = Set([before, after]).map { Date(timeIntervalSince1970: localSeconds - Double($0)) }
        let valid = candidates.filter {
            Double(timeZone.secondsFromGMT(for: $0)) == localSeconds - $0.timeIntervalSince1970
        }
        return valid.min() ?? Date(timeIntervalSince1970: localSeconds - Double(before))
    }

    /// The instant of a wall-clock date and time in this zone.
    public func instant(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        fraction: Double = 0
    ) -> Date {
        let days = Day.ordinal(year: year, month: month, day: day)
        let seconds = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second) + fraction
        return instant(localSeconds: seconds)
    }
}

extension Date {
    /// The instant of a UTC date and time, computed without a calendar.
    public static func utc(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        fraction: Double = 0, offsetSeconds: Int = 0
    ) -> Date {
        let days = Day.ordinal(year: year, month: month, day: day)
        let seconds = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second - offsetSeconds)
        return Date(timeIntervalSince1970: seconds + fraction)
    }
}
