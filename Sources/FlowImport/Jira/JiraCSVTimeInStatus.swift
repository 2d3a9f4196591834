import FlowModel

/// Decodes Jira's `[CHART] Time in Status` value: `statusId_*:*_timesEntered_*:*_totalMilliseconds`
/// entries joined by `_*|*_`, e.g. `10001_*:*_1_*:*_21872485_*|*_10900_*:*_2_*:*_0`. Read from bytes.
enum JiraCSVTimeInStatus {
    private static let fieldSeparator = Array("_*:*_".utf8)
    private static let entrySeparator = Array("_*|*_".utf8)

    /// The entries in `bytes`, or `nil` when they are not in that shape.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [StatusTime]? {
        var result: [StatusTime] = []
        var position = 0
        while position < bytes.count {
            guard let (_, statusEnd) = digits(bytes, from: position), statusEnd > position,
                separator(fieldSeparator, in: bytes, at: statusEnd),
                let (times, timesEnd) = digits(bytes, from: statusEnd + 5), timesEnd > statusEnd + 5,
                separator(fieldSeparator, in: bytes, at: timesEnd),
                let (milliseconds, end) = digits(bytes, from: timesEnd + 5), end > timesEnd + 5
            else { return nil }
            let statusID = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<statusEnd]), as: UTF8.self)
            result.append(StatusTime(statusID: statusID, timesEntered: times, seconds: Double(milliseconds) / 1000))
            if end == bytes.count { break }
            guard separator(entrySeparator, in: bytes, at: end), end + 5 < bytes.count else { return nil }
            position = end + 5
        }
        return result.isEmpty ? nil : result
    }

    /// The entries in `text`; see ``decode(_:)-(UnsafeBufferPointer<UInt8>)``.
    static func decode(_ text: String) -> [StatusTime]? {
        Array(text.utf8).withUnsafeBufferPointer { decode($0) }
    }

    /// The decimal number starting at `start` and the offset after it; `nil` past 18 digits.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        var value = 0
        var position = start
        while position < bytes.count, bytes[position] >= 0x30 && bytes[position] <= 0x39 {
            guard position - start < 18 else { return nil }
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return (value, position)
    }

    private static func separator(_ separator: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + separator.count <= bytes.count else { return false }
        for (offset, byte) in separator.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }
}
