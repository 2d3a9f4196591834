import FlowModel
import Foundation

/// Reads a backup's timestamps (`2020-10-30 17:27:19.211`: 1–3 fractional digits, no zone; the database's
/// wall-clock time) as instants in the import's time zone, without a `DateFormatter`; the zone's offsets are
/// looked up once per local day by the ``InstantConverter`` the text importers use.
struct JiraBackupClock {
    private var converter: InstantConverter

    init(clock: LocalClock) {
        converter = InstantConverter(clock: clock)
    }

    /// Seconds since 1970 UTC of the timestamp the bytes spell, or `nil` when they spell none.
    ///
    /// Accepts `yyyy-MM-dd HH:mm:ss` with up to nine fractional digits, and a `T` in place of the space.
    mutating func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"),
            let year = Self.digits(bytes, 0, 4), let month = Self.digits(bytes, 5, 2),
            let day = Self.digits(bytes, 8, 2), let hour = Self.digits(bytes, 11, 2),
            let minute = Self.digits(bytes, 14, 2), let second = Self.digits(bytes, 17, 2),
            (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year), hour < 24,
            minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if bytes.count > 19 {
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 20, bytes.count <= 29,
                let digits = Self.digits(bytes, 20, bytes.count - 20)
            else { return nil }
            var scale = 1.0
            for _ in 20..<bytes.count { scale *= 10 }
            fraction = Double(digits) / scale
        }
        let dayOrdinal = Day.ordinal(year: year, month: month, day: day)
        let wall = dayOrdinal * 86_400 + hour * 3600 + minute * 60 + second
        return converter.seconds(wallSeconds: wall, day: dayOrdinal, fraction: fraction)
    }

    /// The decimal number in `count` bytes from `start`, or `nil` when one of them is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            let digit = Int(bytes[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
