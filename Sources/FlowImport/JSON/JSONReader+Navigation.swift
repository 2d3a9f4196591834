import FlowModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONReader {
    /// The last key, string or number as text.
    var text: String { String(decoding: textBuffer, as: UTF8.self) }

    /// The last number's value; `nil` when the last event was not a number (or a numeric string).
    var number: Double? { Double(text) }

    /// True when the last key or string is exactly `expected`; compares bytes, builds no `String`.
    func textIs(_ expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        guard textCount == count else { return false }
        return memcmp(textStart, expected.utf8Start, count) == 0
    }

    /// True when the last key or string begins with `prefix`.
    func textHasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard textCount >= count else { return false }
        return memcmp(textStart, prefix.utf8Start, count) == 0
    }

    /// Enters the object that comes next; when the next value is not an object (`null`, a string, an
    /// array…), skips it and returns `false`.
    mutating func beginObject() throws(InputError) -> Bool {
        let event = try next()
        if event == .objectStart { return true }
        try skip(after: event)
        return false
    }

    /// Enters the array that comes next; when the next value is not an array, skips it and returns `false`.
    mutating func beginArray() throws(InputError) -> Bool {
        let event = try next()
        if event == .arrayStart { return true }
        try skip(after: event)
        return false
    }

    /// Inside an object: moves to the next key (`true`, its name in ``textBuffer``) or past the end (`false`).
    mutating func nextKey() throws(InputError) -> Bool {
        try next() == .key
    }

    /// Inside an array: the first event of the next element, or `nil` past the end of the array.
    mutating func nextElement() throws(InputError) -> JSONEvent? {
        let event = try next()
        return event == .arrayEnd ? nil : event
    }

    /// Reads the next value as text: a string, or a number's digits; `nil` for anything else (skipped).
    mutating func readString() throws(InputError) -> String? {
        let event = try next()
        switch event {
        case .string, .number: return text
        default:
            try skip(after: event)
            return nil
        }
    }

    /// Reads the next value as a number: a number, or a string that holds one; `nil` for anything else.
    mutating func readNumber() throws(InputError) -> Double? {
        let event = try next()
        switch event {
        case .number, .string: return number
        default:
            try skip(after: event)
            return nil
        }
    }

    /// Reads the next value as a string and keeps its bytes in ``textBuffer``; `false` (and the value
    /// skipped) when it is not a string.
    mutating func readStringBytes() throws(InputError) -> Bool {
        let event = try next()
        if event == .string { return true }
        try skip(after: event)
        return false
    }
}
