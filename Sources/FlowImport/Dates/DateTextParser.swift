import FlowModel

/// Reads the date formats found in tracker exports, straight from bytes, without `DateFormatter`:
///
/// - Jira's profile format `24/Nov/26 9:15 AM` (`dd/MMM/yy h:mm a`), month names in several languages
///   (`30/mar/26 10:50 PM`, `06/abr/26`), with or without a trailing dot (`sept.`);
/// - ISO 8601 and SQL-style `2026-11-24 09:15`, `2021-06-18T18:41:29.398+0000`, `…+00:00`, `…Z`;
/// - spreadsheet re-saves `16/02/2017 15:26`, `12/4/2025 20:41`, `12/24/2025 11:53:24 AM`, whose day/month
///   order stays open (``ParsedDate/isNumeric``).
///
/// Seconds, fractions, AM/PM (`AM`, `pm`, `a.m.`, `p. m.`) and offsets are optional everywhere; a date
/// alone means midnight. Two-digit years are 2000–2069 or 1970–1999.
enum DateTextParser {
    /// The date in `bytes`, or `nil` when it is none of the formats above or names no real date or time.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedDate? {
        parseProfileFormat(bytes) ?? parseAnyFormat(bytes)
    }

    /// The date in `bytes` read the general way, one token at a time (``parse(_:)`` tries Jira's
    /// default format first, which is most dates).
    static func parseAnyFormat(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedDate? {
        var cursor = Cursor(bytes: bytes)
        cursor.skipSpaces()
        guard let (number, digits) = cursor.number(maxDigits: 4) else { return nil }
        var date: ParsedDate
        if digits == 4 {
            guard let separator = cursor.take(anyOf: "-/."),
                let (month, _) = cursor.number(maxDigits: 2), cursor.take(byte: separator),
                let (day, _) = cursor.number(maxDigits: 2), Day(year: number, month: month, day: day) != nil
            else { return nil }
            date = ParsedDate(year: number, month: month, day: day)
            if cursor.take("T") {
                guard readTime(&cursor, into: &date) else { return nil }
            }
        } else {
            guard digits <= 2, let separator = cursor.take(anyOf: "/-. ") else { return nil }
            if let (second, secondDigits) = cursor.number(maxDigits: 2) {
                guard secondDigits <= 2, cursor.take(byte: separator), let year = readYear(&cursor) else { return nil }
                date = ParsedDate(year: year, numbers: number, second)
                let orders = date.possibleOrders
                guard orders.dayFirst || orders.monthFirst else { return nil }
            } else {
                guard let month = cursor.monthName(), cursor.take(byte: separator) || cursor.afterDot(separator),
                    let year = readYear(&cursor), Day(year: year, month: month, day: number) != nil
                else { return nil }
                date = ParsedDate(year: year, month: month, day: number)
            }
        }
        if cursor.skipSpaces() > 0 && !cursor.atEnd {
            guard readTime(&cursor, into: &date) else { return nil }
        }
        cursor.skipSpaces()
        return cursor.atEnd ? date : nil
    }

    /// The date in `text`; see ``parse(_:)-(UnsafeBufferPointer<UInt8>)``.
    static func parse(_ text: String) -> ParsedDate? {
        Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    /// A 4-digit year, or a 2-digit one: 00–69 → 2000s, 70–99 → 1900s.
    private static func readYear(_ cursor: inout Cursor) -> Int? {
        guard let (year, digits) = cursor.number(maxDigits: 4) else { return nil }
        switch digits {
        case 4: return year
        case 2: return year < 70 ? 2000 + year : 1900 + year
        default: return nil
        }
    }

    /// `H:mm[:ss[.fff]] [AM|PM] [Z|±hh[:]mm|UTC|GMT]` after the date.
    private static func readTime(_ cursor: inout Cursor, into date: inout ParsedDate) -> Bool {
        guard let (hour, hourDigits) = cursor.number(maxDigits: 2), hourDigits <= 2, cursor.take(":"),
            let (minute, minuteDigits) = cursor.number(maxDigits: 2), minuteDigits == 2, minute < 60
        else { return false }
        var seconds = 0
        var nanoseconds = 0
        if cursor.take(":") {
            guard let (value, digits) = cursor.number(maxDigits: 2), digits == 2, value < 60 else { return false }
            seconds = value
            if cursor.take(anyOf: ".,") != nil {
                guard let fraction = cursor.fraction() else { return false }
                nanoseconds = fraction
            }
        }
        cursor.skipSpaces()
        var hour24 = hour
        if let afternoon = cursor.meridiem() {
            guard (1...12).contains(hour) else { return false }
            hour24 = hour % 12 + (afternoon ? 12 : 0)
        } else if hour > 23 {
            return false
        }
        cursor.skipSpaces()
        if let offset = cursor.offset() {
            guard let minutes = offset else { return false }
            date.offsetMinutes = Int16(minutes)
        }
        date.hour = UInt8(hour24)
        date.minute = UInt8(minute)
        date.seconds = UInt8(seconds)
        date.nanoseconds = Int32(nanoseconds)
        return true
    }
}
