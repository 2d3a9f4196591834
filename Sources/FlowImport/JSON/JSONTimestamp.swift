import FlowModel
import Foundation

/// ISO 8601 timestamps as Jira's REST API writes them (`2021-06-18T18:41:29.398+0000`), read from bytes
/// without a formatter.
enum JSONTimestamp {
    /// The example quoted in messages.
    static let example = "2021-06-18T18:41:29.398+0000"

    /// Parses `yyyy-MM-dd`, optionally followed by `T` (or a space) and `HH:mm`, `:ss`, a fraction of
    /// any length, and an offset: `Z`, `±hh`, `±hhmm` or `±hh:mm`.
    ///
    /// Without an offset the time is wall-clock time in `clock`'s zone; a date alone is its midnight
    /// there. `nil` for anything else, including impossible dates and times.
    static func parse(_ bytes: [UInt8], clock: LocalClock) -> Date? {
        bytes.withUnsafeBufferPointer { parse($0, clock: clock) }
    }

    /// ``parse(_:clock:)`` on bytes in place.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, clock: LocalClock) -> Date? {
        var scanner = Scanner(bytes: bytes)
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        if scanner.atEnd { return clock.instant(year: year, month: month, day: day) }
        guard scanner.skip("T") || scanner.skip(" ") || scanner.skip("t"), let hour = scanner.digits(2),
            scanner.skip(":"), let minute = scanner.digits(2), hour < 24, minute < 60
        else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.skip(":") {
            guard let value = scanner.digits(2), value < 61 else { return nil }
            second = min(value, 59)
            if scanner.skip(".") || scanner.skip(",") {
                guard let value = scanner.fraction() else { return nil }
                fraction = value
            }
        }
        if scanner.atEnd {
            return clock.instant(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second, fraction: fraction)
        }
        guard let offset = scanner.offset(), scanner.atEnd else { return nil }
        return Date.utc(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, fraction: fraction,
            offsetSeconds: offset)
    }

    /// A cursor over the bytes of one timestamp.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        /// Exactly `count` decimal digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }

        /// One or more digits after the decimal point, as a fraction of a second.
        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 1.0
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                scale /= 10
                value += Double(bytes[index] - UInt8(ascii: "0")) * scale
                index += 1
            }
            return index > start ? value : nil
        }

        /// `Z`, `±hh`, `±hhmm` or `±hh:mm`, in seconds east of UTC.
        mutating func offset() -> Int? {
            if skip("Z") || skip("z") { return 0 }
            let sign: Int
            if skip("+") {
                sign = 1
            } else if skip("-") {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours < 24 else { return nil }
            var minutes = 0
            if !atEnd {
                _ = skip(":")
                guard let value = digits(2), value < 60 else { return nil }
                minutes = value
            }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
