import Foundation

/// A small streaming JSON writer with a fixed layout: keys in the order they are written, two-space
/// indentation, one member per line, `[]` and `{}` for empty containers, arrays of plain numbers on one line
/// (``numbers(_:)``), and objects written with ``compactObject(_:)`` on one line with everything inside them (the
/// layout of a report's items, which ``ItemLine`` writes in one piece); everything else has one element per
/// line. The same calls always give the same bytes.
///
/// `JSONEncoder` is not used because it omits `nil` members and does not keep key order.
struct JSONWriter {
    private var buffer: OutputBuffer
    /// How many containers are open.
    private var depth = 0
    /// Bit `d` is set when the container at depth `d + 1` has a member yet (containers nest far less than 64
    /// deep in a report; deeper ones are laid out the same, tracked in `deeperMembers`).
    private var hasMembers: UInt64 = 0
    private var deeperMembers: [Bool] = []
    /// True right after ``key(_:)``: the next value follows on the same line.
    private var afterKey = false
    /// The depth from which containers are laid out on one line (`Int.max`: none).
    private var compactDepth = Int.max

    init(reservingCapacity capacity: Int = 0) {
        buffer = OutputBuffer(reservingCapacity: capacity)
    }

    /// A writer into `buffer` (one that streams to a file, say).
    init(buffer: OutputBuffer) {
        self.buffer = buffer
    }

    /// The document written so far.
    var output: String { buffer.text }

    /// The document's UTF-8 bytes.
    var bytes: [UInt8] { buffer.bytes }

