import FlowModel
import Foundation

/// Reads a backup's timestamps (`2020-10-30 17:27:19.211`: 1–3 fractional digits, no zone; the database's
/// wall-clock time) as instants in the import's time zone, without a `DateFormatter`.
///
/// Looking up a zone's offset costs far more than reading the digits, so the offset of each local day
/// without a daylight-saving change is looked up once; the day looked up last is kept at hand, since
/// the rows of a backup cluster in time.
struct JiraBackupClock {
    let clock: LocalClock
    /// The zone's offset when it never changes (UTC, fixed zones).
    private let fixedOffset: Int?
    /// Offsets of local days (by ordinal) that have no change; `nil` for days that do.
    private var offsetsByDay: [Int: Int?] = [:]
    private var lastDay: (day: Int, offset: Int?) = (Int.min, nil)

    init(clock: LocalClock) {
        self.clock = clock
        let zone = clock.timeZone
        let changes =
            zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) != nil
            || zone.nextDaylightSavingTimeTransition(after: Date()) != nil
        fixedOffset = changes ? nil : zone.secondsFromGMT(for: Date())
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
        if let offset = offset(day: dayOrdinal) { return Double(wall - offset) + fraction }
        return clock.instant(localSeconds: Double(wall) + fraction).timeIntervalSince1970
    }

    /// The zone's offset during the whole local day, or `nil` when it changes that day.
    private mutating func offset(day: Int) -> Int? {
        if let fixedOffset { return fixedOffset }
        if lastDay.day == day { return lastDay.offset }
        let offset: Int?
        if let cached = offsetsByDay[day] {
            offset = cached
        } else {
            // Every instant of the local day lies within 14 hours of the UTC day with the same date.
            let from = Date(timeIntervalSince1970: Double(day * 86_400 - 14 * 3600))
            let to = Date(timeIntervalSince1970: Double((day + 1) * 86_400 + 14 * 3600))
            let before = clock.offset(at: from)
            let changes = clock.timeZone.nextDaylightSavingTimeTransition(after: from).map { $0 < to } ?? false
            offset = changes || clock.offset(at: to) != before ? nil : before
            offsetsByDay[day] = offset
        }
        lastDay = (day, offset)
        return offset
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
