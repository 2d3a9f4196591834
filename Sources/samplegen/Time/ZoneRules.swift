import Foundation

/// The UTC offsets of one time zone over the simulated period, looked up without Foundation
/// once built (timestamps are formatted by hand, millions of times for large exports).
struct ZoneRules {
    /// The IANA name (`Europe/Berlin`).
    let identifier: String
    /// (first instant, offset in seconds east of UTC), ascending; the first entry covers
    /// everything before the second.
    private let periods: [(from: Int, offset: Int)]

    /// The rules of `identifier` between `start` and `end` (Unix seconds); `nil` for an unknown zone.
    init?(identifier: String, from start: Int, to end: Int) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        var periods: [(from: Int, offset: Int)] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(start))
        periods.append((Int.min, zone.secondsFromGMT(for: cursor)))
        while let change = zone.nextDaylightSavingTimeTransition(after: cursor),
            change.timeIntervalSince1970 <= TimeInterval(end)
        {
            periods.append((Int(change.timeIntervalSince1970), zone.secondsFromGMT(for: change)))
            cursor = change
        }
        self.periods = periods
    }

    /// Seconds east of UTC at `instant` (Unix seconds).
    func offset(at instant: Int) -> Int {
        var result = periods[0].offset
        for period in periods.dropFirst() where instant >= period.from { result = period.offset }
        return result
    }

    /// Wall-clock seconds since 1970-01-01 00:00 local time.
    func local(_ instant: Int) -> Int { instant + offset(at: instant) }

    /// The instant of a wall-clock time (seconds since 1970-01-01 00:00 local time); in a
    /// daylight-saving gap or overlap the offset before the change is used.
    func instant(local: Int) -> Int {
        let guess = local - offset(at: local)
        return local - offset(at: guess)
    }
}