    /// Ends the document with a line break.
    mutating func endDocument() {
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    // MARK: Elements rendered elsewhere

    /// The buffer this writer writes into: elements rendered by ``continuation(into:first:)`` writers are
    /// appended to it, in order, and then counted with ``continued(withElements:)``.
    var sink: OutputBuffer { buffer }

    /// A writer for elements of this writer's innermost open array, rendered into `buffer` (on another
    /// thread, say) and appended to ``sink`` later: they are laid out exactly as this writer would lay them
    /// out, the first with a comma before it unless it is the array's `first`.
    func continuation(into buffer: OutputBuffer, first: Bool) -> JSONWriter {
        var writer = self
        writer.buffer = buffer
        writer.setHasMembers(!first)
        return writer
    }

    /// A value whose bytes `write` puts into the buffer itself, laid out as any value here (after the comma,
    /// line break and indentation it needs): an element of `items[]` written in one piece (``ItemLine``).
    mutating func preformatted(_ write: (OutputBuffer) -> Void) {
        write(startPreformatted())
    }

    /// Lays out the start of a value whose bytes the caller then puts into the buffer returned (see
    /// ``preformatted(_:)``), for a writer that writes other files in the same pass.
    mutating func startPreformatted() -> OutputBuffer {
        startValue()
        return buffer
    }

    /// Records that elements rendered by continuations were appended to the innermost open array.
    mutating func continued(withElements any: Bool) {
        if any { setHasMembers(true) }
    }

    // MARK: Containers

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ elements: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// An object on one line, with every container inside it: `{"key": "A-1", "dates": {"Done": null}}`.
    /// Its members are named with ``PreparedKey/init(compact:)`` keys or plain ``key(_:)`` calls.
    mutating func compactObject(_ members: (inout JSONWriter) -> Void) {
        let outer = compactDepth
        startValue()
        compactDepth = Swift.min(outer, depth + 1)
        afterKey = true
        object(members)
        compactDepth = outer
    }

    /// Starts an object member named by the renderer (a literal with nothing to escape).
    mutating func key(_ name: StaticString) {
        startValue()
        name.withUTF8Buffer { name in
            let target = buffer.reserve(name.count + 4)
            target.pointee = UInt8(ascii: "\"")
            if let base = name.baseAddress { (target + 1).update(from: base, count: name.count) }
            target[name.count + 1] = UInt8(ascii: "\"")
            target[name.count + 2] = UInt8(ascii: ":")
            target[name.count + 3] = UInt8(ascii: " ")
            buffer.advance(by: name.count + 4)
        }
        afterKey = true
    }

    /// Starts an object member named by export text (a stage or flow item name); the next value written
    /// is its value.
    mutating func key(_ name: String) {
        startValue()
        JSONEscaping.append(name, to: buffer)
        buffer.append(": " as StaticString)
        afterKey = true
    }

    /// An object member's name with the line break and indentation before it, made once to be written many
    /// times (the members of every item): one copy instead of a dozen small writes.
    struct PreparedKey {
        /// The depth of the object whose member it names (``JSONWriter/depth`` inside it).
        fileprivate let depth: Int
        /// `\n`, the indentation, `"name": ` (only `"name": ` for a compact one).
        let line: [UInt8]

        /// A member named by export text (a stage name), escaped here.
        init(_ name: String, depth: Int) {
            let output = OutputBuffer()
            output.append(byte: UInt8(ascii: "\n"))
            output.appendSpaces(2 * depth)
            JSONEscaping.append(name, to: output)
            output.append(": " as StaticString)
            self.depth = depth
            line = output.bytes
        }

        /// A member of an object laid out on one line (``JSONWriter/compactObject(_:)``): no line break
        /// before it, only the `", "` the writer puts between members.
        init(compact name: String) {
            let output = OutputBuffer()
            JSONEscaping.append(name, to: output)
            output.append(": " as StaticString)
            depth = -1
            line = output.bytes
        }

        /// A member named by the renderer (a literal with nothing to escape).
        init(_ name: StaticString, depth: Int) {
            let output = OutputBuffer()
            output.append(byte: UInt8(ascii: "\n"))
            output.appendSpaces(2 * depth)
            output.append(byte: UInt8(ascii: "\""))
            output.append(name)
            output.append("\": " as StaticString)
            self.depth = depth
            line = output.bytes
        }
    }

    /// How many containers are open: the depth a ``PreparedKey`` for a member of the innermost is made for.
    var openContainers: Int { depth }

    /// Starts an object member whose name was prepared for this depth.
    mutating func key(_ name: PreparedKey) {
        let compact = depth >= compactDepth
        guard compact ? name.depth == -1 : name.depth == depth, !afterKey else {
            preconditionFailure("a prepared key is written only where it was prepared for")
        }
        if currentHasMembers {
            if compact {
                buffer.append(", " as StaticString)
            } else {
                buffer.append(byte: UInt8(ascii: ","))
            }
        } else {
            setHasMembers(true)
        }
        buffer.append(name.line)
        afterKey = true
    }

    // MARK: Values

    mutating func null() { scalar("null") }

    /// A timestamp string (``OutputTimestamp``), or `null`.
    mutating func timestamp(_ value: Date?) {
        startValue()
        Self.append(timestamp: value, to: buffer)
    }

    /// The literal of a timestamp (`"2026-11-02T09:15:00Z"`, or `null`), for writers that lay values out
    /// themselves (``ItemLine``).
    static func append(timestamp value: Date?, to buffer: OutputBuffer) {
        guard let value else { return buffer.append("null" as StaticString) }
        buffer.append(byte: UInt8(ascii: "\""))
        OutputTimestamp.append(value, to: buffer)
        buffer.append(byte: UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }

    mutating func int(_ value: Int?) {
        guard let value else { return scalar("null") }
        startValue()
        buffer.append(decimal: value)
    }

    /// A number at full precision in its shortest round-trip form (`7.0`, `8.03`, `1e-05`); `null` for
    /// `nil`, NaN and infinities.
    mutating func number(_ value: Double?) {
        startValue()
        Self.append(number: value, to: buffer)
    }

    /// The literal of a number, as ``number(_:)`` writes it.
    static func append(number value: Double?, to buffer: OutputBuffer) {
        guard let value, value.isFinite else { return buffer.append("null" as StaticString) }
        buffer.append(shortest: value)
    }

    mutating func string(_ value: String?) {
        guard let value else { return scalar("null") }
        startValue()
        JSONEscaping.append(value, to: buffer)
    }

    /// An array of numbers on one line: `[1, 2, 3]`.
    mutating func numbers(_ values: [Int]) {
        startValue()
        buffer.append(byte: UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(", " as StaticString) }
            buffer.append(decimal: value)
        }
        buffer.append(byte: UInt8(ascii: "]"))
    }

    // MARK: Layout

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        startValue()
        buffer.append(byte: open)
        depth += 1
        setHasMembers(false)
        body(&self)
        let hadMembers = currentHasMembers
        let compact = depth >= compactDepth
        depth -= 1
        if hadMembers && !compact {
            buffer.append(byte: UInt8(ascii: "\n"))
            buffer.appendSpaces(2 * depth)
        }
        buffer.append(byte: close)
    }

    private mutating func scalar(_ literal: StaticString) {
        startValue()
        buffer.append(literal)
    }

    /// Writes the comma, line break and indentation that come before a value or a key.
    @inline(__always)
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        let comma = currentHasMembers
        setHasMembers(true)
        if depth >= compactDepth {
            if comma { buffer.append(", " as StaticString) }
            return
        }
        let spaces = 2 * depth
        let target = buffer.reserve(spaces + 2)
        var length = 0
        if comma {
            target.pointee = UInt8(ascii: ",")
            length = 1
        }
        target[length] = UInt8(ascii: "\n")
        (target + length + 1).update(repeating: UInt8(ascii: " "), count: spaces)
        buffer.advance(by: length + 1 + spaces)
    }

    /// Whether the innermost open container has a member yet.
    private var currentHasMembers: Bool {
        depth <= 64 ? hasMembers & (1 << UInt64(depth - 1)) != 0 : deeperMembers[depth - 65]
    }

    private mutating func setHasMembers(_ value: Bool) {
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            hasMembers = value ? hasMembers | bit : hasMembers & ~bit
        } else {
            if deeperMembers.count < depth - 64 { deeperMembers.append(value) }
            deeperMembers[depth - 65] = value
        }
    }

    /// The literal ``number(_:)`` writes for `value`.
    static func literal(_ value: Double?) -> String {
        let buffer = OutputBuffer(reservingCapacity: 32)
        append(number: value, to: buffer)
        return buffer.text
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
