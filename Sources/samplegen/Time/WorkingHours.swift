import FlowModel

/// Moves simulated times into office hours, the way people actually click in a tracker:
/// Monday to Friday, roughly 08:00 to 18:30 local time, on whole minutes — the precision of a Jira
/// CSV export, so that every format written from the simulation carries the same instants.
struct WorkingHours {
    let zone: ZoneRules

    /// `instant` (on its whole minute) if it falls in office hours, else a minute early on the next working morning.
    func snap(_ exact: Int, random: inout SplitMix64) -> Int {
        let instant = exact - exact % 60
        let local = zone.local(instant)
        var day = Day(ordinal: floorDiv(local, 86_400))
        let secondOfDay = local - day.ordinal * 86_400
        let isWorkday = day.weekday <= 5
        if isWorkday && secondOfDay >= 8 * 3600 && secondOfDay < 18 * 3600 + 1800 { return instant }
        if !isWorkday || secondOfDay >= 8 * 3600 { day = day.advanced(by: 1) }
        while day.weekday > 5 { day = day.advanced(by: 1) }
        let morning = 8 * 3600 + random.int(below: 150) * 60
        return zone.instant(local: day.ordinal * 86_400 + morning)
    }

    /// The local calendar day of `instant`.
    func day(of instant: Int) -> Day { Day(ordinal: floorDiv(zone.local(instant), 86_400)) }

    /// The instant of a local wall-clock time on `day`.
    func instant(on day: Day, hour: Int, minute: Int = 0) -> Int {
        zone.instant(local: day.ordinal * 86_400 + hour * 3600 + minute * 60)
    }
}

/// Integer division rounding towards negative infinity.
func floorDiv(_ value: Int, _ divisor: Int) -> Int {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
