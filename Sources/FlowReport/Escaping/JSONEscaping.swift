/// The one place text becomes a JSON string literal, quotes included.
///
/// `"` and `\` are escaped, control characters use `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`, and U+2028 and
/// U+2029 are written as `\u2028`/`\u2029` so the output can be embedded in JavaScript. Everything else is
/// written as UTF-8.
enum JSONEscaping {
    /// The literal for `value`.
    static func string(_ value: String) -> String {
        var output = OutputBuffer()
        append(value, to: &output)
        return output.text
    }

    /// Appends the literal for `value` to `output`, working on its UTF-8 bytes.
    static func append(_ value: String, to output: inout OutputBuffer) {
        output.append(byte: UInt8(ascii: "\""))
        let utf8 = value.utf8
        let needsWork = utf8.contains {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2
        }
        guard needsWork else {
            output.append(value)
            output.append(byte: UInt8(ascii: "\""))
            return
        }
        let bytes = Array(utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case UInt8(ascii: "\n"): output.append("\\n")
            case UInt8(ascii: "\r"): output.append("\\r")
            case UInt8(ascii: "\t"): output.append("\\t")
            case 0x08: output.append("\\b")
            case 0x0C: output.append("\\f")
            case 0..<0x20:
                output.append("\\u00")
                output.append(byte: hexDigit(byte >> 4))
                output.append(byte: hexDigit(byte & 0xF))
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                output.append(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
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
