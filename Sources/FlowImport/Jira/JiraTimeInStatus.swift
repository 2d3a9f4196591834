import FlowModel
import Foundation

/// Decodes Jira's `[CHART] Time in Status` value: `statusId_*:*_timesEntered_*:*_totalMilliseconds`
/// entries joined by `_*|*_`, e.g. `10001_*:*_1_*:*_21872485_*|*_10900_*:*_2_*:*_0`. Read from bytes.
///
/// The same encoding appears in the CSV column, the XML custom field and the REST JSON field.
enum JiraTimeInStatus {
    /// An example of the encoding, for messages.
    static let example = "10001_*:*_2_*:*_86400000_*|*_3_*:*_1_*:*_3600000"

    /// The totals in a field's text, surrounding white space ignored: `[]` for an empty value, `nil` when the
    /// value is not in this encoding.
    static func parse(_ value: String) -> [StatusTime]? {
        let trimmed = value.trimmedOfWhiteSpace
        return trimmed.isEmpty ? [] : decode(trimmed)
    }

    /// `_*:*_` and `_*|*_`: the first four bytes as a little-endian word, then the fifth.
    private static let fieldSeparator = (word: UInt32(0x2A3A_2A5F), last: UInt8(ascii: "_"))
    private static let entrySeparator = (word: UInt32(0x2A7C_2A5F), last: UInt8(ascii: "_"))
    private static let separatorLength = 5

    /// The entries in `bytes`, or `nil` when they are not in that shape.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [StatusTime]? {
        decode(bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// The entries in `bytes`, or `nil` when they are not in that shape; `statusID` turns the digits of
    /// each status id into its text (a caller may share repeated ids).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, statusID: (UnsafeBufferPointer<UInt8>) -> String
    ) -> [StatusTime]? {
        // An entry takes at least 18 bytes with its separator (`1_*:*_1_*:*_0_*|*_`).
        var result: [StatusTime] = []
        result.reserveCapacity(bytes.count / 18 + 1)
        let wellFormed = forEachEntry(bytes) { id, times, milliseconds in
            result.append(StatusTime(statusID: statusID(id), timesEntered: times, seconds: Double(milliseconds) / 1000))
            return true
        }
        return wellFormed ? result : nil
    }

    /// The entries in `bytes` added to `arena` as one item's times, or `nil` when they are not in that shape;
    /// `statusNumber` gives the arena's number for the digits of each status id. Entries the packed form cannot
    /// hold (a count past 32 bits) make a list instead.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into arena: StatusTimeArena,
        statusNumber: (UnsafeBufferPointer<UInt8>) -> Int32
    ) -> StatusTimes? {
        var fits = arena.hasRoom
        let wellFormed =
            fits
            && forEachEntry(bytes) { id, times, milliseconds in
                fits = arena.add(status: statusNumber(id), timesEntered: times, seconds: Double(milliseconds) / 1000)
                return fits
            }
        if wellFormed { return arena.finishItem() }
        arena.abandonItem()
        guard !fits else { return nil }
        return decode(bytes).map(StatusTimes.init)
    }

    /// Reads the entries of `bytes` in order, handing `entry` each one's status id digits, times entered and
    /// milliseconds. `false` when `bytes` is not in the encoding (or holds no entry), or `entry` returned
    /// `false`; the entries before were handed out.
    @inline(__always)
    private static func forEachEntry(
        _ bytes: UnsafeBufferPointer<UInt8>, _ entry: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
    ) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        let count = bytes.count
        var position = 0
        while true {
            let statusStart = position
            guard let (_, statusEnd) = digits(base, count, from: position),
                separator(fieldSeparator, in: bytes, at: statusEnd),
                let (times, timesEnd) = digits(base, count, from: statusEnd + separatorLength),
                separator(fieldSeparator, in: bytes, at: timesEnd),
                let (milliseconds, end) = digits(base, count, from: timesEnd + separatorLength),
                entry(
                    UnsafeBufferPointer(start: base + statusStart, count: statusEnd - statusStart), times, milliseconds)
            else { return false }
            if end == count { return true }
            guard separator(entrySeparator, in: bytes, at: end), end + separatorLength < count else { return false }
            position = end + separatorLength
        }
    }

    /// The value of the run of decimal digits from `start` and where it ends; `nil` when there is none, or more
    /// than 18 (past what an `Int` surely holds).
    @inline(__always)
    private static func digits(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> (value: Int, end: Int)? {
        var position = start
        var value = 0
        while position < count {
            let digit = base[position] &- UInt8(ascii: "0")
            guard digit <= 9 else { break }
            value = value &* 10 &+ Int(digit)
            position &+= 1
        }
        guard position > start, position - start <= 18 else { return nil }
        return (value, position)
    }

    /// The entries in `text`; see ``decode(_:)-(UnsafeBufferPointer<UInt8>)``.
    static func decode(_ text: String) -> [StatusTime]? {
        Array(text.utf8).withUnsafeBufferPointer { decode($0) }
    }

    @inline(__always)
    private static func separator(
        _ separator: (word: UInt32, last: UInt8), in bytes: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> Bool {
        guard start + separatorLength <= bytes.count, let base = bytes.baseAddress else { return false }
        let word = UInt32(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt32.self))
        return word == separator.word && base[start + 4] == separator.last
    }
}
