/// The one place text becomes a JSON string literal, quotes included.
///
/// `"` and `\` are escaped, control characters use `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`, and U+2028 and
/// U+2029 are written as `\u2028`/`\u2029` so the output can be embedded in JavaScript. Everything else is
/// written as UTF-8.
enum JSONEscaping {
    /// The literal for `value`.
    static func string(_ value: String) -> String {
        let output = OutputBuffer()
        append(value, to: output)
        return output.text
    }

    /// Appends the literal for `value` to `output`, working on its UTF-8 bytes: text with nothing to escape
    /// (almost all of it) is copied as it is.
    static func append(_ value: String, to output: OutputBuffer) {
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !ByteScan.contains(bytes, Escaped.self) else { return false }
            output.appendQuoted(bytes)
            return true
        }
        if copied != true { appendEscaped(Array(value.utf8), to: output) }
    }

    /// The bytes that make a string need escaping: controls, `"`, `\\`, and 0xE2, which may start U+2028 or
    /// U+2029.
    enum Escaped: ByteClass {
        @inline(__always)
        static func inWord(_ word: UInt64) -> Bool { marks(word) != 0 }

        /// The high bit of each byte of `word` in the class.
        @inline(__always)
        static func marks(_ word: UInt64) -> UInt64 {
            ByteScan.bytes(word, below: 0x20) | ByteScan.bytes(word, equalTo: UInt8(ascii: "\""))
                | ByteScan.bytes(word, equalTo: UInt8(ascii: "\\")) | ByteScan.bytes(word, equalTo: 0xE2)
        }

        @inline(__always)
        static func contains(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
        }
    }

    private static func appendEscaped(_ bytes: [UInt8], to output: OutputBuffer) {
        output.append(byte: UInt8(ascii: "\""))
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"" as StaticString)
            case UInt8(ascii: "\\"): output.append("\\\\" as StaticString)
            case UInt8(ascii: "\n"): output.append("\\n" as StaticString)
            case UInt8(ascii: "\r"): output.append("\\r" as StaticString)
            case UInt8(ascii: "\t"): output.append("\\t" as StaticString)
            case 0x08: output.append("\\b" as StaticString)
            case 0x0C: output.append("\\f" as StaticString)
            case 0..<0x20:
                output.append("\\u00" as StaticString)
                output.append(byte: hexDigit(byte >> 4))
                output.append(byte: hexDigit(byte & 0xF))
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                output.append(bytes[index + 2] == 0xA8 ? "\\u2028" as StaticString : "\\u2029" as StaticString)
                index += 2
            default:
                output.append(byte: byte)
            }
            index += 1
        }
        output.append(byte: UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
