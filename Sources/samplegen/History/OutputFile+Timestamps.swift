import FlowModel

/// The timestamp forms of the history formats, written byte by byte like the others in
/// `OutputFile+Dates.swift`.
extension OutputFile {
    /// `2026-11-20 16:45:00.0`: a Jira site backup's wall-clock time in `zone` (the server's),
    /// as Java's `Timestamp.toString()` writes a time with no milliseconds.
    mutating func writeBackupDate(_ instant: Int, zone: ZoneRules) {
        writeDayAndClock(zone.local(instant), separator: UInt8(ascii: " "))
        write(".0")
    }

    /// `2026-11-20T16:45:00.000+0100`: Jira REST's timestamps, with `zone`'s offset and no colon.
    mutating func writeJiraJSONDate(_ instant: Int, zone: ZoneRules) {
        let offset = zone.offset(at: instant)
        writeDayAndClock(instant + offset, separator: UInt8(ascii: "T"))
        write(".000")
        writeOffset(offset, colon: false)
    }

    /// `2026-11-20T16:45:00+01:00`: ISO 8601 with `zone`'s offset.
    mutating func writeISODate(_ instant: Int, zone: ZoneRules) {
        let offset = zone.offset(at: instant)
        writeDayAndClock(instant + offset, separator: UInt8(ascii: "T"))
        writeOffset(offset, colon: true)
    }

    /// `2026-11-20T15:45:00.000Z`: UTC, as Jira Cloud writes sprint dates.
    mutating func writeUTCDate(_ instant: Int) {
        writeDayAndClock(instant, separator: UInt8(ascii: "T"))
        write(".000Z")
    }

    /// `2026-11-20`: the local day of `instant` in `zone`.
    mutating func writeDay(_ instant: Int, zone: ZoneRules) {
        let (year, month, day) = Day(ordinal: floorDiv(zone.local(instant), 86_400)).civil
        write(number: year, width: 4)
        write(byte: UInt8(ascii: "-"))
        write(number: month, width: 2)
        write(byte: UInt8(ascii: "-"))
        write(number: day, width: 2)
    }

    /// `yyyy-MM-dd` + `separator` + `HH:mm:ss` for seconds since 1970 on a wall clock.
    private mutating func writeDayAndClock(_ wallSeconds: Int, separator: UInt8) {
        let day = Day(ordinal: floorDiv(wallSeconds, 86_400))
        let (year, month, dayOfMonth) = day.civil
        let second = wallSeconds - day.ordinal * 86_400
        write(number: year, width: 4)
        write(byte: UInt8(ascii: "-"))
        write(number: month, width: 2)
        write(byte: UInt8(ascii: "-"))
        write(number: dayOfMonth, width: 2)
        write(byte: separator)
        write(number: second / 3600, width: 2)
        write(byte: UInt8(ascii: ":"))
        write(number: second % 3600 / 60, width: 2)
        write(byte: UInt8(ascii: ":"))
        write(number: second % 60, width: 2)
    }

    private mutating func writeOffset(_ offset: Int, colon: Bool) {
        write(byte: offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        write(number: abs(offset) / 3600, width: 2)
        if colon { write(byte: UInt8(ascii: ":")) }
        write(number: abs(offset) % 3600 / 60, width: 2)
    }
}
