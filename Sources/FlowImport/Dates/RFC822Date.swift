import FlowModel
import Foundation

/// Parses RFC 822 / RFC 2822 dates as Jira's XML export writes them: `Sun, 10 Mar 2024 03:55:53 -0700`.
///
/// Accepts an optional weekday (not checked against the date), a day of month with or without a
/// leading zero, English month names in any case, two- or four-digit years, optional seconds, and a
/// zone that is a numeric offset (`+0100`, `-07:00`), `GMT`, `UT`, `UTC`, `Z` or one of the
/// North American zone names of RFC 822 (`EST`, `PDT`, …). Reads bytes; no `DateFormatter`.
enum RFC822Date {
    /// The instant `text` names, or `nil` when it is not an RFC 822 date.
    static func parse(_ text: some StringProtocol) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        scanner.skipSpaces()
        if scanner.peekIsLetter {
            // Weekday: three letters or the full name, then a comma.
            guard scanner.letters() != nil else { return nil }
            scanner.skipSpaces()
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
            scanner.skipSpaces()
        }
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        scanner.skipSpaces()
        guard let monthName = scanner.letters(), let month = monthNumber(monthName) else { return nil }
        scanner.skipSpaces()
        guard let yearDigits = scanner.digitRun(), yearDigits.count == 2 || yearDigits.count == 4,
            var year = Int(String(decoding: yearDigits, as: UTF8.self))
        else { return nil }
        if yearDigits.count == 2 { year += year < 50 ? 2000 : 1900 }
        scanner.skipSpaces()
        guard let hour = scanner.number(maxDigits: 2), scanner.take(UInt8(ascii: ":")),
            let minute = scanner.number(maxDigits: 2)
        else { return nil }
        var second = 0
        if scanner.take(UInt8(ascii: ":")) {
            guard let value = scanner.number(maxDigits: 2) else { return nil }
            second = value
        }
        scanner.skipSpaces()
        guard let offset = zoneOffset(&scanner) else { return nil }
        scanner.skipSpaces()
        guard scanner.atEnd, hour < 24, minute < 60, second <= 60,
            Day(year: year, month: month, day: day) != nil
        else { return nil }
        return Date.utc(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            offsetSeconds: offset)
    }

    /// Seconds east of UTC for the zone at the scanner, consuming it.
    private static func zoneOffset(_ scanner: inout Scanner) -> Int? {
        if let sign = scanner.sign() {
            guard let digits = scanner.digitRun() else { return nil }
            var hours: Int
            var minutes: Int
            if digits.count == 4 {
                hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
                minutes = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
            } else if digits.count == 2, scanner.take(UInt8(ascii: ":")), let rest = scanner.number(maxDigits: 2) {
                hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
                minutes = rest
            } else {
                return nil
            }
            guard hours < 24, minutes < 60 else { return nil }
            hours *= sign
            minutes *= sign
            return hours * 3600 + minutes * 60
        }
        guard let name = scanner.letters() else { return nil }
        return namedZones[String(decoding: name, as: UTF8.self).uppercased()]
    }

    private static func monthNumber(_ letters: [UInt8]) -> Int? {
        guard letters.count >= 3 else { return nil }
        let name = String(decoding: letters, as: UTF8.self).lowercased()
        guard let index = months.firstIndex(where: { name == $0 || name == String($0.prefix(3)) }) else {
            return nil
        }
        return index + 1
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// RFC 822 §5.1 zone names, in seconds east of UTC.
    private static let namedZones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
        "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    ]
}

extension RFC822Date {
    /// A cursor over the date's ASCII bytes.
    private struct Scanner {
        private let bytes: [UInt8]
        private var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        var peekIsLetter: Bool { index < bytes.count && Self.isLetter(bytes[index]) }

        mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// `+1` or `-1` for a sign at the cursor, consuming it.
        mutating func sign() -> Int? {
            if take(UInt8(ascii: "+")) { return 1 }
            if take(UInt8(ascii: "-")) { return -1 }
            return nil
        }

        mutating func letters() -> [UInt8]? {
            let start = index
            while index < bytes.count, Self.isLetter(bytes[index]) { index += 1 }
            return index > start ? Array(bytes[start..<index]) : nil
        }

        mutating func digitRun() -> [UInt8]? {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index > start ? Array(bytes[start..<index]) : nil
        }

        /// One to `maxDigits` digits as a number.
        mutating func number(maxDigits: Int) -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < maxDigits, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            return index > start ? value : nil
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
    }
}
