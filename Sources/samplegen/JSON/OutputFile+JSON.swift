/// JSON text: the only place REST JSON strings are escaped. `"` and `\` are escaped, control
/// characters written as `\n`, `\r`, `\t` or `\u00XX`; everything else (non-ASCII too) as UTF-8,
/// as Jira does.
extension OutputFile {
    /// `"text"`, escaped.
    mutating func writeJSONString(_ text: String) {
        write(byte: UInt8(ascii: "\""))
        let plain = !text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if plain {
            write(text)
        } else {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): write("\\\"")
                case UInt8(ascii: "\\"): write("\\\\")
                case 0x0A: write("\\n")
                case 0x0D: write("\\r")
                case 0x09: write("\\t")
                case ..<0x20:
                    write("\\u00")
                    let digits = Array("0123456789abcdef".utf8)
                    write(byte: digits[Int(byte >> 4)])
                    write(byte: digits[Int(byte & 0x0F)])
                default: write(byte: byte)
                }
            }
        }
        write(byte: UInt8(ascii: "\""))
    }

    /// `"name":` for a member whose name needs no escaping.
    mutating func writeJSONKey(_ name: StaticString) {
        write(byte: UInt8(ascii: "\""))
        write(bytes: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        write("\":")
    }

    /// `"text"` or `null`.
    mutating func writeJSONString(orNull text: String?) {
        if let text { writeJSONString(text) } else { write("null") }
    }
}
