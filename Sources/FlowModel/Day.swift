/// A calendar day with no time zone attached: the proleptic Gregorian date, stored as the number
/// of days since 1970-01-01.
///
/// Which instant a day starts at depends on the time zone; ``LocalClock`` converts.
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day for a year, month (1–12) and day of month; `nil` when no such date exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `yyyy-MM-dd`; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month (1–12) and day of month.
    public var civil: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let remainder = (ordinal + 3) % 7
        return (remainder < 0 ? remainder + 7 : remainder) + 1
    }

    /// `yyyy-MM-dd`.
    public var description: String {
        let (year, month, day) = civil
        guard (0...9999).contains(year) else {
            return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
        }
        // Ten ASCII bytes, written in place: a string this short needs no allocation.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            guard let base = bytes.baseAddress, writeISO(at: base) else { return 0 }
            return 10
        }
    }

    /// Writes the ten bytes of ``description`` at `target` when the year is 0…9999; false, writing nothing, for
    /// other years. For writers that lay out bytes themselves.
    public func writeISO(at target: UnsafeMutablePointer<UInt8>) -> Bool {
        let (year, month, day) = civil
        guard (0...9999).contains(year) else { return false }
        func write(_ value: Int, from start: Int, width: Int) {
            var rest = value
            for position in (start..<start + width).reversed() {
                target[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        write(year, from: 0, width: 4)
        target[4] = UInt8(ascii: "-")
        write(month, from: 5, width: 2)
        target[7] = UInt8(ascii: "-")
        write(day, from: 8, width: 2)
        return true
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
    public func distance(to other: Day) -> Int { other.ordinal - ordinal }
    public func advanced(by count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil); no validation.
    /// Inlinable: the importers call it for every date they read.
    @inlinable
    public static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
