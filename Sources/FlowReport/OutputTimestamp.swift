import FlowModel
import Foundation

/// Timestamps as JSON and CSV write them: ISO 8601 in UTC, `2026-11-02T09:15:00Z`.
///
/// Milliseconds are written only when they are not zero (`2026-11-02T09:15:00.250Z`); finer fractions are
/// rounded to the millisecond. Computed from the epoch seconds, without a calendar or a formatter, straight
/// into the output: a report of 100 000 items writes over a million of these.
enum OutputTimestamp {
    static func iso(_ date: Date) -> String {
        var output = OutputBuffer(reservingCapacity: 24)
        append(date, to: &output)
        return output.text
    }

    /// Appends the timestamp (nothing for an instant beyond ±10¹⁴ seconds, which no export holds).
    static func append(_ date: Date, to output: inout OutputBuffer) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) < 1e17 else { return }
        let total = Int(milliseconds)
        let (seconds, millisecond) = floorDivision(total, 1000)
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = Day(ordinal: days).civil
        if (0...9999).contains(year) {
            digits(year, 4, to: &output)
        } else {
            output.append(String(year))
        }
        output.append(byte: UInt8(ascii: "-"))
        digits(month, 2, to: &output)
        output.append(byte: UInt8(ascii: "-"))
        digits(day, 2, to: &output)
        output.append(byte: UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2, to: &output)
        output.append(byte: UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2, to: &output)
        output.append(byte: UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2, to: &output)
        if millisecond != 0 {
            output.append(byte: UInt8(ascii: "."))
            digits(millisecond, 3, to: &output)
        }
        output.append(byte: UInt8(ascii: "Z"))
    }

    /// `value` (0 ≤ value < 10^width) with leading zeros.
    private static func digits(_ value: Int, _ width: Int, to output: inout OutputBuffer) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            output.append(byte: UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
