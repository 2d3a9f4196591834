/// Reads column values from their UTF-8 bytes without building a `String`.
enum JiraBackupBytes {
    /// The whole number the bytes spell (`10100`, `-1`), or `nil` for anything else (empty, `1.0`, `abc`,
    /// too large for `Int`).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            index = 1
        }
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = times.addingReportingOverflow(digit)
            guard !overflowed && !overflowedAgain else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// The number the bytes spell (`3.0`, `0.5`, `1E1`), or `nil` when they are not a finite number.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let whole = integer(bytes) { return Double(whole) }
        guard bytes.count <= 64, let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite
        else { return nil }
        return value
    }

    /// Whether the bytes are exactly `text` (ASCII).
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        return bytes.elementsEqual(expected)
    }

    /// The bytes without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
