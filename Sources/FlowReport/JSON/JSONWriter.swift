import Foundation

/// A small streaming JSON writer with a fixed layout: keys in the order they are written, two-space
/// indentation, one member per line, `[]` and `{}` for empty containers, and arrays of plain numbers on
/// one line (``numbers(_:)``); everything else has one element per line. The same calls always give the same bytes.
///
/// `JSONEncoder` is not used because it omits `nil` members and does not keep key order.
struct JSONWriter {
    private var buffer: OutputBuffer
    /// One entry per open container: whether it has a member yet.
    private var hasMembers: [Bool] = []
    /// True right after ``key(_:)``: the next value follows on the same line.
    private var afterKey = false

    init(reservingCapacity capacity: Int = 0) {
        buffer = OutputBuffer(reservingCapacity: capacity)
    }

    /// The document written so far.
    var output: String { buffer.text }

    /// The document's UTF-8 bytes.
    var bytes: [UInt8] { buffer.bytes }

    /// Ends the document with a line break.
    mutating func endDocument() {
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    // MARK: Containers

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: "{", close: "}", members)
    }

    mutating func array(_ elements: (inout JSONWriter) -> Void) {
        container(open: "[", close: "]", elements)
    }

    /// Starts an object member named by the renderer (a literal with nothing to escape).
    mutating func key(_ name: StaticString) {
        startValue()
        buffer.append(byte: UInt8(ascii: "\""))
        buffer.append(name)
        buffer.append("\": ")
        afterKey = true
    }

    /// Starts an object member named by export text (a stage or flow item name); the next value written
    /// is its value.
    mutating func key(_ name: String) {
        startValue()
        JSONEscaping.append(name, to: &buffer)
        buffer.append(": ")
        afterKey = true
    }

    // MARK: Values

    mutating func null() { scalar("null") }

    /// A timestamp string (``OutputTimestamp``), or `null`.
    mutating func timestamp(_ value: Date?) {
        guard let value else { return scalar("null") }
        startValue()
        buffer.append(byte: UInt8(ascii: "\""))
        OutputTimestamp.append(value, to: &buffer)
        buffer.append(byte: UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }

    mutating func int(_ value: Int?) { scalar(value.map { String($0) } ?? "null") }

    /// A number at full precision in its shortest round-trip form (`7.0`, `8.03`, `1e-05`); `null` for
    /// `nil`, NaN and infinities.
    mutating func number(_ value: Double?) { scalar(Self.literal(value)) }

    mutating func string(_ value: String?) {
        guard let value else { return scalar("null") }
        startValue()
        JSONEscaping.append(value, to: &buffer)
    }

    /// An array of numbers on one line: `[1, 2, 3]`.
    mutating func numbers(_ values: [Int]) {
        scalar("[" + values.map { String($0) }.joined(separator: ", ") + "]")
    }

    // MARK: Layout

    private mutating func container(open: StaticString, close: StaticString, _ body: (inout JSONWriter) -> Void) {
        startValue()
        buffer.append(open)
        hasMembers.append(false)
        body(&self)
        let hadMembers = hasMembers.removeLast()
        if hadMembers {
            buffer.append(byte: UInt8(ascii: "\n"))
            indent()
        }
        buffer.append(close)
    }

    private mutating func scalar(_ literal: String) {
        startValue()
        buffer.append(literal)
    }

    /// Writes the comma, line break and indentation that come before a value or a key.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasMembers.indices.last else { return }
        if hasMembers[last] { buffer.append(byte: UInt8(ascii: ",")) }
        hasMembers[last] = true
        buffer.append(byte: UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        buffer.appendSpaces(2 * hasMembers.count)
    }

    static func literal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return value.description
    }
}

extension JSONWriter {
    /// `"name": value` for each kind of value.
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    mutating func field(_ name: StaticString, _ value: Double?) {
        key(name)
        number(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func object(_ name: StaticString, _ members: (inout JSONWriter) -> Void) {
        key(name)
        object(members)
    }

    mutating func array(_ name: StaticString, _ elements: (inout JSONWriter) -> Void) {
        key(name)
        array(elements)
    }
}
