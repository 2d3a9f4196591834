import FlowModel

/// Timestamps formatted by hand, byte by byte: no Foundation formatter runs per row.
extension OutputFile {
    /// `24/Nov/26 9:15 AM`: the Jira CSV default (`dd/MMM/yy h:mm a`), wall-clock time in
    /// `zone`, no zone written.
    mutating func writeJiraDate(_ instant: Int, zone: ZoneRules) {
        let local = zone.local(instant)
        let day = Day(ordinal: floorDiv(local, 86_400))
        let (year, month, dayOfMonth) = day.civil
        let minutes = (local - day.ordinal * 86_400) / 60
        let hour = minutes / 60
        write(number: dayOfMonth, width: 2)
        write(byte: UInt8(ascii: "/"))
        write(DateNames.months[month - 1])
        write(byte: UInt8(ascii: "/"))
        write(number: year % 100, width: 2)
        write(byte: UInt8(ascii: " "))
        write(number: hour % 12 == 0 ? 12 : hour % 12)
        write(byte: UInt8(ascii: ":"))
        write(number: minutes % 60, width: 2)
        write(hour < 12 ? " AM" : " PM")
    }

    /// `Fri, 20 Nov 2026 16:45:00 +0100`: RFC 822 as Jira's RSS writes it (day not padded),
    /// with `zone`'s offset at that instant.
    mutating func writeRFC822(_ instant: Int, zone: ZoneRules) {
        let offset = zone.offset(at: instant)
        let local = instant + offset
        let day = Day(ordinal: floorDiv(local, 86_400))
        let (year, month, dayOfMonth) = day.civil
        let second = local - day.ordinal * 86_400
        write(DateNames.weekdays[day.weekday - 1])
        write(", ")
        write(number: dayOfMonth)
        write(byte: UInt8(ascii: " "))
        write(DateNames.months[month - 1])
        write(byte: UInt8(ascii: " "))
        write(number: year, width: 4)
        write(byte: UInt8(ascii: " "))
        writeClock(second)
        write(offset < 0 ? " -" : " +")
        write(number: abs(offset) / 3600, width: 2)
        write(number: abs(offset) % 3600 / 60, width: 2)
    }

    /// `Fri Nov 20 15:45:00 UTC 2026`: Java's `Date.toString()` in UTC, as in the RSS header.
    mutating func writeJavaDate(_ instant: Int) {
        let day = Day(ordinal: floorDiv(instant, 86_400))
        let (year, month, dayOfMonth) = day.civil
        write(DateNames.weekdays[day.weekday - 1])
        write(byte: UInt8(ascii: " "))
        write(DateNames.months[month - 1])
        write(byte: UInt8(ascii: " "))
        write(number: dayOfMonth, width: 2)
        write(byte: UInt8(ascii: " "))
        writeClock(instant - day.ordinal * 86_400)
        write(" UTC ")
        write(number: year, width: 4)
    }

    /// `HH:mm:ss` for a second of the day.
    private mutating func writeClock(_ second: Int) {
        write(number: second / 3600, width: 2)
        write(byte: UInt8(ascii: ":"))
        write(number: second % 3600 / 60, width: 2)
        write(byte: UInt8(ascii: ":"))
        write(number: second % 60, width: 2)
    }
}

/// English month and weekday abbreviations, as Jira writes them in every locale's RSS and in
/// English CSV exports.
enum DateNames {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Monday first (ISO weekday 1).
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
