import FlowModel
import Foundation

/// ISO 8601 text for values the importers keep as strings in `WorkItem.fields`.
enum ISOText {
    /// `2026-11-24T08:15:00Z` (UTC, whole seconds), made without a `DateFormatter`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let dayOrdinal = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - dayOrdinal * 86_400
        let (year, month, day) = Day(ordinal: dayOrdinal).civil
        guard (0...9999).contains(year) else {
            let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map(twoDigits)
            return "\(Day(ordinal: dayOrdinal))T\(time.joined(separator: ":"))Z"
        }
        return String(unsafeUninitializedCapacity: 20) { buffer in
            var position = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[position] = UInt8(0x30 + value / divisor % 10)
                    position += 1
                    divisor /= 10
                }
            }
            func put(_ character: Unicode.Scalar) {
                buffer[position] = UInt8(ascii: character)
                position += 1
            }
            put(year, digits: 4)
            put("-")
            put(month, digits: 2)
            put("-")
            put(day, digits: 2)
            put("T")
            put(secondOfDay / 3600, digits: 2)
            put(":")
            put(secondOfDay / 60 % 60, digits: 2)
            put(":")
            put(secondOfDay % 60, digits: 2)
            put("Z")
            return position
        }
    }

    /// `2026-11-24`.
    static func day(year: Int, month: Int, day: Int) -> String? {
        Day(year: year, month: month, day: day)?.description
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
