import FlowModel

/// Reads Jira's `[CHART] Time in Status` value: `statusId_*:*_timesEntered_*:*_totalMilliseconds`
/// entries joined by `_*|*_`, e.g. `11659_*:*_1_*:*_21872485_*|*_10900_*:*_1_*:*_0`.
///
/// The same encoding appears in the CSV export's `Custom field ([CHART] Time in Status)` column.
enum JiraXMLTimeInStatus {
    /// The totals per status, in the value's order; `nil` when the value is not in this encoding.
    /// An empty or whitespace-only value gives no totals.
    static func parse(_ value: String) -> [StatusTime]? {
        let bytes = Array(value.utf8)
        let entrySeparator = Array("_*|*_".utf8)
        let partSeparator = Array("_*:*_".utf8)
        var totals: [StatusTime] = []
        for entry in split(trim(bytes[...]), by: entrySeparator) where !entry.isEmpty {
            let parts = split(entry, by: partSeparator)
            guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
                let times = number(parts[1]), let milliseconds = number(parts[2])
            else { return nil }
            totals.append(
                StatusTime(
                    statusID: String(decoding: parts[0], as: UTF8.self), timesEntered: times,
                    seconds: Double(milliseconds) / 1000))
        }
        return totals
    }

    private static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return bytes[first...last]
    }

    private static func split(_ bytes: ArraySlice<UInt8>, by separator: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index + separator.count <= bytes.endIndex {
            if bytes[index] == separator[0] && bytes[index..<index + separator.count].elementsEqual(separator) {
                parts.append(bytes[start..<index])
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(bytes[start..<bytes.endIndex])
        return parts
    }

    /// Decimal digits as a number; `nil` for anything else or an overflow.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= 0x30 && digit <= 0x39 else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }

    /// An example of the encoding, for messages.
    static let example = "10001_*:*_2_*:*_86400000_*|*_3_*:*_1_*:*_3600000"
}
