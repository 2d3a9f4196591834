import FlowModel
import Foundation

/// Timestamps as JSON and CSV write them: ISO 8601 in UTC, `2026-11-02T09:15:00Z`.
///
/// Milliseconds are written only when they are not zero (`2026-11-02T09:15:00.250Z`); finer fractions are
/// rounded to the millisecond. Computed from the epoch seconds, without a calendar or a formatter, straight
/// into the output: a report of 100 000 items writes over a million of these.
enum OutputTimestamp {
    static func iso(_ date: Date) -> String {
        let output = OutputBuffer(reservingCapacity: 32)
        append(date, to: output)
        return output.text
    }

    /// Appends the timestamp (nothing for an instant beyond ±10¹⁴ seconds, which no export holds).
    static func append(_ date: Date, to output: OutputBuffer) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) < 1e17 else { return }
        let total = Int(milliseconds)
        let (seconds, millisecond) = floorDivision(total, 1000)
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        guard let target = output.appendDay(ordinal: days, extra: 14) else {
            let (year, month, day) = Day(ordinal: days).civil
            return appendSlowly(year, month, day, secondOfDay, millisecond, to: output)
        }
        output.advance(by: time(secondOfDay, millisecond, at: target))
    }

    /// Appends `yyyy-MM-dd`, exactly as ``FlowModel/Day/description`` writes it.
    static func append(_ day: Day, to output: OutputBuffer) {
        guard output.appendDay(ordinal: day.ordinal, extra: 0) != nil else { return output.append(day.description) }
    }

    /// `THH:mm:ss`, `.mmm` when `millisecond` is not zero, and `Z` at `target` (14 bytes at most); returns the
    /// bytes written.
    @inline(__always)
    private static func time(_ secondOfDay: Int, _ millisecond: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "T")
        writeTwoDigits(secondOfDay / 3600, at: target + 1)
        target[3] = UInt8(ascii: ":")
        writeTwoDigits(secondOfDay / 60 % 60, at: target + 4)
        target[6] = UInt8(ascii: ":")
        writeTwoDigits(secondOfDay % 60, at: target + 7)
        var length = 9
        if millisecond != 0 {
            target[length] = UInt8(ascii: ".")
            _ = OutputBuffer.write(millisecond, width: 3, at: target + length + 1)
            length += 4
        }
        target[length] = UInt8(ascii: "Z")
        return length + 1
    }

    /// A year outside 0…9999: written as its plain decimal number.
    private static func appendSlowly(
        _ year: Int, _ month: Int, _ day: Int, _ secondOfDay: Int, _ millisecond: Int, to output: OutputBuffer
    ) {
        output.append(decimal: year)
        let target = output.reserve(20)
        target[0] = UInt8(ascii: "-")
        _ = OutputBuffer.write(month, width: 2, at: target + 1)
        target[3] = UInt8(ascii: "-")
        _ = OutputBuffer.write(day, width: 2, at: target + 4)
        output.advance(by: 6 + time(secondOfDay, millisecond, at: target + 6))
    }

    /// `value` (0…99) as two digits at `target`, both at once from a table of the hundred pairs.
    @inline(__always)
    private static func writeTwoDigits(_ value: Int, at target: UnsafeMutablePointer<UInt8>) {
        let pair = twoDigits.withUnsafeBufferPointer { $0[value] }
        UnsafeMutableRawPointer(target).storeBytes(of: pair, as: UInt16.self)
    }

    /// `00` to `99`, each pair as the two bytes of a 16-bit word in memory order.
    private static let twoDigits: [UInt16] = (0..<100).map { value in
        var pair: UInt16 = 0
        withUnsafeMutableBytes(of: &pair) { bytes in
            bytes[0] = UInt8(ascii: "0") + UInt8(value / 10)
            bytes[1] = UInt8(ascii: "0") + UInt8(value % 10)
        }
        return pair
    }

    @inline(__always)
    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}

extension OutputBuffer {
    /// Appends `date` as ``OutputTimestamp`` writes it; returns how many bytes that took (which the buffer holds
    /// together at its end unless it streams and flushed meanwhile).
    @discardableResult
    func append(timestamp date: Date) -> Int {
        let start = count
        OutputTimestamp.append(date, to: self)
        return count - start
    }
}
